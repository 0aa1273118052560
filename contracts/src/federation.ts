// zod/mini, not zod: the remote checks its props at mount, on the ready page's first paint,
// and mini's functional API tree-shakes down to the few validators used here.
import * as z from 'zod/mini';
import type { AnalyticsEvent } from './analytics-events.ts';

export {
  FEDERATION_CONTRACT_VERSION,
  isContractCompatible,
  remoteErrorCodes,
  REQUIRED_REACT_MAJOR,
  reactIncompatibleMessage,
  type RemoteErrorCode,
} from './federation-version.ts';

const fn = <T extends (...args: never[]) => unknown>(name: string) =>
  z.custom<T>((value) => typeof value === 'function', { error: `${name} must be a function` });

export const NavigationTarget = z.object({
  name: z.enum(['roundtable', 'video', 'newVideo', 'settings.apiKeys', 'upgrade']),
  videoId: z.optional(z.string()),
  /** With `video`: the generation whose result the video page should play (since 1.1.0). */
  generationId: z.optional(z.string()),
});
export type NavigationTarget = z.infer<typeof NavigationTarget>;

export const RemoteApi = z.object({
  /** Origin (and optional path prefix) of the Scenra service, e.g. `http://localhost:4000`. */
  baseUrl: z.url(),
  getAccessToken: fn<() => Promise<string>>('api.getAccessToken'),
});
export type RemoteApi = z.infer<typeof RemoteApi>;

/** An external video tool "Open in…" can send the user to. */
export const ExternalTool = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  url: z.url(),
});
export type ExternalTool = z.infer<typeof ExternalTool>;

/** What a remote page tells its host once it has drawn its content (since 1.2.0). */
export interface RemoteReadyInfo {
  /** The page's own title; the host owns `document.title` and decides how to show it. */
  title: string;
}

/** A problem the remote reports to its host instead of failing silently (since 1.2.0). */
export interface RemoteError {
  /** One of `remoteErrorCodes`: `props_invalid`, `react_incompatible`, `load_failed`. */
  code: string;
  message: string;
}

/** Props of `remote_ready/ApiKeysSettings`. */
export const ApiKeysSettingsProps = z.object({
  api: RemoteApi,
  navigate: fn<(to: NavigationTarget) => void>('navigate'),
  onEvent: z.optional(fn<(event: AnalyticsEvent) => void>('onEvent')),
  /** Called once the page has drawn its content, with its title (since 1.2.0). */
  onReady: z.optional(fn<(info: RemoteReadyInfo) => void>('onReady')),
  /** Called with every problem the page cannot recover from by itself (since 1.2.0). */
  onError: z.optional(fn<(error: RemoteError) => void>('onError')),
});
export type ApiKeysSettingsProps = z.infer<typeof ApiKeysSettingsProps>;

/** Props of `remote_ready/VideoReadyDashboard`, checked when it mounts. */
export const VideoReadyDashboardProps = z.extend(ApiKeysSettingsProps, {
  videoId: z.string().check(z.minLength(1)),
  /** Destinations for "Open in…"; the remote has sensible defaults when the host gives none. */
  externalTools: z.optional(z.array(ExternalTool)),
});
export type VideoReadyDashboardProps = z.infer<typeof VideoReadyDashboardProps>;

/** What every exposed module of the remote exports besides its default component. */
export interface FederatedModule {
  contractVersion: string;
}
