// The whole stack runs two service instances behind one round-robin address (global setup):
// every other flow already crosses instances; this file checks the balancing itself and the
// counts that instances must share exactly.
import { describe, expect, it } from 'vitest';
import type { ShareList, ShareResult } from '@scenra/contracts';
import { apiJson, readyVideo } from './support/api.ts';
import { stackInfo } from './support/browser.ts';

describe('two service instances behind one address', () => {
  it('sends consecutive requests to both instances', async () => {
    const served = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(`${stackInfo().service}/api/health`);
      expect(response.status).toBe(200);
      served.push(response.headers.get('x-upstream-instance'));
    }
    expect(new Set(served)).toEqual(new Set(['1', '2']));
  });

  it('counts every view of a share link exactly, whichever instance served it', async () => {
    const { token, video } = await readyVideo('premium');
    const share = await apiJson<ShareResult>(token, `/api/videos/${video.id}/share`, {
      method: 'POST',
      body: JSON.stringify({}),
    });
    const before = (await apiJson<ShareList>(token, '/api/user/shares')).shares.find(
      (s) => s.id === share.id,
    )!.views;
    const views = 40;
    await Promise.all(
      Array.from({ length: views }, async () => {
        const response = await fetch(`${stackInfo().service}/share/${share.token}`);
        expect(response.status).toBe(200);
      }),
    );
    await expect
      .poll(
        async () =>
          (await apiJson<ShareList>(token, '/api/user/shares')).shares.find(
            (s) => s.id === share.id,
          )!.views,
        { timeout: 10_000 },
      )
      .toBe(before + views);
  });
});
