import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config/index.ts';

/**
 * Paths pino must never print. Request bodies are not logged at all; these cover headers,
 * and any object a handler might log that carries key material or tokens.
 */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-service-token"]',
  'res.headers["set-cookie"]',
  '*.apiKey',
  '*.api_key',
  '*.key',
  '*.token',
  '*.secret',
  '*.password',
  '*.ciphertext',
  'apiKey',
  'token',
];

export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: redactPaths, censor: '[redacted]' },
  };
}
