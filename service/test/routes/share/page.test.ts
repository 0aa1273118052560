import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import { bearer, build } from '#test/helpers/build.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('GET /share/:token (public page)', async () => {
  const app = await build({ APP_URL: 'https://app.scenra.test' }, { listen: true });
  const owner = newUserId();
  const tricky = '<script>alert("x")</script> & “quotes” — naïve';
  const video = await createVideo(app, owner, {
    title: `A <b>bold</b> title — café`,
    optimizedPrompt: `${tricky}\nSecond line keeps its break.`,
  });
  const created = await app.inject({
    method: 'POST',
    url: `/api/videos/${video.id}/share`,
    headers: bearer(app, owner),
    payload: {},
  });
  const { token, url } = created.json() as { token: string; url: string };
  const browser = useBrowser();

  it('is server-rendered HTML with escaped text, preview meta and noindex', async () => {
    const res = await app.inject({ method: 'GET', url: `/share/${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain(
      '<meta property="og:title" content="A &lt;b&gt;bold&lt;/b&gt; title — café">',
    );
    expect(html).toMatch(/<meta property="og:description" content="&lt;script&gt;/);
    expect(html).toContain(`<meta property="og:url" content="${url}">`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain(`<meta property="og:image" content="${url}/image.png">`);
    expect(html).toContain(`<meta name="twitter:image" content="${url}/image.png">`);
    expect(html).toContain('href="https://app.scenra.test"');
    expect(html).not.toContain(owner);
  });

  it('sends noindex, no-referrer, a strict CSP that allows exactly its inline script and style', async () => {
    const res = await app.inject({ method: 'GET', url: `/share/${token}` });
    expect(res.headers).toMatchObject({
      'x-robots-tag': 'noindex, nofollow',
      'referrer-policy': 'no-referrer',
      'cache-control': 'public, max-age=0, must-revalidate',
      'x-frame-options': 'DENY',
    });
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const script = res.body.match(/<script>([\s\S]*?)<\/script>/)![1]!;
    const style = res.body.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    expect(csp).toContain(`script-src ${sha256(script)}`);
    expect(csp).toContain(`style-src ${sha256(style)}`);
    const etag = res.headers.etag as string;
    const again = await app.inject({
      method: 'GET',
      url: `/share/${token}`,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
  });

  it('renders with JavaScript disabled in Chromium: prompt shown, noindex and OG tags present', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe(video.title);
    expect(await page.locator('#prompt').textContent()).toBe(video.optimizedPrompt);
    expect(await page.locator('#prompt').isVisible()).toBe(true);
    // Without JavaScript the Copy button would do nothing, so it is not shown.
    expect(await page.locator('#copy').isVisible()).toBe(false);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe(
      'noindex, nofollow',
    );
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      video.title,
    );
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toContain(
      '<script>alert',
    );
    expect(await page.getByRole('heading', { name: 'Specifications' }).isVisible()).toBe(true);
    expect(await page.getByText('#latteart').isVisible()).toBe(true);
    await context.close();
  });

  it('copies the prompt with the Copy button when JavaScript runs, with no CSP violation', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(url).origin,
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(url);
    const button = page.getByRole('button', { name: 'Copy prompt' });
    await button.click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Prompt copied!');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(video.optimizedPrompt);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('serves the preview image: a 1200×630 PNG of the title, cacheable, revalidated by ETag, the same for the same title', async () => {
    const res = await app.inject({ method: 'GET', url: `/share/${token}/image.png` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toBe('public, max-age=600');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    const png = res.rawPayload;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // Only pixels: no text chunk that could carry the owner or the prompt.
    expect(png.includes(Buffer.from('tEXt'))).toBe(false);
    expect(png.includes(Buffer.from(owner))).toBe(false);

    const again = await app.inject({
      method: 'GET',
      url: `/share/${token}/image.png`,
      headers: { 'if-none-match': res.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);

    // Another title draws another image (the title is really in it).
    const other = await createVideo(app, owner, { title: 'A completely different title' });
    const otherShare = (
      await app.inject({
        method: 'POST',
        url: `/api/videos/${other.id}/share`,
        headers: bearer(app, owner),
        payload: {},
      })
    ).json() as { token: string };
    const otherImage = await app.inject({
      method: 'GET',
      url: `/share/${otherShare.token}/image.png`,
    });
    expect(otherImage.statusCode).toBe(200);
    expect(otherImage.headers.etag).not.toBe(res.headers.etag);
    expect(otherImage.rawPayload.equals(png)).toBe(false);
  });

  it('shows a noindex 404 page for unknown and revoked links', async () => {
    await app.inject({
      method: 'DELETE',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(app, owner),
    });
    for (const path of [`/share/${token}`, `/share/${'B'.repeat(32)}`, '/share/%3Cscript%3E']) {
      const res = await app.inject({ method: 'GET', url: path });
      expect(res.statusCode, path).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
      expect(res.body).toContain('This link isn’t available');
      expect(res.body).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(res.body).not.toContain(tricky.slice(0, 10));
    }
    const image = await app.inject({ method: 'GET', url: `/share/${token}/image.png` });
    expect(image.statusCode).toBe(404);
    expect(image.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
