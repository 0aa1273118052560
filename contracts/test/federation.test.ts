import { describe, expect, it } from 'vitest';
import { VideoReadyDashboardProps, isContractCompatible } from '../src/index.ts';

describe('federated props contract', () => {
  const valid = {
    videoId: '65f0c0ffee0000000000abcd',
    api: { baseUrl: 'http://localhost:4000', getAccessToken: async () => 'token' },
    navigate: () => {},
  };

  it('accepts the props a host passes', () => {
    expect(VideoReadyDashboardProps.safeParse(valid).success).toBe(true);
  });

  it('names the field that is wrong', () => {
    const result = VideoReadyDashboardProps.safeParse({ ...valid, navigate: 'nope' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['navigate']);
  });

  it('accepts the same major version only', () => {
    expect(isContractCompatible('1.4.0', '1.0.0')).toBe(true);
    expect(isContractCompatible('2.0.0', '1.0.0')).toBe(false);
  });
});
