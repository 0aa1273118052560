// Starts and stops FerretDB for the local run, the test harness and the benchmarks, on its
// SQLite backend (a folder of files) or its PostgreSQL backend (a private PostgreSQL server,
// started and stopped with it). `FERRETDB_BACKEND` picks the default.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.mjs';
import { startServerProcess } from './server-process.mjs';
import { startPostgres } from './postgres.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const ferretdbBin = process.env.FERRETDB_BIN || resolve(root, '.cache/bin/ferretdb');

export const ferretdbBackends = /** @type {const} */ (['sqlite', 'postgresql']);

/** The backend `FERRETDB_BACKEND` names (default sqlite), or an error naming the choices. */
export function defaultBackend() {
  const backend = process.env.FERRETDB_BACKEND || 'sqlite';
  if (!ferretdbBackends.includes(backend)) {
    throw new Error(
      `FERRETDB_BACKEND must be one of ${ferretdbBackends.join(', ')}, not "${backend}"`,
    );
  }
  return backend;
}

/**
 * Starts one FerretDB process serving `dataDir` on 127.0.0.1:`port` (with PostgreSQL under
 * `dataDir/postgres` on a free port for the postgresql backend).
 * @param {{ port: number, dataDir: string, log?: 'inherit' | 'ignore', backend?: 'sqlite' | 'postgresql' }} options
 * @returns {Promise<{ uri: string, stop: () => Promise<void>, process: import('node:child_process').ChildProcess }>}
 */
export async function startFerretDB({ port, dataDir, log = 'ignore', backend = defaultBackend() }) {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const postgres =
    backend === 'postgresql'
      ? await startPostgres({ port: await freePort(), dataDir: resolve(dir, 'postgres'), log })
      : undefined;
  let ferretdb;
  try {
    ferretdb = await startServerProcess({
      name: 'FerretDB',
      command: ferretdbBin,
      args: [
        ...(postgres
          ? ['--handler=postgresql', `--postgresql-url=${postgres.url}`]
          : ['--handler=sqlite', `--sqlite-url=file:${dir}/`]),
        `--listen-addr=127.0.0.1:${port}`,
        '--state-dir=-',
        '--debug-addr=-',
        '--telemetry=disable',
        '--log-level=error',
      ],
      port,
      log,
    });
  } catch (error) {
    await postgres?.stop();
    throw error;
  }
  return {
    uri: `mongodb://127.0.0.1:${port}/scenra`,
    backend,
    process: ferretdb.process,
    async stop() {
      await ferretdb.stop();
      await postgres?.stop();
    },
  };
}
