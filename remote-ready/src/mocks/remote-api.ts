// The `api` prop stories give the dashboard and the settings: the Storybook page's own origin
// (MSW answers there) and a demo token, as a host would pass its service URL and session.
import type { RemoteApi } from '@scenra/contracts';

export const mockRemoteApi: RemoteApi = {
  baseUrl: window.location.origin,
  getAccessToken: () => Promise.resolve('demo-access-token'),
};
