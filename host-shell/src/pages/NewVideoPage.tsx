// Step 1 (the brief and the roundtable) belongs to the main Scenra product; this host lists the
// persona's existing videos to start from.
import { Link } from './Link.tsx';
import { usePageTitle } from '../lib/pageTitle.ts';

export function NewVideoPage() {
  usePageTitle('Create another video');
  return (
    <>
      <h1>Create another video</h1>
      <p>
        Writing a new brief happens in the Scenra studio. In this demo, pick one of your existing
        videos to go through the final step again.
      </p>
      <Link className="hs-button" to="/">
        See your videos
      </Link>
    </>
  );
}
