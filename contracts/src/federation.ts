// Not zod: the remote checks its props at mount, on the ready page's first paint, where every
// kilobyte counts (see props-shape.ts).
import type { AnalyticsEvent } from './analytics-events.ts';
import {
  extend,
  fn,
  listOf,
  nonEmptyString,
  object,
  oneOf,
  optional,
  string,
  httpUrl,
  type Infer,
} from './props-shape.ts';

export {
  FEDERATION_CONTRACT_VERSION,
  isContractCompatible,
  remoteErrorCodes,
  REQUIRED_REACT_MAJOR,
  reactIncompatibleMessage,
  type RemoteErrorCode,
} from './federation-version.ts';

export const NavigationTarget = object({
  name: oneOf(['roundtable', 'video', 'newVideo', 'settings.apiKeys', 'upgrade']),
  videoId: optional(string()),
  /** With `video`: the generation whose result the video page should play (since 1.1.0). */
  generationId: optional(string()),
});
export type NavigationTarget = Infer<typeof NavigationTarget>;

export const RemoteApi = object({
  /** Origin (and optional path prefix) of the Scenra service, e.g. `http://localhost:4000`. */
  baseUrl: httpUrl(),
  getAccessToken: fn<() => Promise<string>>(),
});
export type RemoteApi = Infer<typeof RemoteApi>;

/** An external video tool "Open in…" can send the user to. */
export const ExternalTool = object({
  id: nonEmptyString(),
  label: nonEmptyString(),
  url: httpUrl(),
});
export type ExternalTool = Infer<typeof ExternalTool>;

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
export const ApiKeysSettingsProps = object({
  api: RemoteApi,
  navigate: fn<(to: NavigationTarget) => void>(),
  onEvent: optional(fn<(event: AnalyticsEvent) => void>()),
  /** Called once the page has drawn its content, with its title (since 1.2.0). */
  onReady: optional(fn<(info: RemoteReadyInfo) => void>()),
  /** Called with every problem the page cannot recover from by itself (since 1.2.0). */
  onError: optional(fn<(error: RemoteError) => void>()),
});
export type ApiKeysSettingsProps = Infer<typeof ApiKeysSettingsProps>;

/** Props of `remote_ready/VideoReadyDashboard`, checked when it mounts. */
export const VideoReadyDashboardProps = extend(ApiKeysSettingsProps, {
  videoId: nonEmptyString(),
  /** Destinations for "Open in…"; the remote has sensible defaults when the host gives none. */
  externalTools: optional(listOf(ExternalTool)),
});
export type VideoReadyDashboardProps = Infer<typeof VideoReadyDashboardProps>;

/** What every exposed module of the remote exports besides its default component. */
export interface FederatedModule {
  contractVersion: string;
}

/** The rules the props above are written in, for checking them and for hosts' own tests. */
export * as propsShape from './props-shape.ts';
