// The exposed modules of `remote_ready`, for hosts that load them with
// `loadRemote<typeof VideoReadyDashboard>(…)` (`import type * as VideoReadyDashboard from 'remote_ready/VideoReadyDashboard'`) or a static import.
// Add `/// <reference types="@scenra/remote-ready-types/remotes" />` once (or list
// "@scenra/remote-ready-types/remotes" in tsconfig `types`). The React modules need @types/react.

declare module 'remote_ready/VideoReadyDashboard' {
  import type { ComponentType } from 'react';
  import type { VideoReadyDashboardProps } from '@scenra/remote-ready-types';
  export const contractVersion: string;
  /** React 19 only (shared singleton); other hosts use `remote_ready/mount`. */
  const VideoReadyDashboard: ComponentType<VideoReadyDashboardProps>;
  export default VideoReadyDashboard;
}

declare module 'remote_ready/ApiKeysSettings' {
  import type { ComponentType } from 'react';
  import type { ApiKeysSettingsProps } from '@scenra/remote-ready-types';
  export const contractVersion: string;
  /** React 19 only (shared singleton); other hosts use `mountSettings` of `remote_ready/mount`. */
  const ApiKeysSettings: ComponentType<ApiKeysSettingsProps>;
  export default ApiKeysSettings;
}

declare module 'remote_ready/mount' {
  import type { MountModule } from '@scenra/remote-ready-types';
  export const contractVersion: MountModule['contractVersion'];
  export const mount: MountModule['mount'];
  export const mountSettings: MountModule['mountSettings'];
  export default mount;
}
