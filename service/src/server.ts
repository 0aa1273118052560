import closeWithGrace from 'close-with-grace';
import Fastify from 'fastify';
import app, { serverOptions } from './app.ts';
import { ConfigError, loadConfig } from './config/index.ts';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const server = Fastify(serverOptions(config));
await server.register(app, { config });

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) server.log.error({ err }, 'shutting down after an error');
  else server.log.info({ signal }, 'shutting down');
  await server.close();
});

try {
  await server.listen({ host: config.host, port: config.port });
} catch (err) {
  server.log.error({ err }, 'could not start');
  process.exit(1);
}
