import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import { describe, expect, it, vi } from 'vitest';
import { build } from '#test/helpers/build.ts';

const sampleClip = readFileSync(new URL('../../../assets/sandbox.mp4', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sandbox provider /videos (the openai SDK over real HTTP)', async () => {
  const app = await build({ SANDBOX_RENDER_MS: '600' }, { listen: true });
  const client = (apiKey: string) =>
    new OpenAI({ apiKey, baseURL: `${app.config.publicUrl}/sandbox/v1`, maxRetries: 0 });
  const create = (apiKey: string) =>
    client(apiKey).videos.create({
      prompt: 'A lamp at dawn',
      model: 'sandbox-video',
      seconds: '4',
      size: '720x1280',
    });

  it('renders with progress and serves the bundled MP4', async () => {
    // A render's state follows the time since it started. The test holds the clock (only
    // Date: timers and I/O stay real), so a loaded machine cannot carry the job past the
    // stage it is looked at in.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = Date.now();
      const sdk = client('sk-sandbox-valid-proto1');
      const job = await create('sk-sandbox-valid-proto1');
      expect(job).toMatchObject({
        object: 'video',
        status: 'queued',
        progress: 0,
        model: 'sandbox-video',
        seconds: '4',
        size: '720x1280',
        error: null,
      });
      expect(job.id).toMatch(/^video_/);
      await expect(sdk.videos.downloadContent(job.id)).rejects.toMatchObject({ status: 400 });

      vi.setSystemTime(start + 300);
      const midway = await sdk.videos.retrieve(job.id);
      expect(midway.status).toBe('in_progress');
      expect(midway.progress).toBeGreaterThan(0);
      expect(midway.progress).toBeLessThan(100);

      vi.setSystemTime(start + 650);
      const done = await sdk.videos.retrieve(job.id);
      expect(done).toMatchObject({ status: 'completed', progress: 100 });
      expect(done.completed_at).toBeGreaterThanOrEqual(done.created_at);
      const content = await sdk.videos.downloadContent(job.id);
      expect(content.headers.get('content-type')).toBe('video/mp4');
      expect(Buffer.from(await content.arrayBuffer()).equals(sampleClip)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps jobs private to the key that made them', async () => {
    const job = await create('sk-sandbox-valid-owner');
    await expect(client('sk-sandbox-valid-other').videos.retrieve(job.id)).rejects.toMatchObject({
      status: 404,
    });
  });

  it('answers by key: unknown 401, restricted 403, rate-limited 429 with Retry-After', async () => {
    await expect(create('sk-live-whatever')).rejects.toMatchObject({ status: 401 });
    await expect(create('sk-sandbox-restricted-a')).rejects.toMatchObject({ status: 403 });
    const limited = await create('sk-sandbox-rate-limited-a').catch((e: unknown) => e);
    expect(limited).toMatchObject({ status: 429 });
    expect((limited as { headers: Headers }).headers.get('retry-after')).toBe('20');
    await expect(create('sk-sandbox-unavailable-a')).rejects.toMatchObject({ status: 503 });
  });

  it('fails renders half-way for a renders-fail key', async () => {
    const job = await create('sk-sandbox-renders-fail-a');
    await sleep(350);
    const failed = await client('sk-sandbox-renders-fail-a').videos.retrieve(job.id);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'render_failed' } });
  });

  it('refuses what the model does not offer, naming the parameter', async () => {
    const bad = await client('sk-sandbox-valid-a')
      .videos.create({
        prompt: 'x',
        model: 'sandbox-video',
        seconds: '12',
        size: '999x999' as '720x1280',
      })
      .catch((e: unknown) => e);
    expect(bad).toMatchObject({ status: 400, param: 'size' });
  });

  it('keeps a job going across a restart: progress comes from the stored start time', async () => {
    const job = await create('sk-sandbox-valid-restart');
    const again = await build(
      { MONGODB_URI: app.config.mongodbUri, SANDBOX_RENDER_MS: '600' },
      { listen: true },
    );
    await sleep(650);
    const sdk = new OpenAI({
      apiKey: 'sk-sandbox-valid-restart',
      baseURL: `${again.config.publicUrl}/sandbox/v1`,
      maxRetries: 0,
    });
    expect((await sdk.videos.retrieve(job.id)).status).toBe('completed');
  });
});
