import { afterAll, describe, expect, it } from 'vitest';
import { signJwt, startServiceProcess } from '../../scripts/service-process.ts';
import { videoBody } from '#test/helpers/videos.ts';

/** The worst case the review found: thousands of one-character lines (within the 8,000 characters allowed). */
const worstPrompt = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(
  '\n',
);

describe('PDF exports run off the event loop', async () => {
  // The real service process, as production runs it: timings through its own HTTP server.
  const service = await startServiceProcess('pdf-isolation', { PDF_QUEUE_LIMIT: '16' });
  afterAll(() => service.stop());
  const userId = '64b0000000000000000000c1';
  const auth = {
    authorization: `Bearer ${signJwt(service.jwtSecret, { sub: userId, tier: 'free' })}`,
  };
  const videoIds: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const res = await fetch(`${service.baseUrl}/api/videos`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(
        videoBody({
          title: `Worst case ${i}`,
          optimizedPrompt: worstPrompt,
          concept: worstPrompt.slice(0, 2000),
        }),
      ),
    });
    expect(res.status).toBe(201);
    videoIds.push(((await res.json()) as { id: string }).id);
  }

  it('answers /api/health within 50 ms while ten worst-case exports render', async () => {
    const health = async () => {
      const started = performance.now();
      const res = await fetch(`${service.baseUrl}/api/health`);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      return performance.now() - started;
    };
    const p = (values: number[], q: number) =>
      values.toSorted((a, b) => a - b)[Math.floor(values.length * q)]!;
    // The machine's own noise, measured the same way just before: the yardstick for the tail.
    const baseline: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      baseline.push(await health());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    let done = false;
    const exports = Promise.all(
      videoIds.map(async (id) => {
        const res = await fetch(`${service.baseUrl}/api/videos/${id}/export?format=pdf`, {
          headers: auth,
        });
        const body = Buffer.from(await res.arrayBuffer());
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
      }),
    ).finally(() => {
      done = true;
    });
    const latencies: number[] = [];
    while (!done) {
      latencies.push(await health());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const answers = await exports;
    // Every export either rendered or was told when to come back — nothing hung or failed.
    for (const answer of answers) {
      if (answer.status === 503) expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      else {
        expect(answer.status).toBe(200);
        expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
      }
    }
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    expect(latencies.length).toBeGreaterThan(3);
    // Rendering on the event loop made nearly every health check wait for a whole render
    // (1–3 s): a handful of answers in the whole window. Off the loop, health answers at its
    // usual pace: the median within 50 ms, and the tail no worse than the machine's own noise
    // (on a shared 2-core test machine the scheduler alone delays an odd request: load
    // averages above 20 were measured while the test suites run).
    const report = `health latencies (ms): ${latencies.map(Math.round).join(' ')}; before: ${baseline.map(Math.round).join(' ')}`;
    expect(p(latencies, 0.5), report).toBeLessThan(50);
    expect(p(latencies, 0.9), report).toBeLessThan(Math.max(50, 3 * p(baseline, 0.9)));
  }, 120_000);
});
