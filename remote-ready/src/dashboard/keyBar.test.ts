import { KeyStatus } from '@scenra/contracts';
import { describe, expect, test } from 'vitest';
import { keySummary } from '../mocks/fixtures.ts';
import { keyBarStatus } from './keyBar.ts';

describe('what the key bar says about the key it shows', () => {
  test.each(KeyStatus.options)('a stored %s key is shown as %s', (status) => {
    expect(keyBarStatus(keySummary({ status }), false)).toBe(status);
  });

  test('no key is none', () => {
    expect(keyBarStatus(undefined, false)).toBe('none');
  });

  test('checking wins while the provider is asked, key or not', () => {
    expect(keyBarStatus(keySummary({ status: 'invalid' }), true)).toBe('checking');
    expect(keyBarStatus(undefined, true)).toBe('checking');
  });
});
