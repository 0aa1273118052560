// Runs a database server as a child process: resolves once it accepts connections, stops it
// with the signal it expects.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { waitForPort } from './ports.ts';

export interface ServerProcessOptions {
  /** For errors, e.g. "FerretDB". */
  name: string;
  command: string;
  args: string[];
  /** Where it listens on 127.0.0.1. */
  port: number;
  log?: 'inherit' | 'ignore';
  spawnOptions?: SpawnOptions;
  stopSignal?: NodeJS.Signals;
  timeoutMs?: number;
}

export interface ServerProcess {
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startServerProcess({
  name,
  command,
  args,
  port,
  log = 'ignore',
  spawnOptions = {},
  stopSignal = 'SIGTERM',
  timeoutMs = 20_000,
}: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', log, log] });
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  let early: number | null | undefined;
  child.once('exit', (code) => (early = code));
  try {
    await waitForPort(port, { timeoutMs });
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${name} did not start on port ${port} (exit code ${early ?? 'none'})`, {
      cause: error,
    });
  }
  return {
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill(stopSignal);
      await exited;
    },
  };
}
