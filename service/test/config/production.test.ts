import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { serverOptions } from '#src/app.ts';
import { loadConfig } from '#src/config/index.ts';
import { secretWeakness } from '#src/config/secret-strength.ts';

const strongSecret = () => randomBytes(48).toString('base64url');
/** A complete production environment; each test spoils one thing. */
const production = (overrides: Record<string, string | undefined> = {}) => ({
  NODE_ENV: 'production',
  MONGODB_URI: 'mongodb://127.0.0.1:1/x',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'scenra-prod-')),
  JWT_SECRET: strongSecret(),
  JWT_ISSUER: 'https://host.example',
  JWT_AUDIENCE: 'scenra-ready',
  ENCRYPTION_SECRETS: `v1:${randomBytes(32).toString('base64')}`,
  ...overrides,
});

describe('production fails safe', () => {
  it('starts with a complete production environment, without any development convenience', () => {
    const config = loadConfig(production());
    expect(config.isProduction).toBe(true);
    expect(config.devAuth).toBe(false);
    expect(config.seedDemo).toBe(false);
    expect(config.platformProviderKeys).toEqual({});
    expect(config.trustProxy).toBe(false);
  });

  it('needs NODE_ENV said out loud: no silent development default', () => {
    const { NODE_ENV: _omitted, ...rest } = production();
    expect(() => loadConfig(rest)).toThrow(/NODE_ENV: must be set/);
  });

  it.each([
    ['DEV_AUTH', { DEV_AUTH: '1' }, /DEV_AUTH: must not be enabled/],
    ['SEED_DEMO', { SEED_DEMO: '1' }, /SEED_DEMO: must not be enabled/],
    ['no JWT issuer', { JWT_ISSUER: undefined }, /JWT_ISSUER: required/],
    ['no JWT audience', { JWT_AUDIENCE: undefined }, /JWT_AUDIENCE: required/],
    [
      'a repeated-character JWT secret',
      { JWT_SECRET: 'a'.repeat(64) },
      /JWT_SECRET: does not look random/,
    ],
    [
      'a long but predictable JWT secret',
      { JWT_SECRET: 'Password1!Password1!Password1!Password1!' },
      /JWT_SECRET:/,
    ],
    [
      'no vault secret (no generated one)',
      { ENCRYPTION_SECRETS: undefined },
      /ENCRYPTION_SECRETS: required/,
    ],
    [
      "the sandbox's development platform key",
      { PLATFORM_PROVIDER_KEYS: 'sandbox=sk-sandbox-valid-platform' },
      /PLATFORM_PROVIDER_KEYS: the sandbox/,
    ],
    [
      'a sandbox provider entry',
      {
        PROVIDERS_JSON: JSON.stringify([
          {
            id: 'sandbox-2',
            label: 'Sandbox',
            protocol: 'openai-videos',
            baseURL: 'http://127.0.0.1:9/v1',
            status: 'active',
            sandbox: true,
            models: [
              {
                id: 'm',
                label: 'M',
                seconds: [4],
                sizes: ['720x1280'],
                usdPerSecond: 0.1,
                creditsPerSecond: 1,
              },
            ],
          },
        ]),
      },
      /sandbox provider is for development only/,
    ],
  ])('refuses to start with %s', (_case, overrides, message) => {
    expect(() => loadConfig(production(overrides))).toThrow(message);
  });

  it('grades secrets by their entropy, not their length', () => {
    expect(secretWeakness(strongSecret())).toBeUndefined();
    expect(secretWeakness(randomBytes(32).toString('hex'))).toBeUndefined();
    expect(secretWeakness('scenra-scenra-scenra-scenra-scenra-scenra')).toBeDefined();
    expect(secretWeakness('short-but-random-Qx9!')).toMatch(/at least 32/);
  });

  it('trusts forwarding headers only from a hop count or the listed proxies, never "true"', () => {
    expect(() => loadConfig(production({ TRUST_PROXY: 'true' }))).toThrow(/TRUST_PROXY/);
    expect(loadConfig(production({ TRUST_PROXY: '1' })).trustProxy).toBe(1);
    expect(loadConfig(production({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' })).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
    ]);
  });

  it('believes X-Forwarded-For only as far as the configured hops', async () => {
    const app = Fastify(serverOptions(loadConfig(production({ TRUST_PROXY: '1' }))));
    app.get('/ip', async (request) => ({ ip: request.ip }));
    const res = await app.inject({
      url: '/ip',
      headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' },
      remoteAddress: '10.0.0.2',
    });
    // One trusted hop: the proxy's own view of the client, not what the client wrote first.
    expect(res.json().ip).toBe('203.0.113.7');
    await app.close();
  });

  it('sets request, header and keep-alive timeouts on the server', async () => {
    const config = loadConfig(production());
    const app = Fastify(serverOptions(config));
    expect(app.server.requestTimeout).toBe(config.requestTimeoutMs);
    expect(app.server.keepAliveTimeout).toBe(config.keepAliveTimeoutMs);
    expect(config.requestTimeoutMs).toBeGreaterThan(0);
    await app.close();
  });
});
