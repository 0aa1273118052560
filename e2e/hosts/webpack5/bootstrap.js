// A plain-JavaScript host built with webpack 5 and @module-federation/enhanced: no framework,
// so it draws the remote's pages with the framework-neutral `remote_ready/mount`.
// Settings come from the query string: api, manifest, persona, page (ready|settings), video.
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';

const params = () => new URLSearchParams(location.search);
registerRemotes([{ name: 'remote_ready', entry: params().get('manifest') }]);

async function accessToken() {
  const key = `webpack-host.token.${params().get('persona')}`;
  const cached = sessionStorage.getItem(key);
  if (cached) return cached;
  const response = await fetch(`${params().get('api')}/api/dev/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona: params().get('persona') }),
  });
  const { token } = await response.json();
  sessionStorage.setItem(key, token);
  return token;
}

let unmount;
async function show() {
  unmount?.();
  const root = document.getElementById('root');
  const page = params().get('page') ?? 'ready';
  const props = {
    api: { baseUrl: params().get('api'), getAccessToken: accessToken },
    navigate(to) {
      const next = params();
      next.set('page', to.name === 'settings.apiKeys' ? 'settings' : to.name);
      history.pushState(null, '', `?${next}`);
      void show();
    },
    onError(error) {
      const item = document.createElement('li');
      item.dataset.code = error.code;
      item.textContent = error.message;
      document.getElementById('host-errors').append(item);
    },
  };
  const element = document.createElement('section');
  root.replaceChildren(element);
  if (page !== 'ready' && page !== 'settings') {
    element.textContent = `Host page: ${page}`;
    return;
  }
  const pages = await loadRemote('remote_ready/mount');
  unmount =
    page === 'settings'
      ? pages.mountSettings(element, props)
      : pages.mount(element, { ...props, videoId: params().get('video') });
}

addEventListener('popstate', () => void show());
void show();
