// Writes the API tables of the package README (between the `elements-api` markers) from the
// built dist/custom-elements.json, with the same generator as remote-ready's README.
// `--check` fails when the README is out of date instead of writing.
// Usage: npm run build -w @scenra/elements && node elements/scripts/readme.mjs [--check]
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withElementTables } from '@scenra/remote-ready/scripts/elements-docs.mjs';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const manifestPath = fileURLToPath(new URL('../dist/custom-elements.json', import.meta.url));
const readme = await readFile(readmePath, 'utf8');
const next = withElementTables(readme, JSON.parse(await readFile(manifestPath, 'utf8')));

if (!process.argv.includes('--check')) {
  await writeFile(readmePath, next);
  console.info('Wrote the API tables into elements/README.md.');
} else if (next !== readme) {
  console.error('elements/README.md is out of date: run node elements/scripts/readme.mjs');
  process.exit(1);
}
