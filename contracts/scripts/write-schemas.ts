// Writes the published JSON Schemas from their zod sources: `node contracts/scripts/write-schemas.ts`.
// contracts/test/export-schema.test.ts fails while a written file is out of date.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { publishedSchemas } from '../src/published-schemas.ts';

for (const { file, schema } of publishedSchemas) {
  const target = new URL(`../schemas/${file}`, import.meta.url);
  // Formatted like every other file of the repository, so `prettier --check` stays clean.
  const options = { ...(await resolveConfig(target)), parser: 'json' };
  writeFileSync(target, await format(JSON.stringify(schema), options));
  console.info(`wrote contracts/schemas/${file}`);
}
