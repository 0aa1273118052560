/// <reference types="@scenra/remote-ready-types/remotes" />
// The host's page logic, whatever its React: registers the remote at runtime from its manifest URL and
// mounts its pages either as React components (`remote_ready/VideoReadyDashboard`,
// `remote_ready/ApiKeysSettings`) or through the framework-neutral `remote_ready/mount`.
// Settings come from the query string: api, manifest, persona, mode (react|mount), page, video.
import type {
  ApiKeysSettingsProps,
  NavigationTarget,
  RemoteError,
  VideoReadyDashboardProps,
} from '@scenra/remote-ready-types';
import type * as ApiKeysSettingsModule from 'remote_ready/ApiKeysSettings';
import type * as MountModule from 'remote_ready/mount';
import type * as VideoReadyDashboardModule from 'remote_ready/VideoReadyDashboard';
import { loadRemote, registerRemotes } from '@module-federation/runtime';
import type { createElement as CreateElement } from 'react';
import type { createRoot as CreateRoot, Root } from 'react-dom/client';

declare const __HOST_VARIANT__: string;

/** The host's own React (19 or 18: each entry passes the one it was built with). */
export interface HostReact {
  version: string;
  createElement: typeof CreateElement;
  createRoot: typeof CreateRoot;
}

const params = () => new URLSearchParams(location.search);
const setting = (name: string) => {
  const value = params().get(name);
  if (!value) throw new Error(`the page needs ?${name}=`);
  return value;
};

let react: HostReact;

async function accessToken(): Promise<string> {
  const persona = setting('persona');
  const key = `foreign-host.token.${persona}`;
  const cached = sessionStorage.getItem(key);
  if (cached) return cached;
  const response = await fetch(`${setting('api')}/api/dev/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  const { token } = (await response.json()) as { token: string };
  sessionStorage.setItem(key, token);
  return token;
}

function navigate(to: NavigationTarget): void {
  const next = params();
  next.set('page', to.name === 'settings.apiKeys' ? 'settings' : to.name);
  if (to.videoId) next.set('video', to.videoId);
  history.pushState(null, '', `?${next}`);
  void show();
}

function reportError(error: RemoteError): void {
  const item = document.createElement('li');
  item.dataset.code = error.code;
  item.textContent = error.message;
  document.getElementById('host-errors')?.append(item);
}

function showLoadError(error: unknown): void {
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.dataset.testid = 'host-load-error';
  alert.textContent = error instanceof Error ? error.message : String(error);
  document.getElementById('root')?.replaceChildren(alert);
}

const settingsProps = (): ApiKeysSettingsProps => ({
  api: { baseUrl: setting('api'), getAccessToken: accessToken },
  navigate,
  onError: reportError,
});
const dashboardProps = (): VideoReadyDashboardProps => ({
  ...settingsProps(),
  videoId: setting('video'),
});

let reactRoot: Root | undefined;
let unmountPage: (() => void) | undefined;

async function show(): Promise<void> {
  const page = params().get('page') ?? 'ready';
  const host = document.getElementById('root')!;
  unmountPage?.();
  unmountPage = undefined;
  reactRoot?.unmount();
  reactRoot = undefined;
  if (page !== 'ready' && page !== 'settings') {
    host.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: `Host page: ${page}` }),
    );
    return;
  }
  try {
    if (params().get('mode') === 'mount') {
      const pages = await loadRemote<typeof MountModule>('remote_ready/mount');
      if (!pages) throw new Error('remote_ready/mount did not load');
      const { mount, mountSettings } = pages;
      const element = document.createElement('section');
      host.replaceChildren(element);
      unmountPage =
        page === 'settings'
          ? mountSettings(element, settingsProps())
          : mount(element, dashboardProps());
      return;
    }
    host.replaceChildren();
    reactRoot = react.createRoot(host);
    if (page === 'settings') {
      const settings = await loadRemote<typeof ApiKeysSettingsModule>(
        'remote_ready/ApiKeysSettings',
      );
      reactRoot.render(react.createElement(settings!.default, settingsProps()));
    } else {
      const dashboard = await loadRemote<typeof VideoReadyDashboardModule>(
        'remote_ready/VideoReadyDashboard',
      );
      reactRoot.render(react.createElement(dashboard!.default, dashboardProps()));
    }
  } catch (error) {
    showLoadError(error);
  }
}

export function startHost(hostReact: HostReact): void {
  react = hostReact;
  document.documentElement.dataset.variant = __HOST_VARIANT__;
  document.documentElement.dataset.hostReact = react.version;
  registerRemotes([{ name: 'remote_ready', entry: setting('manifest') }], { force: true });
  addEventListener('popstate', () => void show());
  void show();
}
