import { createRoot } from 'react-dom/client';
import { act } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { RemoteApi, propsShape, type RemoteError } from '@scenra/contracts';
import VideoReadyDashboard from '../dashboard/VideoReadyDashboard.tsx';
import ApiKeysSettings from '../settings/ApiKeysSettings.tsx';
import { CheckedModule, useIncompatibleReact } from './exposedModule.tsx';
import { LoadError } from '../ui/LoadError.tsx';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function render(node: React.ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  cleanups.push(() => {
    root.unmount();
    container.remove();
  });
  await act(async () => root.render(node));
  return container;
}

/** The page a module drew, inside the shadow root that isolates it from the host's styles. */
function page(container: HTMLElement): ShadowRoot {
  const shadow = container.querySelector('[data-scenra-isolation]')?.shadowRoot;
  if (!shadow) throw new Error('the module drew no isolated root');
  return shadow;
}

const api = { baseUrl: 'http://localhost:4000', getAccessToken: async () => 'token' };

describe('exposed modules check the props a host passes', () => {
  test('the dashboard names every wrong prop, to the user and to the host', async () => {
    const onError = vi.fn<(error: RemoteError) => void>();
    const props = { videoId: '', api: { baseUrl: 'not a url', getAccessToken: 'token' }, onError };
    // @ts-expect-error -- a host wired wrongly, on purpose
    const container = await render(<VideoReadyDashboard {...props} />);
    const alert = page(container).querySelector('[role="alert"][data-testid="remote-props-error"]');
    expect(alert?.textContent).toMatch(/^The ready page could not start/);
    expect(onError).toHaveBeenCalledTimes(1);
    const reported = onError.mock.calls[0]![0];
    expect(reported.code).toBe('props_invalid');
    for (const field of ['videoId', 'api.baseUrl', 'api.getAccessToken', 'navigate']) {
      expect(alert?.textContent).toContain(`${field}:`);
      expect(reported.message).toContain(`${field}:`);
    }
  });

  test('settings do the same', async () => {
    const onError = vi.fn();
    // @ts-expect-error -- navigate is missing on purpose
    const container = await render(<ApiKeysSettings api={api} onError={onError} />);
    expect(
      page(container).querySelector('[data-testid="remote-props-error"]')?.textContent,
    ).toMatch(/^The settings page could not start .*navigate:/);
    expect(onError).toHaveBeenCalledWith({
      code: 'props_invalid',
      message: expect.stringMatching(/^The settings page could not start.*navigate:/),
    });
  });

  test('a host on React 18 gets one clear error and nothing drawn', async () => {
    const onError = vi.fn();
    const draw = vi.fn(() => <p>page</p>);
    function Exposed() {
      if (useIncompatibleReact(onError, '18.3.1')) return null;
      return draw();
    }
    const container = await render(<Exposed />);
    expect(container.childNodes.length).toBe(0);
    expect(draw).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith({
      code: 'react_incompatible',
      message: expect.stringContaining('React 18.3.1'),
    });
    expect(onError.mock.calls[0]![0].message).toContain('remote_ready/mount');
  });

  test('React 19 and later pass', async () => {
    const onError = vi.fn();
    function Exposed({ version }: { version: string }) {
      return useIncompatibleReact(onError, version) ? null : <p>page</p>;
    }
    const container = await render(
      <>
        <Exposed version="19.0.0" />
        <Exposed version="20.1.0" />
      </>,
    );
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(onError).not.toHaveBeenCalled();
  });

  test('a section that cannot load tells the host too', async () => {
    const onError = vi.fn();
    await render(
      <CheckedModule
        schema={propsShape.object({ api: RemoteApi })}
        props={{ api, onError }}
        pageName="The ready page"
        render={() => (
          <LoadError what="Your video" message="the service is down" onRetry={() => {}} />
        )}
      />,
    );
    expect(onError).toHaveBeenCalledWith({
      code: 'load_failed',
      message: 'Your video: the service is down',
    });
  });
});

describe('exposed modules are isolated from the host page’s styles', () => {
  test('host element rules do not reach the page; --scenra-* tokens do', async () => {
    const container = await render(
      <CheckedModule
        schema={propsShape.object({ api: RemoteApi })}
        props={{ api }}
        pageName="The ready page"
        render={() => (
          <>
            <style>{'.themed{color:var(--scenra-accent,rgb(0, 0, 0))}'}</style>
            <header>
              <h1>Title</h1>
              <a href="#x">link</a>
            </header>
            <button type="button" className="themed">
              Go
            </button>
          </>
        )}
      />,
    );
    const shadow = page(container);
    const styleOf = () =>
      ['header', 'h1', 'a', 'button'].map((tag) => {
        const s = getComputedStyle(shadow.querySelector(tag)!);
        return `${tag}: ${s.color} ${s.backgroundColor} ${s.fontSize} ${s.fontFamily} ${s.padding} ${s.textTransform}`;
      });
    const before = styleOf();
    const hostSheet = document.createElement('style');
    hostSheet.textContent = `
      body{font-family:serif;color:rgb(1, 2, 3);font-size:30px;text-transform:uppercase}
      header{background:rgb(255, 0, 0);padding:40px}
      h1{color:rgb(0, 128, 0);font-size:60px}
      a{color:rgb(255, 0, 255)}
      button{font-size:33px;padding:20px;background:rgb(0, 0, 255)}`;
    document.head.append(hostSheet);
    cleanups.push(() => hostSheet.remove());
    expect(styleOf()).toEqual(before);

    container.style.setProperty('--scenra-accent', 'rgb(12, 34, 56)');
    expect(getComputedStyle(shadow.querySelector('button')!).color).toBe('rgb(12, 34, 56)');
  });
});
