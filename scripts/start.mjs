// `npm start` (after the build): the whole system on the default ports, data kept in .data/.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultBackend } from '@scenra/devstack/ferretdb';
import { startStack } from '@scenra/stack';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const portFromEnv = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} must be a port number (1-65535), got "${process.env[name]}".`);
    process.exit(64);
  }
  return value;
};

const ports = {
  service: portFromEnv('SERVICE_PORT', 4000),
  remote: portFromEnv('REMOTE_PORT', 4001),
  host: portFromEnv('HOST_PORT', 4002),
  ferretdb: portFromEnv('FERRETDB_PORT', 27027),
};

const serviceLog = resolve(root, '.data/service.log');

let stack;
try {
  stack = await startStack({
    ports,
    dataDir: resolve(root, '.data'),
    // The service's JSON log lines go to a file, so this terminal keeps the URLs readable.
    log: serviceLog,
    publicHost: 'localhost',
  });
} catch (error) {
  console.error(`Scenra Ready could not start: ${error.message}`);
  process.exit(1);
}

console.info(`
Scenra Ready is running:
  host (open this)   ${stack.urls.host}
  remote channel     ${stack.urls.channel}
  remote release     ${stack.urls.manifest}
  release layout     ${stack.releasesDir}  (each start adds the build as a release; 5 kept)
  service API        ${stack.urls.service}/api/health
  database           ${process.env.MONGODB_URI ? 'MONGODB_URI' : `FerretDB (${defaultBackend()}) on port ${ports.ferretdb}, data in .data/`}
  service log        ${serviceLog}  (tail -f it; JSON lines, secrets redacted)
Sign in as a demo persona (free, byok, premium) on the host.
Press Ctrl-C to stop.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.info('Stopping…');
    await stack.stop();
    process.exit(0);
  });
}
