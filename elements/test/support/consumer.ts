// A scratch app of another team: a folder outside the repository (so nothing resolves from the
// repository's node_modules) with the packed tarball and its framework installed from the npm
// registry. The folder and its node_modules are kept between runs: npm only reinstalls what
// changed, usually just the tarball.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { inject } from 'vitest';

export interface Consumer {
  dir: string;
  /** Writes a file of the app (creating folders). */
  write(path: string, text: string): void;
  /** Runs a binary of the app's node_modules with this Node; returns its exit code and output. */
  bin(packageName: string, binPath: string, args: string[]): { code: number; output: string };
}

const consumersRoot = join(tmpdir(), 'scenra-elements-consumers');

/** The environment of a shell in the app's folder: not this test run's (NODE_ENV=test would make Vite build Lit's development variant). */
const appEnvironment = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
);

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...appEnvironment, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  // Colours off: the output is matched by the tests.
  const output = stripVTControlCharacters(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  return { code: result.status ?? 1, output };
}

/**
 * Prepares the app `name` with `dependencies` from the registry plus the packed
 * @scenra/elements. Test files use different names, so they can run side by side.
 */
export function consumer(name: string, dependencies: Record<string, string>): Consumer {
  const dir = join(consumersRoot, name);
  mkdirSync(dir, { recursive: true });
  const tarball = readFileSync(inject('tarball').path);
  const tarballName = `scenra-elements-${createHash('sha256').update(tarball).digest('hex').slice(0, 12)}.tgz`;
  for (const old of readdirSync(dir).filter((f) => f.endsWith('.tgz') && f !== tarballName)) {
    rmSync(join(dir, old));
  }
  writeFileSync(join(dir, tarballName), tarball);
  const manifest = `${JSON.stringify(
    {
      name: `scenra-elements-consumer-${name}`,
      private: true,
      type: 'module',
      dependencies: { '@scenra/elements': `file:./${tarballName}`, ...dependencies },
    },
    null,
    2,
  )}\n`;
  const manifestPath = join(dir, 'package.json');
  const current = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : '';
  if (current !== manifest || !existsSync(join(dir, 'node_modules/@scenra/elements'))) {
    writeFileSync(manifestPath, manifest);
    const install = run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
      dir,
    );
    if (install.code !== 0) throw new Error(`npm install in ${dir} failed:\n${install.output}`);
  }
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    bin(packageName, binPath, args) {
      return run(process.execPath, [join(dir, 'node_modules', packageName, binPath), ...args], dir);
    },
  };
}
