// The pages `remote_ready/mount` can draw, and the props each takes.
import type { ApiKeysSettingsProps, VideoReadyDashboardProps } from '@scenra/contracts';

export interface PageProps {
  dashboard: VideoReadyDashboardProps;
  settings: ApiKeysSettingsProps;
}
export type MountablePage = keyof PageProps;

/** What the standalone build exports (src/mount/standalone.tsx). */
export interface StandaloneModule {
  mountPage<K extends MountablePage>(page: K, element: Element, props: PageProps[K]): () => void;
}
