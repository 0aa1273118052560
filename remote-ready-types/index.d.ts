// Types for hosts of the Scenra Ready federated remote (`remote_ready`), props contract 1.2.
// Framework-neutral: nothing here needs React. The exposed modules themselves are declared in
// `@scenra/remote-ready-types/remotes`. Kept identical to the zod schemas the remote checks its
// props with (a compile-time test in the remote fails on any difference).

/** Where the remote asks the host to go. */
export interface NavigationTarget {
  name: 'roundtable' | 'video' | 'newVideo' | 'settings.apiKeys' | 'upgrade';
  /** With `video` and `settings.apiKeys`: the video concerned. */
  videoId?: string | undefined;
  /** With `video`: the generation whose result the video page should play (since 1.1.0). */
  generationId?: string | undefined;
}

/** How the remote reaches the Scenra service. */
export interface RemoteApi {
  /** Absolute URL of the service (origin and optional path prefix), e.g. `https://api.example.com`. */
  baseUrl: string;
  /** Called before every request; return a fresh token. A 401 is not retried. */
  getAccessToken: () => Promise<string>;
}

/** An external video tool "Open in…" can send the user to. */
export interface ExternalTool {
  id: string;
  label: string;
  /** An absolute http(s) URL. */
  url: string;
}

export type AnalyticsEventName =
  | 'ready_viewed'
  | 'prompt_copied'
  | 'open_external'
  | 'generate_clicked'
  | 'generation_started'
  | 'generation_succeeded'
  | 'generation_failed'
  | 'upgrade_prompt_shown'
  | 'upgrade_clicked'
  | 'api_key_added'
  | 'api_key_removed'
  | 'api_key_validated'
  | 'share_link_created'
  | 'share_link_revoked'
  | 'export_downloaded'
  | 'markdown_copied'
  | 'section_expanded'
  | 'create_another_clicked'
  /** Emitted by the host, not the remote: it showed its own fallback; `reason` says why. */
  | 'remote_fallback_shown';

/** A product analytics event; the host decides where it goes. */
export interface AnalyticsEvent {
  name: AnalyticsEventName;
  videoId?: string;
  /** Small, non-personal facts (e.g. `{ format: "pdf" }`); never a key or a prompt. */
  properties: Record<string, string | number | boolean>;
  /** ISO 8601 time of the event. */
  at: string;
}

/** What a remote page tells its host once it has drawn its content (since 1.2.0). */
export interface RemoteReadyInfo {
  /** The page's own title; the host owns `document.title`. */
  title: string;
}

/** `props_invalid`, `react_incompatible` or `load_failed`; treat unknown codes as `load_failed`. */
export type RemoteErrorCode = 'props_invalid' | 'react_incompatible' | 'load_failed';

/** A problem the remote reports to its host instead of failing silently (since 1.2.0). */
export interface RemoteError {
  code: RemoteErrorCode | (string & {});
  message: string;
}

/** Props of `remote_ready/ApiKeysSettings` (and `mountSettings`). */
export interface ApiKeysSettingsProps {
  api: RemoteApi;
  navigate: (to: NavigationTarget) => void;
  onEvent?: ((event: AnalyticsEvent) => void) | undefined;
  /** Called once the page has drawn its content, with its title (since 1.2.0). */
  onReady?: ((info: RemoteReadyInfo) => void) | undefined;
  /** Called with every problem the page cannot recover from by itself (since 1.2.0). */
  onError?: ((error: RemoteError) => void) | undefined;
}

/** Props of `remote_ready/VideoReadyDashboard` (and `mount`). */
export interface VideoReadyDashboardProps extends ApiKeysSettingsProps {
  /** The video to show; the signed-in user must own it. */
  videoId: string;
  /** Destinations for "Open in…"; sensible defaults when absent. */
  externalTools?: ExternalTool[] | undefined;
}

/** `remote_ready/mount`: the pages with their own React, for any host framework. */
export interface MountModule {
  /** The props contract the remote implements; refuse a major other than yours. */
  contractVersion: string;
  /** Draws the Video Ready Dashboard into `element`; call the returned function to remove it. */
  mount(element: Element, props: VideoReadyDashboardProps): () => void;
  /** Draws the API-keys settings into `element`; call the returned function to remove it. */
  mountSettings(element: Element, props: ApiKeysSettingsProps): () => void;
  default: MountModule['mount'];
}

/** The props contract these types describe. */
export declare const contractVersion: '1.2.0';
