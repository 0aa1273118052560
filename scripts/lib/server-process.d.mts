import type { ChildProcess, SpawnOptions } from 'node:child_process';
export function startServerProcess(options: {
  name: string;
  command: string;
  args: string[];
  port: number;
  log?: 'inherit' | 'ignore';
  spawnOptions?: SpawnOptions;
  stopSignal?: NodeJS.Signals;
  timeoutMs?: number;
}): Promise<{ process: ChildProcess; stop(): Promise<void> }>;
