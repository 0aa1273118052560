// Exposed as `remote_ready/mount`: the pages for hosts whose React cannot run the React 19
// exposes (React 18, Vue, Angular, plain JS). `mount(element, props)` returns `unmount()` at
// once and draws the page as soon as the standalone build (its own React 19, Lit and the
// pages, fetched from the remote's own origin) has loaded. This module itself is tiny and takes
// nothing from the host's share scope.
import {
  FEDERATION_CONTRACT_VERSION,
  remoteErrorCodes,
  type ApiKeysSettingsProps,
  type RemoteError,
  type VideoReadyDashboardProps,
} from '@scenra/contracts';
import type { MountablePage, PageProps, StandaloneModule } from './pages.ts';

/** File name of the standalone build, relative to the remote's public path (set at build). */
declare const __SCENRA_STANDALONE_FILE__: string;
declare const __webpack_public_path__: string;

/** The props contract this build implements; the host refuses an incompatible major. */
export const contractVersion = FEDERATION_CONTRACT_VERSION;

let standalone: Promise<StandaloneModule> | undefined;

function loadStandalone(): Promise<StandaloneModule> {
  const url = new URL(__SCENRA_STANDALONE_FILE__, new URL(__webpack_public_path__, location.href));
  standalone ??= (import(/* webpackIgnore: true */ url.href) as Promise<StandaloneModule>).catch(
    (error: unknown) => {
      standalone = undefined; // the next mount tries again
      throw error;
    },
  );
  return standalone;
}

function mountWhenLoaded<K extends MountablePage>(
  page: K,
  element: Element,
  props: PageProps[K],
): () => void {
  let unmount: (() => void) | undefined;
  let cancelled = false;
  loadStandalone().then(
    (module) => {
      if (!cancelled) unmount = module.mountPage(page, element, props);
    },
    (error: unknown) => {
      const report: RemoteError = {
        code: remoteErrorCodes.loadFailed,
        message: `The page could not load from ${__webpack_public_path__}: ${error instanceof Error ? error.message : String(error)}`,
      };
      if (typeof props.onError === 'function') props.onError(report);
      else console.error(report.message);
    },
  );
  return () => {
    cancelled = true;
    unmount?.();
    unmount = undefined;
  };
}

/** Draws the Video Ready Dashboard into `element`; call the returned function to remove it. */
export function mount(element: Element, props: VideoReadyDashboardProps): () => void {
  return mountWhenLoaded('dashboard', element, props);
}

/** Draws the API-keys settings into `element`; call the returned function to remove it. */
export function mountSettings(element: Element, props: ApiKeysSettingsProps): () => void {
  return mountWhenLoaded('settings', element, props);
}

export default mount;
