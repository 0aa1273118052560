import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Env } from './env.ts';
import { loadDevSecrets } from './dev-secrets.ts';
import { resolveEncryptionSecrets, type SecretVersion } from '../lib/vault.ts';
import { loadOperatorProviders } from '../providers/operator-config.ts';
import { secretWeakness } from './secret-strength.ts';
import type { ProviderConfig } from '@scenra/contracts';

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  mongodbUri: string;
  jwt: ({ algorithm: 'HS256'; secret: string } | { algorithm: 'RS256'; publicKey: string }) & {
    /** Every accepted token must carry this `iss` and `aud`. */
    issuer: string;
    audience: string;
    /** The longest lifetime accepted, from `iat` (or now) to `exp`, in seconds. */
    maxAgeSec: number;
  };
  /** Fastify's `trustProxy`: false, a hop count, or the proxies' addresses. */
  trustProxy: false | number | string[];
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  pdf: { workers: number; queueLimit: number };
  providerMaxDownloadBytes: number;
  devAuth: boolean;
  seedDemo: boolean;
  corsOrigins: string[];
  publicUrl: string;
  appUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  bodyLimit: number;
  /** Vault secrets, the active one first. */
  encryptionSecrets: SecretVersion[];
  /** Providers the operator added or overrode (the registry adds the built-ins). */
  operatorProviders: ProviderConfig[];
  providerTimeoutMs: number;
  /** The shortest time between two provider refreshes of one generation. */
  providerRefreshMs: number;
  /** Shared secret of the host's billing for credit grants; grants are refused without it. */
  serviceToken: string | undefined;
  /** Operator keys per provider id that pay for generations on credits. */
  platformProviderKeys: Record<string, string>;
  sandboxRenderMs: number;
}

/** Thrown when the environment is unusable; its message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment once, at start, so a bad value fails fast with a clear message. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  const problems = isProduction ? productionProblems(env) : [];
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);

  const dataDir = resolve(env.DATA_DIR);
  const devSecrets = isProduction ? undefined : loadDevSecrets(dataDir);
  const encryptionSecrets = resolveEncryptionSecrets({
    secrets: env.ENCRYPTION_SECRETS,
    secret: env.ENCRYPTION_SECRET,
    isProduction,
    devSecret: devSecrets?.encryptionSecret,
  });
  const operator = loadOperatorProviders({ file: env.PROVIDERS_FILE, json: env.PROVIDERS_JSON });
  const vaultProblems = [
    ...(typeof encryptionSecrets === 'string' ? [encryptionSecrets] : []),
    ...operator.problems,
    ...(isProduction && operator.providers.some((provider) => provider.sandbox)
      ? ['  PROVIDERS_FILE/PROVIDERS_JSON: a sandbox provider is for development only']
      : []),
  ];
  if (vaultProblems.length)
    throw new ConfigError(`Invalid configuration:\n${vaultProblems.join('\n')}`);
  const jwt: Config['jwt'] = {
    ...(env.JWT_PUBLIC_KEY
      ? { algorithm: 'RS256' as const, publicKey: env.JWT_PUBLIC_KEY }
      : { algorithm: 'HS256' as const, secret: env.JWT_SECRET ?? devSecrets!.jwtSecret }),
    // Outside production the service signs its own development tokens with these.
    issuer: env.JWT_ISSUER ?? DEV_JWT_ISSUER,
    audience: env.JWT_AUDIENCE ?? DEV_JWT_AUDIENCE,
    maxAgeSec: env.JWT_MAX_AGE_SEC,
  };

  return {
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    mongodbUri: env.MONGODB_URI,
    jwt,
    devAuth: env.DEV_AUTH,
    seedDemo: env.SEED_DEMO,
    corsOrigins: env.CORS_ORIGINS,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    appUrl: env.APP_URL?.replace(/\/$/, ''),
    dataDir,
    redisUrl: env.REDIS_URL,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: env.KEEP_ALIVE_TIMEOUT_MS,
    pdf: {
      workers: env.PDF_WORKERS ?? Math.max(1, availableParallelism() - 1),
      queueLimit: env.PDF_QUEUE_LIMIT,
    },
    providerMaxDownloadBytes: env.PROVIDER_MAX_DOWNLOAD_BYTES,
    bodyLimit: env.BODY_LIMIT,
    encryptionSecrets: encryptionSecrets as SecretVersion[],
    operatorProviders: operator.providers,
    providerTimeoutMs: env.PROVIDER_TIMEOUT_MS,
    providerRefreshMs: env.PROVIDER_REFRESH_MS,
    serviceToken: env.SERVICE_TOKEN,
    platformProviderKeys: platformKeys(env.PLATFORM_PROVIDER_KEYS, isProduction),
    sandboxRenderMs: env.SANDBOX_RENDER_MS,
  };
}

/** The issuer and audience of development tokens (production must configure its own). */
export const DEV_JWT_ISSUER = 'scenra-dev';
export const DEV_JWT_AUDIENCE = 'scenra-ready';
/** The platform key development uses for the sandbox; it must never pay for anything real. */
const DEV_PLATFORM_KEY = 'sk-sandbox-valid-platform';

/**
 * What production refuses: every development convenience, and every secret or binding the
 * service would otherwise fill in by itself.
 */
function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  if (env.DEV_AUTH) problems.push('  DEV_AUTH: must not be enabled in production');
  if (env.SEED_DEMO) problems.push('  SEED_DEMO: must not be enabled in production');
  if (!env.JWT_SECRET && !env.JWT_PUBLIC_KEY) {
    problems.push('  JWT_PUBLIC_KEY: required in production (or a strong JWT_SECRET)');
  }
  if (!env.JWT_PUBLIC_KEY && env.JWT_SECRET) {
    const weakness = secretWeakness(env.JWT_SECRET);
    if (weakness) problems.push(`  JWT_SECRET: ${weakness}`);
  }
  if (!env.JWT_ISSUER) problems.push("  JWT_ISSUER: required in production (the host's `iss`)");
  if (!env.JWT_AUDIENCE) problems.push("  JWT_AUDIENCE: required in production (this API's `aud`)");
  for (const pair of env.PLATFORM_PROVIDER_KEYS?.split(',') ?? []) {
    const [providerId, key] = pair.split('=');
    if (providerId === 'sandbox' || key === DEV_PLATFORM_KEY || key?.startsWith('sk-sandbox-')) {
      problems.push('  PLATFORM_PROVIDER_KEYS: the sandbox and its keys are for development only');
      break;
    }
  }
  return problems;
}

/** "2" → trust two hops; "10.0.0.1,10.0.0.0/8" → those addresses; "" → nobody. */
function parseTrustProxy(value: string): Config['trustProxy'] {
  const text = value.trim();
  if (!text) return false;
  if (/^\d+$/.test(text)) return Number(text) || false;
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * "providerId=key,…" as a map. Outside production the sandbox gets a working key of its own,
 * so credit generations run end to end offline.
 */
function platformKeys(list: string | undefined, isProduction: boolean): Record<string, string> {
  const keys: Record<string, string> = isProduction ? {} : { sandbox: DEV_PLATFORM_KEY };
  for (const pair of list?.split(',') ?? []) {
    const at = pair.indexOf('=');
    keys[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return keys;
}
