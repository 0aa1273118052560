// Runs a database server as a child process: resolves once it accepts connections, stops it
// with the signal it expects.
import { spawn } from 'node:child_process';
import { waitForPort } from './ports.mjs';

/**
 * @param {{
 *   name: string,                       // for errors, e.g. "FerretDB"
 *   command: string,
 *   args: string[],
 *   port: number,                       // where it listens on 127.0.0.1
 *   log?: 'inherit' | 'ignore',
 *   spawnOptions?: import('node:child_process').SpawnOptions,
 *   stopSignal?: NodeJS.Signals,
 *   timeoutMs?: number,
 * }} options
 * @returns {Promise<{ process: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 */
export async function startServerProcess({
  name,
  command,
  args,
  port,
  log = 'ignore',
  spawnOptions = {},
  stopSignal = 'SIGTERM',
  timeoutMs = 20_000,
}) {
  const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', log, log] });
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  let early;
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
