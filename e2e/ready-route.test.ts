// Foundation flow: sign in, read the roundtable, continue to the final step, and see the
// dashboard rendered by the federated remote (its code fetched from the remote's origin).
import { describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import { newHostContext, signInAs, stackInfo } from './support/browser.ts';
import { readyVideo } from './support/api.ts';

const browser = useBrowser();

describe('the ready route', () => {
  it('goes from the roundtable to the dashboard rendered by the remote', async () => {
    const { video } = await readyVideo('free');
    const context = await newHostContext(browser());
    // The host forbids eval and inline scripts: nothing the remote (or its zod) does may trip that.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.sourceFile}`),
      );
    });
    const page = await context.newPage();
    const remoteRequests: string[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(stackInfo().remote) && response.ok())
        remoteRequests.push(new URL(response.url()).pathname);
    });

    await signInAs(page, 'free');
    await page.getByRole('link', { name: video.title }).click();
    await page.waitForURL(`**/dashboard/videos/${video.id}/roundtable`);
    const messages = page
      .getByRole('list', { name: 'Roundtable discussion' })
      .getByRole('listitem');
    await messages.first().waitFor();
    await expect(messages.count()).resolves.toBe(video.roundtable.messages.length);

    // The roundtable page preloads the ready page's code before the user continues.
    await expect
      .poll(() =>
        remoteRequests.some((path) => path.includes('/__federation_expose_VideoReadyDashboard')),
      )
      .toBe(true);
    await page.getByRole('link', { name: 'Continue to Final Step →' }).click();
    await page.waitForURL(`**/dashboard/videos/${video.id}/ready`);

    const dashboard = page.locator(
      '[data-testid="remote-ready-dashboard"][data-remote="remote_ready"]',
    );
    await dashboard
      .getByRole('heading', { level: 1, name: 'Your Video Prompt is Ready!' })
      .waitFor();
    await expect(dashboard.getByTestId('ready-meta').textContent()).resolves.toMatch(
      /^for TikTok · Created .+ ago$|^for TikTok · Created now$/,
    );
    await expect(dashboard.getByTestId('ready-concept').textContent()).resolves.toBe(
      video.concept.length <= 160 ? video.concept : expect.stringMatching(/…$/),
    );
    // The channel names the release; its manifest is read once (the host checks the contract
    // in it and hands it to the federation runtime), then the release's code.
    const release = new URL(stackInfo().manifest).pathname.replace(/mf-manifest\.json$/, '');
    expect(remoteRequests.filter((path) => path.endsWith('.json'))).toEqual([
      '/channels/stable.json',
      `${release}mf-manifest.json`,
    ]);
    expect(remoteRequests).toContain(`${release}remoteEntry.js`);
    expect(
      remoteRequests.some((path) =>
        path.startsWith(`${release}__federation_expose_VideoReadyDashboard`),
      ),
    ).toBe(true);
    await expect(page.getByTestId('ready-fallback').count()).resolves.toBe(0);
    await page.getByTestId('key-status-bar').waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).resolves.toEqual([]);
    await context.close();
  });

  it('names in its HTML every host script a reload of /ready starts with, each fetched once and run', async () => {
    const { video } = await readyVideo('free');
    const context = await newHostContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'free');
    const hostScripts: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === stackInfo().host && url.pathname.endsWith('.js'))
        hostScripts.push(url.pathname);
    });
    await page.goto(`/dashboard/videos/${video.id}/ready`);
    await page.getByTestId('key-status-bar').waitFor();

    const { entry, preloaded, ran } = await page.evaluate(() => ({
      entry: [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map(
        (script) => new URL(script.src).pathname,
      ),
      preloaded: [
        ...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="script"]'),
      ].map((link) => new URL(link.href).pathname),
      // Every chunk that has run is recorded in the build's chunk registry (output.uniqueName).
      ran: (
        (window as unknown as { rspackChunkscenra_host: Array<[Array<string | number>]> })
          .rspackChunkscenra_host ?? []
      ).flatMap(([ids]) => ids.map(String)),
    }));
    expect(entry).toHaveLength(1);
    expect(preloaded.length).toBeGreaterThan(0);
    // Nothing the startup loads goes unnamed, and each script is fetched once: the preload and
    // the runtime's own request for it agree.
    expect([...hostScripts].sort()).toEqual([...entry, ...preloaded].sort());
    // Nothing named goes unused: every preloaded chunk has run on the way to the dashboard.
    const chunkId = (path: string) => path.split('/').pop()!.split('.')[0]!;
    expect(ran).toEqual(expect.arrayContaining(preloaded.map(chunkId)));
    await context.close();
  });
});
