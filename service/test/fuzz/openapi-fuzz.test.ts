import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fuzzScript = fileURLToPath(new URL('../../scripts/fuzz.mjs', import.meta.url));

/**
 * A short, bounded schemathesis pass over /api/openapi.json against the real service process
 * (scripts/fuzz.mjs: no server error, every answer as documented, no unhandled error in the
 * log, no secret or stack frame in the traffic). Longer runs: `node service/scripts/fuzz.mjs`.
 */
describe('API fuzz pass', () => {
  it('finds zero server errors and zero schema violations', async () => {
    const output: string[] = [];
    const run = spawn(process.execPath, [fuzzScript, '--max-examples', '8', '--max-time', '90'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    run.stdout.on('data', (chunk) => output.push(String(chunk)));
    run.stderr.on('data', (chunk) => output.push(String(chunk)));
    const code = await new Promise<number | null>((done) => run.once('exit', done));
    expect(code, output.join('').slice(-6000)).toBe(0);
  }, 240_000);
});
