// Builds every foreign host once (the e2e global setup calls it), into e2e/.hosts/<variant>/.
import { build } from 'vite';
import { hostConfig, hostVariants } from './vite.config.ts';

export const hostsDist = new URL('../.hosts/', import.meta.url);

export async function buildHosts(): Promise<void> {
  for (const variant of hostVariants) await build(hostConfig(variant));
}
