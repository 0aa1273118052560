import { z } from 'zod';
import type { AnalyticsEvent } from './analytics.ts';

export { FEDERATION_CONTRACT_VERSION, isContractCompatible } from './federation-version.ts';

const fn = <T extends (...args: never[]) => unknown>(name: string) =>
  z.custom<T>((value) => typeof value === 'function', `${name} must be a function`);

export const NavigationTarget = z.object({
  name: z.enum(['roundtable', 'video', 'newVideo', 'settings.apiKeys', 'upgrade']),
  videoId: z.string().optional(),
  /** With `video`: the generation whose result the video page should play (since 1.1.0). */
  generationId: z.string().optional(),
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
  id: z.string().min(1),
  label: z.string().min(1),
  url: z.url(),
});
export type ExternalTool = z.infer<typeof ExternalTool>;

/** Props of `remote_ready/ApiKeysSettings`. */
export const ApiKeysSettingsProps = z.object({
  api: RemoteApi,
  navigate: fn<(to: NavigationTarget) => void>('navigate'),
  onEvent: fn<(event: AnalyticsEvent) => void>('onEvent').optional(),
});
export type ApiKeysSettingsProps = z.infer<typeof ApiKeysSettingsProps>;

/** Props of `remote_ready/VideoReadyDashboard`, checked when it mounts. */
export const VideoReadyDashboardProps = ApiKeysSettingsProps.extend({
  videoId: z.string().min(1),
  /** Destinations for "Open in…"; the remote has sensible defaults when the host gives none. */
  externalTools: z.array(ExternalTool).optional(),
});
export type VideoReadyDashboardProps = z.infer<typeof VideoReadyDashboardProps>;

/** What every exposed module of the remote exports besides its default component. */
export interface FederatedModule {
  contractVersion: string;
}
