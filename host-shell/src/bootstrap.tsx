// Reads the runtime configuration, then renders the host.
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './sharedLit.ts';
import { App } from './App.tsx';
import { loadConfig } from './lib/config.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);

loadConfig().then(
  // A transition: the first page renders in slices that yield to the browser.
  (config) => startTransition(() => root.render(<App config={config} />)),
  (error: Error) =>
    root.render(
      <main className="hs-main">
        <h1>Scenra could not start</h1>
        <p role="alert">{error.message}</p>
      </main>,
    ),
);
