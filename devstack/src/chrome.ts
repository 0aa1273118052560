// Where the system Chromium is, and the flags it needs on these machines.
// Browsers are never downloaded: Debian's `chromium` (or CHROME_PATH) is used everywhere.
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable to drive. */
export function chromePath(): string {
  const chosen = process.env.CHROME_PATH || candidates.find((p) => existsSync(p));
  if (!chosen || !existsSync(chosen)) {
    throw new Error(
      'No Chromium found. Install Debian\'s "chromium" package (npm test and npm start do it when run as root) or set CHROME_PATH.',
    );
  }
  return chosen;
}

/** Flags for a headless run on a machine with no outside network and, often, running as root. */
export const chromeArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
