// Builds the package from the current sources and packs it once for every test file, so a
// stale build or tarball can never pass. The tarball's path reaches the tests by `inject`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packageRoot } from './paths.ts';

export default function pack(project: TestProject) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: packageRoot, stdio: 'inherit' });
  const destination = mkdtempSync(join(tmpdir(), 'scenra-elements-pack-'));
  const [result] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
      cwd: packageRoot,
      encoding: 'utf8',
    }),
  ) as [{ filename: string; files: Array<{ path: string }> }];
  project.provide('tarball', {
    path: join(destination, result.filename),
    files: result.files.map((f) => f.path).sort(),
  });
  return () => rmSync(destination, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    tarball: { path: string; files: string[] };
  }
}
