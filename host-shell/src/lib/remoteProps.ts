// The pieces of the federated props contract every remote page gets from this host.
import type {
  AnalyticsEvent,
  NavigationTarget,
  RemoteApi,
  RemoteReadyInfo,
} from '@scenra/contracts';
import { useMemo } from 'react';
import { currentToken } from './session.ts';
import { navigateTo, pathFor } from './router.ts';
import { recordEvent } from './eventLog.ts';
import { pageReady } from './pageTitle.ts';

export interface CommonRemoteProps {
  api: RemoteApi;
  navigate(to: NavigationTarget): void;
  onEvent(event: AnalyticsEvent): void;
  onReady(info: RemoteReadyInfo): void;
}

export function useCommonRemoteProps(apiBaseUrl: string): CommonRemoteProps {
  return useMemo(
    () => ({
      api: { baseUrl: apiBaseUrl, getAccessToken: async () => currentToken() },
      navigate: (to: NavigationTarget) => navigateTo(pathFor(to)),
      onEvent: recordEvent,
      onReady: (info: RemoteReadyInfo) => pageReady(info.title),
    }),
    [apiBaseUrl],
  );
}
