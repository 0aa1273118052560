// What each plan does for generation. Explains only: there is no payment in this host.
import { Link } from './Link.tsx';
import { usePageTitle } from '../lib/pageTitle.ts';

export function UpgradePage() {
  usePageTitle('Plans');
  return (
    <>
      <h1>Plans</h1>
      <div className="hs-personas">
        <section className="hs-card">
          <h2>Free</h2>
          <ul>
            <li>Unlimited prompts, copy and “Open in…”</li>
            <li>Generate videos with your own provider API key</li>
            <li>Up to 10 share links a day</li>
          </ul>
          <Link to="/settings/api-keys">Add your own API key</Link>
        </section>
        <section className="hs-card">
          <h2>Premium</h2>
          <ul>
            <li>Generate with Scenra credits, no key needed</li>
            <li>Or use your own key, your choice per video</li>
            <li>Unlimited share links</li>
          </ul>
          <h3>Need more credits?</h3>
          <p>
            Credits are added to your balance by your Scenra account team; until they arrive you can
            generate with your own provider key.
          </p>
          <Link to="/settings/api-keys">Use your own API key</Link>
          <p className="hs-muted">
            Upgrading is handled by your Scenra account team in this demo: no payment is taken here.
          </p>
        </section>
      </div>
      <Link to="/">← Back to your videos</Link>
    </>
  );
}
