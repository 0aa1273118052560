// Builds the standalone elements bundle before the browser tests, so the standalone test
// always exercises the current source (a stale or missing bundle must never pass).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildElementsBundle(): void {
  const cwd = fileURLToPath(new URL('../..', import.meta.url));
  const rspack = fileURLToPath(new URL('../../../node_modules/.bin/rspack', import.meta.url));
  execFileSync(rspack, ['build', '-c', 'rspack.elements.config.ts'], { cwd, stdio: 'inherit' });
}
