// What the remote's two answers to "the host has no federation runtime" cost: its
// remoteEntry.js as built (external runtime from the host, plus a guard that names the fix)
// against the same remote built with the runtime inside (REMOTE_FEDERATION_RUNTIME=bundled, into
// a temporary folder). gzip -9 sizes; remoteEntry.js is on the ready page's critical path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const remote = fileURLToPath(new URL('../remote-ready/', import.meta.url));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;

const external = gz(join(remote, 'dist/remoteEntry.js'));
const out = mkdtempSync(join(tmpdir(), 'scenra-bench-runtime-'));
try {
  const build = spawnSync(
    process.execPath,
    [join(remote, '../node_modules/@rspack/cli/bin/rspack.js'), 'build', '--output-path', out],
    {
      cwd: remote,
      env: { ...process.env, REMOTE_FEDERATION_RUNTIME: 'bundled' },
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`the bundled-runtime build failed:\n${build.stderr}`);
  const bundled = gz(join(out, 'remoteEntry.js'));
  console.info('remoteEntry.js (gzip -9):');
  console.info(`  ${kb(external)}  external runtime from the host + guard (shipped)`);
  console.info(`  ${kb(bundled)}  runtime bundled in the remote`);
  console.info(
    `  ${kb(bundled - external)}  more on every ready page if the remote shipped the runtime (${(bundled / external).toFixed(2)}×)`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
