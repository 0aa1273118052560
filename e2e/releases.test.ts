// Independent releases of the remote: a page open on release N keeps working while N+1 is
// published, a reload gets N+1, the channel rolls back to N, and a release with an incompatible
// contract is refused before any of its code is downloaded. Every served file kind has the
// cache policy its URL deserves.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import { newHostContext, signInAs, stackInfo } from './support/browser.ts';
import { readyVideo } from './support/api.ts';
import { waitForDashboard } from './support/pages.ts';
import { buildWithHeadline, channelRelease, pointChannel, release } from './support/releases.ts';

const root = resolve(import.meta.dirname, '..');
const elementsVersion = (
  JSON.parse(readFileSync(join(root, 'remote-ready/package.json'), 'utf8')) as { version: string }
).version;

const HEADLINE = 'Your Video Prompt is Ready!';
const NEXT_HEADLINE = 'Your Video Prompt is Ready to Go!';

const browser = useBrowser();
let releaseN: string;
let nextBuild: string;
const scratch: string[] = [];
beforeAll(async () => {
  releaseN = channelRelease();
  // Release N+1: the same source with a visible change, built by the real config.
  nextBuild = await buildWithHeadline(HEADLINE, NEXT_HEADLINE);
  scratch.push(dirname(nextBuild));
});
afterAll(async () => {
  // The other test files expect the stack as it started.
  if (releaseN) pointChannel(releaseN);
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** Every URL the page asks the remote's origin for, in order. */
function remoteRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(stackInfo().remote)) seen.push(request.url());
  });
  return seen;
}

const headline = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('releases of the remote', () => {
  it('an open page survives a deploy, a reload gets the new release, the channel rolls back', async () => {
    const { video } = await readyVideo('free');
    const context = await newHostContext(browser());
    const page = await context.newPage();
    const requests = remoteRequests(page);
    await signInAs(page, 'free');
    await page.goto(`/dashboard/videos/${video.id}/ready`);
    await waitForDashboard(page);
    await expect(headline(page)).resolves.toBe(HEADLINE);
    expect(requests).toContain(`${stackInfo().remote}/remote-ready/${releaseN}/remoteEntry.js`);

    const releaseN1 = await release(nextBuild);
    expect(releaseN1).not.toBe(releaseN);

    // Still on N, the page loads code it has not needed yet: the upgrade dialog (a lazy chunk),
    // then the settings page (another exposed module).
    const before = requests.length;
    await page
      .getByTestId('generate-card')
      .getByRole('button', { name: /Generate/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Add your own API key' }).click();
    await page.getByTestId('remote-api-keys-settings').getByTestId('no-keys').waitFor();
    const lazy = requests.slice(before).filter((url) => url.endsWith('.js'));
    expect(lazy.length).toBeGreaterThan(0);
    for (const url of lazy) expect(url).toContain(`/remote-ready/${releaseN}/`);

    // A new page load follows the channel to N+1.
    await page.goto(`/dashboard/videos/${video.id}/ready`);
    await waitForDashboard(page);
    await expect(headline(page)).resolves.toBe(NEXT_HEADLINE);
    expect(requests).toContain(`${stackInfo().remote}/remote-ready/${releaseN1}/remoteEntry.js`);

    // Rollback: one line of the channel file, no rebuild.
    pointChannel(releaseN);
    await page.reload();
    await waitForDashboard(page);
    await expect(headline(page)).resolves.toBe(HEADLINE);
    await context.close();
  });

  it('refuses a release with an incompatible contract before fetching any of its code', async () => {
    // N+1 whose manifest declares contract 2.0.0: the host must not get further than the manifest.
    const build = mkdtempSync(join(tmpdir(), 'scenra-remote-v2-'));
    scratch.push(build);
    cpSync(nextBuild, build, { recursive: true });
    const manifestFile = join(build, 'mf-manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      metaData: { scenra: { contractVersion: string } };
    };
    manifest.metaData.scenra.contractVersion = '2.0.0';
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    const incompatible = await release(build);

    const { video } = await readyVideo('free');
    const context = await newHostContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'free');
    const requests = remoteRequests(page);
    await page.goto(`/dashboard/videos/${video.id}/ready`);
    await page
      .getByTestId('ready-fallback')
      .getByRole('heading', { name: 'Your prompt is ready' })
      .waitFor();
    await expect(page.getByTestId('remote-ready-dashboard').count()).resolves.toBe(0);
    const fromRelease = requests.filter((url) => url.includes(`/remote-ready/${incompatible}/`));
    expect(fromRelease.length).toBeGreaterThan(0);
    expect(fromRelease.every((url) => url.endsWith('/mf-manifest.json'))).toBe(true);
    expect(requests.filter((url) => url.endsWith('.js'))).toEqual([]);
    await context.close();
    pointChannel(releaseN);
  });

  it('serves every file of the layout with the cache policy of its kind, and CORS', async () => {
    const { remote, releasesDir, host } = stackInfo();
    const files = listFiles(releasesDir);
    // Each kind the layout holds is there to be checked.
    const kinds = {
      channel: /^channels\/[a-z]+\.json$/,
      releaseIndex: /^remote-ready\/releases\.json$/,
      manifest: /^remote-ready\/[^/]+\/mf-manifest\.json$/,
      remoteEntry: /^remote-ready\/[^/]+\/remoteEntry\.js$/,
      hashedChunk: /^remote-ready\/[^/]+\/.+\.[0-9a-f]{8}\.js$/,
      sourceMap: /^remote-ready\/[^/]+\/.+\.js\.map$/,
      elements: new RegExp(
        `^elements/${elementsVersion.replaceAll('.', '\\.')}/scenra-elements\\.js$`,
      ),
      elementsManifest: /^elements\/\d+\.\d+\.\d+\/custom-elements\.json$/,
      elementsAlias: /^elements\/v\d+\/scenra-elements\.js$/,
      elementsIndex: /^elements\/index\.json$/,
    };
    for (const [kind, pattern] of Object.entries(kinds)) {
      expect(
        files.some((file) => pattern.test(file)),
        kind,
      ).toBe(true);
    }

    const immutable = 'public, max-age=31536000, immutable';
    const expected = (file: string) => {
      if (kinds.manifest.test(file)) return 'no-cache';
      if (/^remote-ready\/\d+\.\d+\.\d+-[0-9a-f]{10}\//.test(file)) return immutable;
      if (/^elements\/\d+\.\d+\.\d+\//.test(file)) return immutable;
      if (/^elements\/v\d+\//.test(file)) return 'public, max-age=300';
      return 'no-cache';
    };
    for (const file of files) {
      const response = await fetch(`${remote}/${file}`, { headers: { origin: host } });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(expected(file));
      expect(response.headers.get('access-control-allow-origin'), file).toBe('*');
      await response.arrayBuffer();
    }

    const missing = await fetch(`${remote}/remote-ready/${releaseN}/nothing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
    const elements = await fetch(`${remote}/elements/${elementsVersion}/scenra-elements.js`);
    expect(elements.headers.get('content-type')).toMatch(/javascript/);
    expect(await elements.text()).toContain(`"${elementsVersion}"`);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
