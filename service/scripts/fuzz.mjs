#!/usr/bin/env node
// Fuzzes the API against its own OpenAPI document with schemathesis: a private FerretDB, the
// service with DEV_AUTH=1 SEED_DEMO=1 on free ports, a demo persona's token, then
// `schemathesis run /api/openapi.json`. Proves that bad input gets a declared 4xx, never a 500,
// and that every response matches the schema the route declares.
//
//   node service/scripts/fuzz.mjs [--persona premium|byok|free] [schemathesis options…]
//
// Needs schemathesis in .cache/venv (git-ignored):
//   python3 -m venv .cache/venv && .cache/venv/bin/pip install schemathesis
// or point SCHEMATHESIS at another binary. Too slow for CI: the regression tests under
// service/test keep what it found fixed. Exit code: schemathesis's (0 = no failures).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFerretDB } from '../../scripts/lib/ferretdb.mjs';
import { freePort, waitForPort } from '../../scripts/lib/ports.mjs';

const serviceDir = resolve(fileURLToPath(import.meta.url), '../..');
const root = resolve(serviceDir, '..');
const schemathesis = process.env.SCHEMATHESIS || join(root, '.cache/venv/bin/schemathesis');

const args = process.argv.slice(2);
const personaAt = args.indexOf('--persona');
const persona = personaAt >= 0 ? args.splice(personaAt, 2)[1] : 'premium';

if (!existsSync(schemathesis)) {
  console.error(
    `schemathesis not found at ${schemathesis}.\n` +
      'Install it: python3 -m venv .cache/venv && .cache/venv/bin/pip install schemathesis',
  );
  process.exit(2);
}

const dataDir = mkdtempSync(join(tmpdir(), 'scenra-fuzz-'));
const logFile = join(dataDir, 'service.log');
const ferret = await startFerretDB({ port: await freePort(), dataDir: join(dataDir, 'ferretdb') });
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const log = openSync(logFile, 'a');
const service = spawn(process.execPath, ['src/server.ts'], {
  cwd: serviceDir,
  stdio: ['ignore', log, log],
  env: {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    MONGODB_URI: ferret.uri,
    DATA_DIR: dataDir,
    DEV_AUTH: '1',
    SEED_DEMO: '1',
    LOG_LEVEL: 'warn',
    SANDBOX_RENDER_MS: '500',
  },
});

let status = 1;
try {
  await waitForPort(port, { timeoutMs: 30_000 });
  const session = await fetch(`${baseUrl}/api/dev/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!session.ok) throw new Error(`POST /api/dev/session answered ${session.status}`);
  const { token } = await session.json();

  const run = spawn(
    schemathesis,
    [
      'run',
      `${baseUrl}/api/openapi.json`,
      '--header',
      `Authorization: Bearer ${token}`,
      '--checks',
      'not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance',
      '--max-examples',
      '50',
      '--workers',
      '1',
      '--seed',
      '1',
      '--no-color',
      '--report',
      'ndjson',
      '--report-dir',
      join(dataDir, 'report'),
      ...args,
    ],
    { stdio: 'inherit' },
  );
  status = await new Promise((done) => run.once('exit', (code) => done(code ?? 1)));

  // The service must never log an unhandled error: each one is a 500 or a bug behind a 4xx.
  const unhandled = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.includes('unhandled error'));
  if (unhandled.length > 0) {
    console.error(`\n${unhandled.length} unhandled error(s) in the service log, e.g.:`);
    console.error(unhandled.slice(0, 3).join('\n'));
    status ||= 1;
  }
  console.log(`\nservice log: ${logFile}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`service log: ${logFile}`);
} finally {
  service.kill('SIGTERM');
  await new Promise((done) => (service.exitCode === null ? service.once('exit', done) : done()));
  await ferret.stop();
  if (status === 0) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
