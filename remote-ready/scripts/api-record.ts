/// <reference types="node" />
// `npm run api:record -w @scenra/remote-ready` (after the build, when releasing): writes the
// public API of this build to public-api.json, the record the CI gate compares the next
// builds with. Commit it with the release.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { describeBuild } from './release/build-api.ts';

export const recordFile = fileURLToPath(new URL('../public-api.json', import.meta.url));

const api = describeBuild(fileURLToPath(new URL('../dist/', import.meta.url)));
writeFileSync(recordFile, await format(JSON.stringify(api), { parser: 'json' }));
console.info(
  `public-api.json: version ${api.version}, contract ${api.contractVersion}, ` +
    `${Object.keys(api.props).length} props entries, ${Object.keys(api.elements).length} elements entries`,
);
