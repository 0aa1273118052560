import { describe, expect, test } from 'vitest';
import { demoGeneration } from '../mocks/fixtures.ts';
import { stateOf } from './generationState.ts';

describe('the generate card opens on the video’s last generation', () => {
  test('none: ready to start', () => {
    expect(stateOf(undefined)).toEqual({ phase: 'idle' });
  });

  test('queued or rendering: followed', () => {
    for (const status of ['queued', 'in_progress'] as const) {
      const generation = demoGeneration({ status });
      expect(stateOf(generation)).toEqual({ phase: 'running', generation });
    }
  });

  test('finished: offered', () => {
    const generation = demoGeneration({ status: 'completed', progress: 100 });
    expect(stateOf(generation)).toEqual({ phase: 'succeeded', generation });
  });

  test('failed on the user’s refused key: update it or pay with credits, never a blind retry', () => {
    const generation = demoGeneration({
      status: 'failed',
      billing: 'byok',
      error: { code: 'provider_auth_failed', message: 'The provider refused your key.' },
    });
    expect(stateOf(generation)).toEqual({
      phase: 'failed',
      message: 'The provider refused your key.',
      recoveries: ['update-key', 'use-credits'],
    });
  });

  test('failed without a reason: the provider is blamed; nothing was charged, so no refund is said', () => {
    const generation = demoGeneration({ status: 'failed', billing: 'credits', refunded: true });
    expect(stateOf(generation)).toEqual({
      phase: 'failed',
      message: 'The provider could not make this video.',
      recoveries: ['retry'],
    });
  });
});
