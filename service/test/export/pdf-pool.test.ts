import { describe, expect, it, vi } from 'vitest';
import { boundLines } from '#src/export/pdf/bounds.ts';
import { videoPdfModel } from '#src/models/video-pdf.ts';
import { EXPORTS_PER_MINUTE } from '#src/routes/api/videos/_id/export.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

const manyLines = Array.from({ length: 4000 }, () => 'x').join('\n');

describe('PDF layout bounds', () => {
  it('keeps the first lines and says how many more the other exports carry', () => {
    const bounded = boundLines(manyLines, 150);
    expect(bounded.split('\n')).toHaveLength(151);
    expect(bounded).toMatch(/… 3850 more lines in the JSON or Markdown export\.$/);
    expect(boundLines('a\n\n\n\n\nb', 5)).toBe('a\n\nb');
    expect(boundLines('short', 5)).toBe('short');
  });
});

describe('PDF exports: stored per video, bounded pool, per-user limit', async () => {
  const app = await build({ PDF_WORKERS: '1', PDF_QUEUE_LIMIT: '1' });
  const me = newUserId();
  const pdf = (id: string, user = me) =>
    app.inject({ url: `/api/videos/${id}/export?format=pdf`, headers: bearer(app, user) });

  it('renders a video once and serves the stored PDF afterwards', async () => {
    const video = await createVideo(app, me, { optimizedPrompt: manyLines });
    const render = vi.spyOn(app.pdfRenderer, 'render');
    const first = await pdf(video.id);
    expect(first.statusCode).toBe(200);
    const second = await pdf(video.id);
    expect(second.statusCode).toBe(200);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(render).toHaveBeenCalledTimes(1);
    const stored = await videoPdfModel(app.db).findById(video.id).lean();
    expect(stored?.ownerId.toString()).toBe(me);
  });

  it('answers 503 with Retry-After when every thread is busy and the queue is full', async () => {
    const user = newUserId();
    const videos = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        createVideo(app, user, { title: `Busy ${i}`, optimizedPrompt: manyLines }),
      ),
    );
    const answers = await Promise.all(videos.map((v) => pdf(v.id, user)));
    const busy = answers.filter((a) => a.statusCode === 503);
    // One thread renders, one export waits: the other three are refused at once.
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(2);
    expect(busy).toHaveLength(3);
    for (const answer of busy) {
      expect(answer.json().error.code).toBe('export_busy');
      expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(app.pdfRenderer.load).toEqual({ running: 0, waiting: 0 });
  });

  it(`limits each user to ${EXPORTS_PER_MINUTE} exports a minute`, async () => {
    const user = newUserId();
    const video = await createVideo(app, user);
    const statuses: number[] = [];
    for (let i = 0; i <= EXPORTS_PER_MINUTE; i += 1) {
      const res = await app.inject({
        url: `/api/videos/${video.id}/export?format=json`,
        headers: bearer(app, user),
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, EXPORTS_PER_MINUTE).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another user is not affected.
    const other = newUserId();
    const theirs = await createVideo(app, other);
    expect(
      (
        await app.inject({
          url: `/api/videos/${theirs.id}/export?format=md`,
          headers: bearer(app, other),
        })
      ).statusCode,
    ).toBe(200);
  });
});
