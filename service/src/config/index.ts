import { resolve } from 'node:path';
import { Env } from './env.ts';
import { loadDevSecrets } from './dev-secrets.ts';

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
  dataDir: string;
  redisUrl: string | undefined;
  bodyLimit: number;
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
    dataDir,
    redisUrl: env.REDIS_URL,
    bodyLimit: env.BODY_LIMIT,
  };
}
