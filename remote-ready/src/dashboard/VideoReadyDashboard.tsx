// Exposed as `remote_ready/VideoReadyDashboard`: the host mounts it at /dashboard/videos/:id/ready.
import { FEDERATION_CONTRACT_VERSION, VideoReadyDashboardProps } from '@scenra/contracts';
import { CheckedModule, useIncompatibleReact } from '../api/exposedModule.tsx';
import { Dashboard } from './Dashboard.tsx';
import { readyStrings } from '../strings.ts';

/** The props contract this build implements; the host refuses an incompatible major. */
export const contractVersion = FEDERATION_CONTRACT_VERSION;

export default function VideoReadyDashboard(props: VideoReadyDashboardProps) {
  // Before any element is created: an older React could not even render the first one.
  if (useIncompatibleReact(props.onError)) return null;
  return (
    <CheckedModule
      schema={VideoReadyDashboardProps}
      props={props}
      pageName={readyStrings.pageName}
      render={(client) => <Dashboard {...props} client={client} />}
    />
  );
}
