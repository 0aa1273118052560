import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '#src/config/index.ts';

const base = {
  NODE_ENV: 'development',
  MONGODB_URI: 'mongodb://127.0.0.1:1/x',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'scenra-cfg-')),
};

describe('configuration', () => {
  it('names the bad variable', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, MONGODB_URI: 'postgres://x' })).toThrow(
      /MONGODB_URI: must be a mongodb/,
    );
  });

  it('refuses development sign-in and a missing JWT key in production', () => {
    expect(() =>
      loadConfig({ ...base, NODE_ENV: 'production', DEV_AUTH: '1', JWT_SECRET: 'x'.repeat(40) }),
    ).toThrow(/DEV_AUTH/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_PUBLIC_KEY/);
  });

  it('generates development secrets once, in an owner-only file', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scenra-cfg-'));
    const first = loadConfig({ ...base, DATA_DIR: dataDir });
    const second = loadConfig({ ...base, DATA_DIR: dataDir });
    expect(first.jwt).toEqual(second.jwt);
    expect(statSync(join(dataDir, 'dev-secrets.json')).mode & 0o777).toBe(0o600);
    expect(
      JSON.parse(readFileSync(join(dataDir, 'dev-secrets.json'), 'utf8')).jwtSecret.length,
    ).toBeGreaterThanOrEqual(32);
  });

  it('stops the server at start with a clear message and no stack', () => {
    const server = resolve(import.meta.dirname, '../../src/server.ts');
    const run = spawnSync(process.execPath, [server], {
      env: {
        PATH: process.env.PATH,
        MONGODB_URI: 'not-a-uri',
        PORT: '-3',
        DATA_DIR: base.DATA_DIR,
      },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toMatch(/MONGODB_URI: must be a mongodb/);
    expect(run.stderr).toMatch(/PORT:/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
