import { afterEach, describe, expect, test, vi } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { defineScenraElement } from './define-element.ts';
import { ScenraElement } from './scenra-element.ts';
import '../toast/define.ts';

/** A stand-in for the same element shipped by another release of the elements. */
const release = (version: string) =>
  class extends HTMLElement {
    static readonly version = version;
  };

afterEach(() => vi.restoreAllMocks());

describe('element versions', () => {
  test('every element class carries the version of remote-ready/package.json', () => {
    expect(ScenraElement.version).toBe(packageJson.version);
    expect((customElements.get('scenra-toast') as unknown as { version: string }).version).toBe(
      packageJson.version,
    );
  });

  test('a second copy of the same major keeps the first definition without a word', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = release('1.0.0');
    defineScenraElement('scenra-test-same-major', first);
    defineScenraElement('scenra-test-same-major', release('1.4.2'));
    expect(customElements.get('scenra-test-same-major')).toBe(first);
    expect(warn).not.toHaveBeenCalled();
  });

  test('a copy of another major warns once, naming both versions', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = release('1.0.0');
    defineScenraElement('scenra-test-a', first);
    defineScenraElement('scenra-test-b', release('1.0.0'));
    defineScenraElement('scenra-test-a', release('2.1.0'));
    defineScenraElement('scenra-test-b', release('2.1.0'));
    expect(customElements.get('scenra-test-a')).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(
      /Scenra elements 2\.1\.0: <scenra-test-a> is already defined by Scenra elements 1\.0\.0/,
    );
  });
});
