// Exposed as `remote_ready/VideoReadyDashboard`: the host mounts it at /dashboard/videos/:id/ready.
import '../api/zodConfig.ts'; // first: before any contract schema is built
import { FEDERATION_CONTRACT_VERSION, VideoReadyDashboardProps } from '@scenra/contracts';
import { useMemo } from 'react';
import { describePropsProblem } from './propsCheck.ts';
import { Dashboard } from './Dashboard.tsx';
import { createApiClient } from '../api/client.ts';

/** The props contract this build implements; the host refuses an incompatible major. */
export const contractVersion = FEDERATION_CONTRACT_VERSION;

export default function VideoReadyDashboard(props: VideoReadyDashboardProps) {
  const problem = describePropsProblem(VideoReadyDashboardProps, props);
  const api = useMemo(() => createApiClient(props.api), [props.api]);
  if (problem) {
    return (
      <div role="alert" data-testid="remote-props-error">
        The ready page could not start because the host passed unexpected settings ({problem}).
      </div>
    );
  }
  return <Dashboard {...props} client={api} />;
}
