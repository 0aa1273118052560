import type { ChildProcess } from 'node:child_process';
export const ferretdbBin: string;
export interface RunningFerretDB {
  uri: string;
  process: ChildProcess;
  stop(): Promise<void>;
}
export function startFerretDB(options: {
  port: number;
  dataDir: string;
  log?: 'inherit' | 'ignore';
}): Promise<RunningFerretDB>;
