import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProviderList } from '@scenra/contracts';
import { loadConfig } from '#src/config/index.ts';
import { createProviderRegistry } from '#src/providers/registry.ts';
import { sandboxBehaviour, sandboxRefusal } from '#src/providers/sandbox/behaviour.ts';
import { build, testEnv } from '#test/helpers/build.ts';

const gateway = {
  id: 'acme-gateway',
  label: 'Acme video gateway',
  protocol: 'openai-videos',
  baseURL: 'https://videos.acme.example/v1',
  status: 'active',
  keyPrefix: 'acme-',
  models: [
    {
      id: 'veo-x',
      label: 'Veo X',
      seconds: [8],
      sizes: ['1280x720'],
      usdPerSecond: 0.4,
      creditsPerSecond: 40,
    },
  ],
};
const config = (env: NodeJS.ProcessEnv) => loadConfig(testEnv(env));

describe('provider registry', () => {
  it('offers openai (retired for video) and the labelled sandbox in development and tests', () => {
    const registry = createProviderRegistry(config({ PUBLIC_URL: 'http://127.0.0.1:4555' }));
    expect(registry.list().map((p) => p.id)).toEqual(['openai', 'sandbox']);
    expect(registry.get('openai')).toMatchObject({
      status: 'retired',
      statusNote: expect.stringMatching(/2026-09-24/),
    });
    expect(registry.get('sandbox')).toMatchObject({
      label: 'Sandbox — no real video',
      sandbox: true,
      baseURL: 'http://127.0.0.1:4555/sandbox/v1',
    });
    expect(() => ProviderList.parse({ providers: registry.list() })).not.toThrow();
  });

  it('never offers the sandbox in production, even if configured', () => {
    const registry = createProviderRegistry({
      isProduction: true,
      publicUrl: 'https://api.example',
      providerTimeoutMs: 1000,
      operatorProviders: [{ ...gateway, id: 'sandbox', sandbox: true } as never],
    });
    expect(registry.list().map((p) => p.id)).toEqual(['openai']);
  });

  it('adds operator gateways from PROVIDERS_FILE and PROVIDERS_JSON, JSON winning on an id', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'scenra-providers-')), 'providers.json');
    writeFileSync(file, JSON.stringify({ providers: [gateway] }));
    const override = { ...gateway, label: 'Acme (EU)' };
    const registry = createProviderRegistry(
      config({ PROVIDERS_FILE: file, PROVIDERS_JSON: JSON.stringify([override]) }),
    );
    expect(registry.get('acme-gateway')).toMatchObject({ label: 'Acme (EU)', sandbox: false });
    const client = registry.client('acme-gateway', 'acme-fake-0000');
    expect(client.baseURL).toBe('https://videos.acme.example/v1');
    expect(client.maxRetries).toBe(0);
    expect(client.timeout).toBe(10_000);
  });

  it('refuses a bad operator entry at start, naming the variable and the field', () => {
    expect(() =>
      config({ PROVIDERS_JSON: JSON.stringify([{ ...gateway, baseURL: 'nope' }]) }),
    ).toThrow(/PROVIDERS_JSON: 0\.baseURL/);
    expect(() => config({ PROVIDERS_JSON: '{not json' })).toThrow(
      /PROVIDERS_JSON: is not valid JSON/,
    );
    expect(() => config({ PROVIDERS_FILE: '/nonexistent/providers.json' })).toThrow(
      /PROVIDERS_FILE: cannot read/,
    );
  });

  it('refuses an unknown provider when asked for a client', () => {
    const registry = createProviderRegistry(config({}));
    expect(() => registry.client('nope', 'sk-fake-0000')).toThrow(/not offered here/);
  });
});

describe('encryption secrets in the configuration', () => {
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    JWT_ISSUER: 'https://host.example',
    JWT_AUDIENCE: 'scenra-ready',
  };
  it('refuses production without a secret, or with a weak one', () => {
    expect(() => config(production)).toThrow(/ENCRYPTION_SECRETS: required in production/);
    expect(() => config({ ...production, ENCRYPTION_SECRETS: 'v1:c2VjcmV0' })).toThrow(
      /ENCRYPTION_SECRETS: secret v1 must encode at least 32 random bytes/,
    );
    const ok = config({
      ...production,
      ENCRYPTION_SECRETS: `v2:${randomBytes(32).toString('base64')}`,
    });
    expect(ok.encryptionSecrets.map((s) => s.version)).toEqual(['v2']);
  });

  it('uses the generated development secret when none is set', () => {
    const env = testEnv();
    const first = loadConfig(env);
    const second = loadConfig(env);
    expect(first.encryptionSecrets[0]!.version).toBe('v1');
    expect(first.encryptionSecrets[0]!.secret.equals(second.encryptionSecrets[0]!.secret)).toBe(
      true,
    );
  });
});

describe('sandbox behaviours by key', () => {
  it.each([
    ['sk-sandbox-valid-0000', 'valid', undefined],
    ['sk-sandbox-restricted-0000', 'restricted', 403],
    ['sk-sandbox-rate-limited-0000', 'rate-limited', 429],
    ['sk-sandbox-unavailable-0000', 'unavailable', 503],
    ['sk-sandbox-slow-0000', 'slow', undefined],
    ['sk-sandbox-renders-fail-0000', 'renders-fail', undefined],
    ['sk-sandbox-invalid-0000', 'invalid', 401],
    ['sk-sandbox-valid-', 'invalid', 401],
    ['sk-live-0000', 'invalid', 401],
  ])('%s → %s', (key, behaviour, status) => {
    expect(sandboxBehaviour(key)).toBe(behaviour);
    expect(sandboxRefusal(sandboxBehaviour(key))?.status).toBe(status);
  });
});

describe('sandbox endpoint in production', async () => {
  const app = await build({
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    JWT_ISSUER: 'https://host.example',
    JWT_AUDIENCE: 'scenra-ready',
    ENCRYPTION_SECRETS: `v1:${randomBytes(32).toString('base64url')}`,
  });
  it('is not served', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/sandbox/v1/models',
      headers: { authorization: 'Bearer sk-sandbox-valid-0000' },
    });
    expect(res.statusCode).toBe(404);
  });
});
