import { describe, expect, it } from 'vitest';
import { CreateApiKeyBody, maskKey } from '../src/api-keys.ts';

describe('api keys contract', () => {
  it('masks a key to four dots and its last four characters', () => {
    expect(maskKey('abc1')).toBe('••••abc1');
  });

  it('trims the key and refuses whitespace inside it', () => {
    expect(
      CreateApiKeyBody.parse({ provider: ' sandbox ', apiKey: '\tsk-sandbox-valid-0000 \n' }),
    ).toEqual({ provider: 'sandbox', apiKey: 'sk-sandbox-valid-0000' });
    const inner = CreateApiKeyBody.safeParse({ provider: 'sandbox', apiKey: 'sk-sandbox valid' });
    expect(inner.success).toBe(false);
    expect(inner.error?.issues[0]?.path).toEqual(['apiKey']);
  });

  it('bounds the key length and never quotes the key in an issue', () => {
    const long = 'sk-' + 'x'.repeat(600);
    const result = CreateApiKeyBody.safeParse({ provider: 'sandbox', apiKey: long });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues.map((i) => i.message))).not.toContain('xxxx');
  });
});
