// The release layout on small stand-in builds: releases are added beside each other and never
// rewritten, channels name them, retention is explicit and spares what a channel names, and the
// elements get an immutable x.y.z folder and a major alias that only moves forward.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { publishRelease, readChannel, readReleases, setChannel } from './layout.ts';
import { RELEASE_ID } from './cache-policy.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'scenra-release-'));
  folders.push(dir);
  return dir;
};

/** A stand-in for remote-ready/dist: the files a build writes, with the given contents. */
function fakeBuild({
  version = '1.0.0',
  chunk = 'console.log("chunk")',
  elements = 'export class ScenraToast {}',
} = {}): string {
  const dir = tempDir();
  const files: Record<string, string> = {
    'mf-manifest.json': JSON.stringify({
      metaData: { buildInfo: { buildVersion: version }, scenra: { contractVersion: '1.2.0' } },
    }),
    'mf-stats.json': '{}',
    'remoteEntry.js': 'var remote_ready;',
    'chunk.0123abcd.js': chunk,
    'custom-elements.json': '{"modules":[]}',
    'elements/scenra-elements.js': elements,
    'elements/scenra-elements.js.map': '{}',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

const read = (...path: string[]) => readFileSync(join(...path), 'utf8');

describe('publishRelease', () => {
  it('adds a release under its own prefix, names it in the channel and the index', () => {
    const to = tempDir();
    const { release, added, elements } = publishRelease({ from: fakeBuild(), to });
    expect(added).toBe(true);
    expect(release.id).toMatch(RELEASE_ID);
    expect(release).toMatchObject({ version: '1.0.0', contractVersion: '1.2.0' });
    const folder = join(to, 'remote-ready', release.id);
    expect(read(folder, 'chunk.0123abcd.js')).toBe('console.log("chunk")');
    expect(existsSync(join(folder, 'remoteEntry.js'))).toBe(true);
    // Build statistics and the elements bundle are not part of the remote release.
    expect(existsSync(join(folder, 'mf-stats.json'))).toBe(false);
    expect(existsSync(join(folder, 'elements'))).toBe(false);
    expect(read(to, 'channels', 'stable.json')).toBe(`{\n  "release": "${release.id}"\n}\n`);
    expect(readReleases(to).map((r) => r.id)).toEqual([release.id]);
    expect(elements).toEqual({ version: '1.0.0', added: true });
    expect(read(to, 'elements', '1.0.0', 'scenra-elements.js')).toBe('export class ScenraToast {}');
    expect(read(to, 'elements', 'v1', 'scenra-elements.js')).toBe('export class ScenraToast {}');
    expect(existsSync(join(to, 'elements', '1.0.0', 'custom-elements.json'))).toBe(true);
  });

  it('publishing the same build again changes nothing; a new build goes beside the old one', () => {
    const to = tempDir();
    const first = publishRelease({ from: fakeBuild(), to, now: () => new Date('2026-01-01') });
    const again = publishRelease({ from: fakeBuild(), to });
    expect(again).toMatchObject({ added: false, release: first.release });
    const next = publishRelease({
      from: fakeBuild({ chunk: 'console.log("fixed")' }),
      to,
      now: () => new Date('2026-01-02'),
    });
    expect(next.release.id).not.toBe(first.release.id);
    expect(readReleases(to).map((r) => r.id)).toEqual([next.release.id, first.release.id]);
    expect(read(to, 'remote-ready', first.release.id, 'chunk.0123abcd.js')).toBe(
      'console.log("chunk")',
    );
    expect(readChannel(to, 'stable')).toBe(next.release.id);
  });

  it('rolls back by pointing the channel at an earlier release; refuses one never published', () => {
    const to = tempDir();
    const first = publishRelease({ from: fakeBuild(), to }).release.id;
    publishRelease({ from: fakeBuild({ chunk: 'next' }), to });
    setChannel(to, 'stable', first);
    expect(readChannel(to, 'stable')).toBe(first);
    expect(() => setChannel(to, 'stable', '9.9.9-0000000000')).toThrow(/not published/);
    expect(() => setChannel(to, '../up', first)).toThrow(/not a channel name/);
  });

  it('deletes old releases only by the retention rule, never one a channel names', () => {
    const to = tempDir();
    const ids = ['a', 'b', 'c', 'd'].map(
      (chunk) => publishRelease({ from: fakeBuild({ chunk }), to, channel: false }).release.id,
    );
    setChannel(to, 'pinned', ids[0]!);
    expect(readReleases(to)).toHaveLength(4);
    const { removed } = publishRelease({ from: fakeBuild({ chunk: 'e' }), to, keep: 2 });
    expect(removed).toEqual([ids[2], ids[1]]);
    for (const id of removed) expect(existsSync(join(to, 'remote-ready', id))).toBe(false);
    expect(existsSync(join(to, 'remote-ready', ids[0]!))).toBe(true);
    expect(readReleases(to).map((r) => r.id)).toEqual([readChannel(to, 'stable'), ids[3], ids[0]]);
  });

  it('never rewrites a published elements version; the major alias only moves forward', () => {
    const to = tempDir();
    publishRelease({ from: fakeBuild({ version: '1.1.0', elements: 'v1.1' }), to });
    expect(() =>
      publishRelease({ from: fakeBuild({ version: '1.1.0', elements: 'changed' }), to }),
    ).toThrow(/elements 1\.1\.0 is already published with other content.*bump "version"/);
    expect(read(to, 'elements', '1.1.0', 'scenra-elements.js')).toBe('v1.1');

    publishRelease({ from: fakeBuild({ version: '1.0.5', elements: 'v1.0.5' }), to });
    expect(read(to, 'elements', '1.0.5', 'scenra-elements.js')).toBe('v1.0.5');
    expect(read(to, 'elements', 'v1', 'scenra-elements.js')).toBe('v1.1');
    publishRelease({ from: fakeBuild({ version: '2.0.0', elements: 'v2' }), to });
    expect(JSON.parse(read(to, 'elements', 'index.json'))).toEqual({
      versions: ['1.0.5', '1.1.0', '2.0.0'],
      aliases: { v1: '1.1.0', v2: '2.0.0' },
    });

    // A local run may replace them (a developer changed an element without a version bump).
    publishRelease({
      from: fakeBuild({ version: '1.1.0', elements: 'changed' }),
      to,
      replaceChangedElements: true,
    });
    expect(read(to, 'elements', '1.1.0', 'scenra-elements.js')).toBe('changed');
  });
});

describe('npm run release', () => {
  const script = fileURLToPath(new URL('../release.ts', import.meta.url));
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, [script, ...args], {
      env: { ...process.env, INIT_CWD: tmpdir() },
    });

  it('publishes a build into --to, and --point moves the channel back', async () => {
    const to = tempDir();
    const first = await run(['--from', fakeBuild(), '--to', to]);
    const id = readChannel(to, 'stable')!;
    expect(first.stdout).toContain(`published remote-ready/${id}/`);
    await run(['--from', fakeBuild({ chunk: 'next' }), '--to', to]);
    expect(readChannel(to, 'stable')).not.toBe(id);
    const rollback = await run(['--to', to, '--point', id]);
    expect(rollback.stdout).toContain(`channels/stable.json → ${id}`);
    expect(readChannel(to, 'stable')).toBe(id);
  });

  it('fails with a sentence when the build is missing', async () => {
    await expect(run(['--from', tempDir(), '--to', tempDir()])).rejects.toMatchObject({
      stderr: expect.stringContaining('Release failed:') as unknown,
    });
  });
});
