// `npm run bench`: runs every benchmark of the repository one after the other (never in
// parallel: they share 2 cores) and keeps their output in artifacts/bench.txt.
// A benchmark is any `bench/*.bench.mjs` (whole-system and bundle numbers) or
// `service/bench/*.bench.ts` file; each prints its own numbers. Pass names to run only some: `npm run bench -- share vault`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const folders = ['bench', 'service/bench'];
const only = process.argv.slice(2);

const files = folders
  .map((folder) => join(root, folder))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
      .map((f) => join(dir, f)),
  )
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)));

if (files.length === 0) {
  console.error('no benchmarks found');
  process.exit(1);
}

const report = [`# npm run bench — ${new Date().toISOString()}`, ''];
let failed = 0;
for (const file of files) {
  const name = relative(root, file);
  console.info(`\n=== ${name}`);
  const result = spawnSync(process.execPath, [file], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout);
  report.push(`## ${name}`, '', result.stdout.trim(), '');
  if (result.status !== 0) {
    failed += 1;
    console.error(`${name} exited with ${result.status}`);
  }
}
mkdirSync(join(root, 'artifacts'), { recursive: true });
writeFileSync(join(root, 'artifacts/bench.txt'), report.join('\n'));
console.info(`\nwritten to artifacts/bench.txt${failed ? ` (${failed} failed)` : ''}`);
process.exit(failed ? 1 : 0);
