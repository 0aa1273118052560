// Starts and stops FerretDB (SQLite backend) for the local run and the test harness.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForPort } from './ports.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const ferretdbBin = process.env.FERRETDB_BIN || resolve(root, '.cache/bin/ferretdb');

/**
 * Starts one FerretDB process serving `dataDir` on 127.0.0.1:`port`.
 * @param {{ port: number, dataDir: string, log?: 'inherit' | 'ignore' }} options
 * @returns {Promise<{ uri: string, stop: () => Promise<void>, process: import('node:child_process').ChildProcess }>}
 */
export async function startFerretDB({ port, dataDir, log = 'ignore' }) {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    ferretdbBin,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      '--state-dir=-',
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=error',
    ],
    { stdio: ['ignore', log, log] },
  );
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  let early;
  child.once('exit', (code) => (early = code));
  try {
    await waitForPort(port, { timeoutMs: 20_000 });
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`FerretDB did not start on port ${port} (exit code ${early ?? 'none'})`, {
      cause: error,
    });
  }
  return {
    uri: `mongodb://127.0.0.1:${port}/scenra`,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
