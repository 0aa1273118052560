import { createRoot } from 'react-dom/client';
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import VideoReadyDashboard from '../dashboard/VideoReadyDashboard.tsx';
import ApiKeysSettings from '../settings/ApiKeysSettings.tsx';

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((c) => c.remove()));

async function render(node: React.ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  await act(async () => createRoot(container).render(node));
  return container;
}

const api = { baseUrl: 'http://localhost:4000', getAccessToken: async () => 'token' };

describe('exposed modules check the props a host passes', () => {
  test('the dashboard names every wrong prop instead of rendering a broken page', async () => {
    const props = { videoId: '', api: { baseUrl: 'not a url', getAccessToken: 'token' } };
    // @ts-expect-error -- a host wired wrongly, on purpose
    const container = await render(<VideoReadyDashboard {...props} />);
    const alert = container.querySelector('[role="alert"][data-testid="remote-props-error"]');
    expect(alert?.textContent).toMatch(/^The ready page could not start/);
    for (const field of ['videoId', 'api.baseUrl', 'api.getAccessToken', 'navigate']) {
      expect(alert?.textContent).toContain(`${field}:`);
    }
  });

  test('settings do the same', async () => {
    // @ts-expect-error -- navigate is missing on purpose
    const container = await render(<ApiKeysSettings api={api} />);
    expect(container.querySelector('[data-testid="remote-props-error"]')?.textContent).toMatch(
      /^The settings page could not start .*navigate:/,
    );
  });
});
