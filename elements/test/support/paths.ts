import { fileURLToPath } from 'node:url';

/** The package folder (elements/). */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
