import { describe, expect, it } from 'vitest';
import { providerName } from '../src/index.ts';

describe('providerName', () => {
  it('drops the qualifier of a label so it reads inside a sentence', () => {
    expect(providerName('Sandbox — no real video')).toBe('Sandbox');
    expect(providerName('Runway (Gen-4)')).toBe('Runway');
    expect(`Using your ${providerName('Sandbox — no real video')} key`).toBe(
      'Using your Sandbox key',
    );
  });
  it('keeps plain labels and hyphenated names whole', () => {
    expect(providerName('OpenAI')).toBe('OpenAI');
    expect(providerName('Kling-AI')).toBe('Kling-AI');
  });
});
