// Starts and stops FerretDB for the local run, the test harness and the benchmarks, on its
// SQLite backend (a folder of files) or its PostgreSQL backend (a private PostgreSQL server,
// started and stopped with it). `FERRETDB_BACKEND` picks the default.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { freePort } from './ports.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { startPostgres } from './postgres.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const ferretdbBin: string = process.env.FERRETDB_BIN || resolve(root, '.cache/bin/ferretdb');

export const ferretdbBackends = ['sqlite', 'postgresql'] as const;
export type FerretDBBackend = (typeof ferretdbBackends)[number];

export interface RunningFerretDB {
  uri: string;
  backend: FerretDBBackend;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The backend `FERRETDB_BACKEND` names (default sqlite), or an error naming the choices. */
export function defaultBackend(): FerretDBBackend {
  const backend = process.env.FERRETDB_BACKEND || 'sqlite';
  if (!isBackend(backend)) {
    throw new Error(
      `FERRETDB_BACKEND must be one of ${ferretdbBackends.join(', ')}, not "${backend}"`,
    );
  }
  return backend;
}

function isBackend(name: string): name is FerretDBBackend {
  return (ferretdbBackends as readonly string[]).includes(name);
}

/**
 * Starts one FerretDB process serving `dataDir` on 127.0.0.1:`port` (with PostgreSQL under
 * `dataDir/postgres` on a free port for the postgresql backend).
 */
export async function startFerretDB({
  port,
  dataDir,
  log = 'ignore',
  backend = defaultBackend(),
}: {
  port: number;
  dataDir: string;
  log?: 'inherit' | 'ignore';
  backend?: FerretDBBackend;
}): Promise<RunningFerretDB> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const postgres =
    backend === 'postgresql'
      ? await startPostgres({ port: await freePort(), dataDir: resolve(dir, 'postgres'), log })
      : undefined;
  let ferretdb: ServerProcess;
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
