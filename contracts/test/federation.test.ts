import { describe, expect, it } from 'vitest';
import {
  ApiKeysSettingsProps,
  NavigationTarget,
  VideoReadyDashboardProps,
  isContractCompatible,
  propsShape,
} from '../src/index.ts';

const { problemsOf } = propsShape;

describe('federated props contract', () => {
  const valid = {
    videoId: '65f0c0ffee0000000000abcd',
    api: { baseUrl: 'http://localhost:4000', getAccessToken: async () => 'token' },
    navigate: () => {},
  };

  it('accepts the props a host passes, with or without the optional ones', () => {
    expect(problemsOf(VideoReadyDashboardProps, valid)).toEqual([]);
    const everything = {
      ...valid,
      onEvent: () => {},
      onReady: () => {},
      onError: () => {},
      externalTools: [{ id: 'capcut', label: 'CapCut', url: 'https://www.capcut.com/' }],
    };
    expect(problemsOf(VideoReadyDashboardProps, everything)).toEqual([]);
    expect(problemsOf(ApiKeysSettingsProps, { api: valid.api, navigate: valid.navigate })).toEqual(
      [],
    );
  });

  it('names every field that is wrong, with what it expected and the type it got', () => {
    const problems = problemsOf(VideoReadyDashboardProps, {
      videoId: '',
      api: { baseUrl: 'localhost:4000/api', getAccessToken: 'sk-test-not-a-real-key' },
      navigate: 'nope',
      onError: 42,
      externalTools: [{ id: 'x', label: '', url: 'https://example.test/' }, null],
    });
    expect(problems).toEqual([
      'api.baseUrl: expected an http(s) URL, received string',
      'api.getAccessToken: expected a function, received string',
      'navigate: expected a function, received string',
      'onError: expected a function, received number',
      'videoId: expected a non-empty string, received an empty string',
      'externalTools.0.label: expected a non-empty string, received an empty string',
      'externalTools.1: expected an object, received null',
    ]);
    // A value is named by its type only: a token passed by mistake never reaches an error.
    expect(problems.join(' ')).not.toContain('sk-test');
  });

  it('reports missing props and a missing object at the top', () => {
    expect(problemsOf(ApiKeysSettingsProps, { api: valid.api })).toEqual([
      'navigate: expected a function, received undefined',
    ]);
    expect(problemsOf(ApiKeysSettingsProps, undefined)).toEqual([
      'props: expected an object, received undefined',
    ]);
    expect(problemsOf(VideoReadyDashboardProps, { ...valid, externalTools: {} })).toEqual([
      'externalTools: expected a list, received object',
    ]);
  });

  it('checks a choice against its values', () => {
    expect(problemsOf(NavigationTarget, { name: 'video', videoId: 'v1' })).toEqual([]);
    expect(problemsOf(NavigationTarget, { name: 'home' })).toEqual([
      'name: expected one of "roundtable", "video", "newVideo", "settings.apiKeys", "upgrade", received string',
    ]);
  });

  it('accepts the same major version only', () => {
    expect(isContractCompatible('1.4.0', '1.0.0')).toBe(true);
    expect(isContractCompatible('2.0.0', '1.0.0')).toBe(false);
  });
});
