// Compile-time check (run by this package's `tsc --noEmit`): the types published for hosts
// (@scenra/remote-ready-types) are exactly the contract the remote checks at mount, and the
// exposed modules export what they declare. Any drift is a type error here.
import type * as Contracts from '@scenra/contracts';
import type * as Published from '@scenra/remote-ready-types';
import type * as Dashboard from '../dashboard/VideoReadyDashboard.tsx';
import type * as Settings from '../settings/ApiKeysSettings.tsx';
import type * as Mount from '../mount/mount.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type PublishedTypesMatchTheContract = [
  Assert<Same<Published.NavigationTarget, Contracts.NavigationTarget>>,
  Assert<Same<Published.RemoteApi, Contracts.RemoteApi>>,
  Assert<Same<Published.ExternalTool, Contracts.ExternalTool>>,
  Assert<Same<Published.AnalyticsEventName, Contracts.AnalyticsEventName>>,
  Assert<Same<Published.AnalyticsEvent, Contracts.AnalyticsEvent>>,
  Assert<Same<Published.RemoteReadyInfo, Contracts.RemoteReadyInfo>>,
  Assert<Same<Published.RemoteErrorCode, Contracts.RemoteErrorCode>>,
  Assert<Same<Published.ApiKeysSettingsProps, Contracts.ApiKeysSettingsProps>>,
  Assert<Same<Published.VideoReadyDashboardProps, Contracts.VideoReadyDashboardProps>>,
  Assert<Same<Published.MountModule['mount'], typeof Mount.mount>>,
  Assert<Same<Published.MountModule['mountSettings'], typeof Mount.mountSettings>>,
  Assert<Same<Parameters<typeof Dashboard.default>[0], Published.VideoReadyDashboardProps>>,
  Assert<Same<Parameters<typeof Settings.default>[0], Published.ApiKeysSettingsProps>>,
  Assert<Same<typeof Published.contractVersion, typeof Contracts.FEDERATION_CONTRACT_VERSION>>,
];
