import { z } from 'zod';

const flag = z
  .enum(['0', '1'])
  .default('0')
  .transform((v) => v === '1');
const commaList = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * The service's environment variables. README.md lists each one; keep the two in step.
 * Secrets have development defaults generated on first run (see dev-secrets.ts), never in production.
 */
export const Env = z.object({
  // No default: a deployment that forgets NODE_ENV must not silently get development
  // conveniences (sandbox provider, generated secrets, demo sign-in).
  NODE_ENV: z.enum(['development', 'test', 'production'], {
    error: 'must be set to production, development or test',
  }),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/.+/, 'must be a mongodb:// or mongodb+srv:// URI'),
  /** HS256 secret for the JWTs the host issues (development and tests). */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** PEM public key for RS256 JWTs (production). Takes precedence over JWT_SECRET. */
  JWT_PUBLIC_KEY: z
    .string()
    .includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key' })
    .optional(),
  /** The `iss` every accepted JWT must carry (required in production). */
  JWT_ISSUER: z.string().min(1).max(200).optional(),
  /** The `aud` every accepted JWT must carry (required in production). */
  JWT_AUDIENCE: z.string().min(1).max(200).optional(),
  /** The longest a JWT may live, from its `iat` (or from now when it has none) to its `exp`. */
  JWT_MAX_AGE_SEC: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(24 * 3600),
  DEV_AUTH: flag,
  SEED_DEMO: flag,
  CORS_ORIGINS: commaList,
  PUBLIC_URL: z.url().optional(),
  /** The Scenra app people are sent to from a public share page ("Make your own"). */
  APP_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  REDIS_URL: z.url().optional(),
  /**
   * Which proxies may set X-Forwarded-For: a hop count ("1") or a comma-separated list of
   * addresses/CIDRs. Never "true": that would believe whatever the client writes.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .refine((v) => !/^(true|yes|on|\*)$/i.test(v.trim()), {
      message: 'must be a hop count or a list of proxy addresses, not "true"',
    }),
  /** How long a whole request may take, in milliseconds. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** How long an idle keep-alive connection stays open, in milliseconds. */
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(5_000),
  /** How many threads render PDF exports (default: the cores minus one for the API, at least 1). */
  PDF_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  /** How many PDF exports may wait for a render thread before new ones get a 503. */
  PDF_QUEUE_LIMIT: z.coerce.number().int().min(0).max(1000).default(8),
  /** Largest video file accepted from a provider, in bytes. */
  PROVIDER_MAX_DOWNLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(512 * 1024 * 1024),
  /** Largest JSON body accepted, in bytes. */
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(256 * 1024),
  /** Vault secrets, first active: "v2:<base64>,v1:<base64>" (each at least 32 random bytes). */
  ENCRYPTION_SECRETS: z.string().optional(),
  /** A single vault secret (version v1), when no ENCRYPTION_SECRETS list is set. */
  ENCRYPTION_SECRET: z.string().optional(),
  /** JSON file of extra video providers (OpenAI-compatible gateways); see README "Provider registry". */
  PROVIDERS_FILE: z.string().min(1).optional(),
  /** The same as PROVIDERS_FILE, inline. */
  PROVIDERS_JSON: z.string().min(1).optional(),
  /** How long a call to a video provider may take (key checks), in milliseconds. */
  PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Token the host product's billing sends (header x-service-token) to grant credits. */
  SERVICE_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** At most one provider refresh per generation in this many milliseconds (all instances together). */
  PROVIDER_REFRESH_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** The operator's own provider keys that pay for credit generations: "providerId=key,…". */
  PLATFORM_PROVIDER_KEYS: z
    .string()
    .regex(/^([a-z][a-z0-9-]*=[^,=\s]+)(,[a-z][a-z0-9-]*=[^,=\s]+)*$/, 'must be "providerId=key,…"')
    .optional(),
  /** How long a sandbox render takes, in milliseconds (development and tests). */
  SANDBOX_RENDER_MS: z.coerce.number().int().min(50).max(600_000).default(6_000),
});
export type Env = z.infer<typeof Env>;
