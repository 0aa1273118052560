import type { ChildProcess } from 'node:child_process';
export const ferretdbBin: string;
export type FerretDBBackend = 'sqlite' | 'postgresql';
export const ferretdbBackends: readonly FerretDBBackend[];
export function defaultBackend(): FerretDBBackend;
export interface RunningFerretDB {
  uri: string;
  backend: FerretDBBackend;
  process: ChildProcess;
  stop(): Promise<void>;
}
export function startFerretDB(options: {
  port: number;
  dataDir: string;
  log?: 'inherit' | 'ignore';
  backend?: FerretDBBackend;
}): Promise<RunningFerretDB>;
