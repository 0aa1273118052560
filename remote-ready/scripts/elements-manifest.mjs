// The elements' custom-elements.json (dist/, written by the build from the class JSDoc), for
// Storybook's docs and argTypes: generated on the spot when no build has written it yet, so
// `npm run storybook` works on a fresh checkout.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const manifestPath = fileURLToPath(new URL('../dist/custom-elements.json', import.meta.url));

/** @returns {string} the manifest's JSON text */
export function readElementsManifest() {
  if (!existsSync(manifestPath)) {
    const cem = fileURLToPath(new URL('../../node_modules/.bin/cem', import.meta.url));
    execFileSync(cem, ['analyze', '--config', 'custom-elements-manifest.config.mjs'], {
      cwd: packageRoot,
      stdio: 'inherit',
    });
  }
  return readFileSync(manifestPath, 'utf8');
}
