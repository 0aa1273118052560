import { resolve } from 'node:path';
import { Env } from './env.ts';
import { loadDevSecrets } from './dev-secrets.ts';
import { resolveEncryptionSecrets, type SecretVersion } from '../lib/vault.ts';
import { loadOperatorProviders } from '../providers/operator-config.ts';
import type { ProviderConfig } from '@scenra/contracts';

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  mongodbUri: string;
  jwt: { algorithm: 'HS256'; secret: string } | { algorithm: 'RS256'; publicKey: string };
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
  const problems: string[] = [];
  if (isProduction && env.DEV_AUTH) problems.push('  DEV_AUTH: must not be enabled in production');
  if (isProduction && !env.JWT_SECRET && !env.JWT_PUBLIC_KEY) {
    problems.push(
      '  JWT_PUBLIC_KEY: required in production (or JWT_SECRET of at least 32 characters)',
    );
  }
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
  ];
  if (vaultProblems.length)
    throw new ConfigError(`Invalid configuration:\n${vaultProblems.join('\n')}`);
  const jwt: Config['jwt'] = env.JWT_PUBLIC_KEY
    ? { algorithm: 'RS256', publicKey: env.JWT_PUBLIC_KEY }
    : { algorithm: 'HS256', secret: env.JWT_SECRET ?? devSecrets!.jwtSecret };

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
    bodyLimit: env.BODY_LIMIT,
    encryptionSecrets: encryptionSecrets as SecretVersion[],
    operatorProviders: operator.providers,
    providerTimeoutMs: env.PROVIDER_TIMEOUT_MS,
    serviceToken: env.SERVICE_TOKEN,
    platformProviderKeys: platformKeys(env.PLATFORM_PROVIDER_KEYS, isProduction),
    sandboxRenderMs: env.SANDBOX_RENDER_MS,
  };
}

/**
 * "providerId=key,…" as a map. Outside production the sandbox gets a working key of its own,
 * so credit generations run end to end offline.
 */
function platformKeys(list: string | undefined, isProduction: boolean): Record<string, string> {
  const keys: Record<string, string> = isProduction ? {} : { sandbox: 'sk-sandbox-valid-platform' };
  for (const pair of list?.split(',') ?? []) {
    const at = pair.indexOf('=');
    keys[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return keys;
}
