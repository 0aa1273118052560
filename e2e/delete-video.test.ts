// Data lifecycle through the host: a user deletes one of their videos from the settings page,
// and it is gone from the service — its share link with it.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import type { ShareResult, Video } from '@scenra/contracts';
import { apiJson, devSession, readyVideo } from './support/api.ts';
import { newHostContext, signInAs, stackInfo } from './support/browser.ts';

const browser = useBrowser();

describe('deleting a video in settings', () => {
  it('asks first, deletes it through the API, and its share link stops working', async () => {
    // A video of its own, so the seeded ones other flows use stay.
    const { token } = await devSession('byok');
    const { video: seeded } = await readyVideo('byok');
    const { id: _id, createdAt: _c, updatedAt: _u, ...body } = seeded;
    const video = await apiJson<Video>(token, '/api/videos', {
      method: 'POST',
      body: JSON.stringify({ ...body, title: 'A prompt to delete from settings' }),
    });
    const share = await apiJson<ShareResult>(token, `/api/videos/${video.id}/share`, {
      method: 'POST',
      body: JSON.stringify({}),
    });

    const context = await newHostContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'byok');
    await page.goto('/settings/api-keys');
    const item = page.getByTestId('video-item').filter({ hasText: video.title });
    await item.getByRole('button', { name: /^Delete…/ }).click();
    const question = item.getByRole('group', { name: `Delete “${video.title}”?` });
    await question.getByText('share link stops working').waitFor();
    await question.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByTestId('settings-status').getByText('was deleted').waitFor();
    await expect(item.count()).resolves.toBe(0);

    const gone = await fetch(`${stackInfo().service}/api/videos/${video.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(gone.status).toBe(404);
    expect((await fetch(`${stackInfo().service}/share/${share.token}`)).status).toBe(404);
    await context.close();
  });
});
