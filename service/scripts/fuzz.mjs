#!/usr/bin/env node
// Fuzzes the API against its own OpenAPI document with schemathesis: a private FerretDB, the
// service with DEV_AUTH=1 SEED_DEMO=1 on free ports, a demo persona's token, then
// `schemathesis run /api/openapi.json`. Proves that bad input gets a declared 4xx, never a 500,
// and that every response matches the schema the route declares.
//
//   node service/scripts/fuzz.mjs [--persona premium|byok|free] [schemathesis options…]
//
// Needs schemathesis in .cache/venv (git-ignored), which scripts/bootstrap.mjs installs, or
// SCHEMATHESIS pointing at another binary. The service tests run a short bounded pass
// (test/fuzz/openapi-fuzz.test.ts); run this by hand for longer ones. Exit code: schemathesis's
// (0 = no failures).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServiceProcess } from './service-process.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const schemathesis = process.env.SCHEMATHESIS || join(root, '.cache/venv/bin/schemathesis');

const args = process.argv.slice(2);
const personaAt = args.indexOf('--persona');
const persona = personaAt >= 0 ? args.splice(personaAt, 2)[1] : 'premium';

if (!existsSync(schemathesis)) {
  console.error(
    `schemathesis not found at ${schemathesis}.\n` +
      'Install it with the setup: node scripts/bootstrap.mjs',
  );
  process.exit(2);
}

const serviceToken = randomBytes(32).toString('base64url');
const service = await startServiceProcess('fuzz', {
  DEV_AUTH: '1',
  SEED_DEMO: '1',
  SANDBOX_RENDER_MS: '500',
  // Lets the fuzzer reach the credit-grant endpoint's logic, not only its 401.
  SERVICE_TOKEN: serviceToken,
});
const { baseUrl, logFile } = service;

let status = 1;
try {
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
      '--header',
      `x-service-token: ${serviceToken}`,
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
      join(service.dir, 'report'),
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

  // Never a secret, never a stack: the recorded responses must not carry the demo keys, the
  // platform key, the JWT secret or a stack frame.
  const forbidden = [
    ['a demo API key', 'sk-sandbox-valid-demo'],
    ['the platform key', 'sk-sandbox-valid-platform'],
    ['the JWT secret', service.jwtSecret],
    ['a stack frame', 'node:internal'],
    ['a source path', `${join(root, 'service', 'src')}`],
  ];
  const reportDir = join(service.dir, 'report');
  for (const file of readdirSync(reportDir)) {
    const recorded = readFileSync(join(reportDir, file), 'utf8');
    for (const [what, needle] of forbidden) {
      if (recorded.includes(needle)) {
        console.error(`\nThe recorded traffic contains ${what} (${file}).`);
        status ||= 1;
      }
    }
  }
  console.info(`\nservice log: ${logFile}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`service log: ${logFile}`);
} finally {
  // A failing run keeps its folder: the service log and schemathesis's report are in it.
  await service.stop({ keep: status !== 0 });
}
process.exit(status);
