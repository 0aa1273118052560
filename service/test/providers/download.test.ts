import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadProviderFile } from '#src/providers/download.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A local HTTP server standing in for a provider (or for somewhere it redirects to). */
async function server(handler: Handler): Promise<{ origin: string; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const http = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));
  return { origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, seen };
}

const mp4 = Buffer.alloc(4096, 7);

describe('downloading a finished video from a provider', async () => {
  const elsewhere = await server((_req, res) => {
    res.writeHead(200, { 'content-type': 'video/mp4' }).end(mp4);
  });
  const provider = await server((req, res) => {
    const path = req.url ?? '';
    if (path.endsWith('/same-origin')) res.writeHead(302, { location: '/ok' }).end();
    else if (path.endsWith('/ok')) res.writeHead(200, { 'content-type': 'video/mp4' }).end(mp4);
    else if (path.endsWith('/away'))
      res.writeHead(302, { location: `${elsewhere.origin}/file` }).end();
    else if (path.endsWith('/html'))
      res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>');
    else if (path.endsWith('/declared-big'))
      res
        .writeHead(200, { 'content-type': 'video/mp4', 'content-length': '99999' })
        .end(Buffer.alloc(99999));
    else if (path.endsWith('/chunked-big')) {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      for (let i = 0; i < 10; i += 1) res.write(Buffer.alloc(10_000));
      res.end();
    } else if (path.endsWith('/loop')) res.writeHead(302, { location: path }).end();
    else res.writeHead(404).end();
  });
  const options = (overrides = {}) => ({
    apiKey: 'sk-test-fake-download-key',
    allowedOrigins: [],
    maxBytes: 50_000,
    signal: AbortSignal.timeout(10_000),
    ...overrides,
  });
  const get = async (path: string, overrides = {}) => {
    const { stream, contentType } = await downloadProviderFile(
      `${provider.origin}${path}`,
      options(overrides),
    );
    return { bytes: await buffer(stream), contentType };
  };

  it('follows a redirect within the provider, key included', async () => {
    const { bytes, contentType } = await get('/v1/videos/a/same-origin');
    expect(contentType).toBe('video/mp4');
    expect(bytes.equals(mp4)).toBe(true);
    expect(provider.seen.at(-1)!.headers.authorization).toBe('Bearer sk-test-fake-download-key');
  });

  it('refuses a redirect to another origin the provider entry does not allow', async () => {
    const before = elsewhere.seen.length;
    await expect(get('/v1/videos/a/away')).rejects.toMatchObject({ reason: 'redirect_refused' });
    expect(elsewhere.seen.length).toBe(before);
  });

  it('follows it when the entry allows that origin, without sending the key there', async () => {
    const { bytes } = await get('/v1/videos/a/away', { allowedOrigins: [elsewhere.origin] });
    expect(bytes.equals(mp4)).toBe(true);
    expect(elsewhere.seen.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('refuses what is not a video', async () => {
    await expect(get('/v1/videos/a/html')).rejects.toMatchObject({ reason: 'not_a_video' });
  });

  it('refuses a file over the size cap, declared or not', async () => {
    await expect(get('/v1/videos/a/declared-big')).rejects.toMatchObject({ reason: 'too_large' });
    await expect(get('/v1/videos/a/chunked-big')).rejects.toMatchObject({ reason: 'too_large' });
  });

  it('stops an endless redirect loop', async () => {
    await expect(get('/v1/videos/a/loop')).rejects.toMatchObject({ reason: 'too_many_redirects' });
  });
});
