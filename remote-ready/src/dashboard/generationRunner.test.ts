import type { Billing, Generation, StartGenerationBody } from '@scenra/contracts';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, type ApiClient, type RequestOptions } from '../api/client.ts';
import { DEMO_VIDEO_ID, demoGeneration } from '../mocks/fixtures.ts';
import { followGeneration, runGeneration, type RunContext } from './generationRunner.ts';
import type { GenerationState, Recovery } from './generationState.ts';

/** One scripted answer per request, in order: a value to resolve with, or an error to throw. */
type Answer = { ok: unknown } | { fail: Error };

/** The service as the runner sees it: answers in turn, and what was asked. */
function scriptedClient(...answers: Answer[]) {
  const requests: Array<{ path: string; options: RequestOptions | undefined }> = [];
  const client: ApiClient = {
    async json<T>(path: string, options?: RequestOptions): Promise<T> {
      requests.push({ path, options });
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected request ${path}`);
      if ('fail' in answer) throw answer.fail;
      return answer.ok as T;
    },
    raw: () => Promise.reject(new Error('not used')),
    url: (path) => path,
  };
  return { client, requests };
}

function runContext(client: ApiClient, pendingKey?: string) {
  const reports: GenerationState[] = [];
  const context: RunContext = {
    client,
    videoId: DEMO_VIDEO_ID,
    pendingKey: { current: pendingKey },
    live: { current: true },
    report: (state) => reports.push(state),
  };
  return { context, reports };
}

const byokRequest: StartGenerationBody = {
  billing: 'byok',
  keyId: '65f0000000000000000000a1',
  providerId: 'sandbox',
  model: 'sandbox-video-1',
  seconds: 12,
  size: '720x1280',
};
const creditsRequest: StartGenerationBody = {
  ...byokRequest,
  billing: 'credits',
  keyId: undefined,
};

const completed = demoGeneration({ status: 'completed', progress: 100 });
const lastState = (reports: GenerationState[]) => reports.at(-1);
const failure = (message: string, recoveries: Recovery[]): GenerationState => ({
  phase: 'failed',
  message,
  recoveries,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('starting a generation', () => {
  test('posts the request once with an Idempotency-Key, then ends the intent', async () => {
    const { client, requests } = scriptedClient({ ok: completed });
    const { context, reports } = runContext(client);
    const result = await runGeneration(context, byokRequest);

    expect(result).toEqual(completed);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.path).toBe(`/api/videos/${DEMO_VIDEO_ID}/generations`);
    expect(requests[0]!.options?.method).toBe('POST');
    expect(requests[0]!.options?.body).toEqual(byokRequest);
    expect(requests[0]!.options?.headers?.['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(context.pendingKey.current).toBeUndefined();
    expect(reports.map((s) => s.phase)).toEqual(['starting', 'succeeded']);
  });

  test('an unknown outcome keeps the key, so the retry is the same intent', async () => {
    const { client, requests } = scriptedClient(
      { fail: new ApiError(0, 'network_error', 'The service could not be reached.') },
      { fail: new ApiError(503, 'unavailable', 'Try again shortly.') },
      { ok: completed },
    );
    const { context, reports } = runContext(client);
    expect(await runGeneration(context, byokRequest)).toBeUndefined();
    expect(lastState(reports)).toEqual(failure('The service could not be reached.', ['retry']));
    const firstKey = context.pendingKey.current;
    expect(firstKey).toBeDefined();

    await runGeneration(context, byokRequest);
    await runGeneration(context, byokRequest);
    const keys = requests.map((r) => r.options?.headers?.['idempotency-key']);
    expect(keys).toEqual([firstKey, firstKey, firstKey]);
    expect(lastState(reports)?.phase).toBe('succeeded');
  });

  test('a clear refusal ends the intent: the next click is a new one', async () => {
    const { client, requests } = scriptedClient(
      { fail: new ApiError(400, 'invalid_input', 'size: must be WIDTHxHEIGHT') },
      { ok: completed },
    );
    const { context } = runContext(client);
    await runGeneration(context, byokRequest);
    expect(context.pendingKey.current).toBeUndefined();
    await runGeneration(context, byokRequest);
    const [first, second] = requests.map((r) => r.options?.headers?.['idempotency-key']);
    expect(first).not.toBe(second);
  });

  test('something that is not an ApiError is still a failure to retry, with its text', async () => {
    const { client } = scriptedClient({ fail: new TypeError('boom') });
    const { context, reports } = runContext(client);
    expect(await runGeneration(context, creditsRequest)).toBeUndefined();
    expect(lastState(reports)).toEqual(failure('TypeError: boom', ['retry']));
    expect(context.pendingKey.current).toBeDefined();
  });
});

describe('each refusal offers its ways out', () => {
  // The service's answer, who was paying, and what the card then offers.
  const refusals: Array<[number, string, Billing, Recovery[]]> = [
    [402, 'insufficient_credits', 'credits', ['use-key', 'get-credits']],
    [402, 'upgrade_required', 'credits', ['upgrade', 'add-key']],
    [402, 'upgrade_required', 'byok', ['upgrade']],
    [400, 'provider_auth_failed', 'byok', ['update-key', 'use-credits']],
    [404, 'key_not_found', 'credits', ['update-key']],
    [500, 'internal_error', 'byok', ['retry']],
  ];

  test.each(refusals)('%i %s paying with %s offers %j', async (status, code, billing, ways) => {
    const request = billing === 'credits' ? creditsRequest : byokRequest;
    const error = new ApiError(status, code, `The service said ${code}.`);
    const { client } = scriptedClient({ fail: error });
    const { context, reports } = runContext(client);
    await runGeneration(context, request);
    expect(lastState(reports)).toEqual(failure(error.message, ways));
  });

  test('a reached limit carries when it ends, for the card to count down', async () => {
    const error = new ApiError(
      429,
      'rate_limited',
      'You can start 20 generations an hour with your own key.',
      { which: 'byok_generations', limit: 20, retryAfterSec: 60 },
    );
    const { client } = scriptedClient({ fail: error });
    const { context, reports } = runContext(client);
    const before = Date.now();
    await runGeneration(context, byokRequest);
    const state = lastState(reports);
    expect(state).toMatchObject({ phase: 'failed', message: error.message, recoveries: ['retry'] });
    const limit = state?.phase === 'failed' ? state.limit : undefined;
    expect(limit?.which).toBe('byok_generations');
    expect(limit?.retryAt).toBeGreaterThanOrEqual(before + 60_000);
  });
});

describe('following a generation', () => {
  const running = (progress: number) => demoGeneration({ status: 'in_progress', progress });

  test('polls until it ends, through dropped polls, reporting progress', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, requests } = scriptedClient(
      { ok: running(60) },
      { fail: new ApiError(0, 'network_error', 'offline') },
      { fail: new ApiError(502, 'http_502', 'bad gateway') },
      { ok: completed },
    );
    const { context, reports } = runContext(client);
    const done = followGeneration(context, running(20));
    await vi.advanceTimersByTimeAsync(4 * 1500);
    expect(await done).toEqual(completed);
    expect(requests.map((r) => r.path)).toEqual(Array(4).fill(`/api/generations/${completed.id}`));
    const progress = reports.flatMap((s) => (s.phase === 'running' ? [s.generation.progress] : []));
    expect(progress).toEqual([20, 60, 60, 60]);
    expect(lastState(reports)).toEqual({ phase: 'succeeded', generation: completed });
  });

  test('a generation that fails says why, and that the credits came back', async () => {
    const failed: Generation = demoGeneration({
      status: 'failed',
      billing: 'credits',
      creditsCharged: 3,
      refunded: true,
      error: { code: 'provider_failed', message: 'The provider gave up.' },
    });
    const { client } = scriptedClient();
    const { context, reports } = runContext(client);
    await followGeneration(context, failed);
    expect(reports).toEqual([
      failure('The provider gave up. Your credits were refunded.', ['retry']),
    ]);
  });

  test('a client error while polling is not swallowed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const gone = new ApiError(404, 'not_found', 'No such generation.');
    const { client } = scriptedClient({ fail: gone });
    const { context } = runContext(client);
    const done = followGeneration(context, running(20));
    const outcome = expect(done).rejects.toBe(gone);
    await vi.advanceTimersByTimeAsync(1500);
    await outcome;
  });

  test('stops quietly once the card is gone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, requests } = scriptedClient({ ok: running(60) }, { ok: completed });
    const { context, reports } = runContext(client);
    const done = followGeneration(context, running(20));
    // The card unmounts while the first poll is waiting: that poll's answer is the last.
    context.live.current = false;
    await vi.advanceTimersByTimeAsync(3 * 1500);
    expect((await done).progress).toBe(60);
    expect(requests).toHaveLength(1);
    expect(reports.map((s) => s.phase)).toEqual(['running']);
  });
});
