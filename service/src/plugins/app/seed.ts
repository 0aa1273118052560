import fp from 'fastify-plugin';
import type { AppOptions } from '../../app.ts';
import { seedDemoKeys } from '../../seed/keys.ts';
import { seedDemo } from '../../seed/seed.ts';

/**
 * With SEED_DEMO=1 the demo personas, their videos, credits and sandbox keys are ensured at
 * every start. The keys need the vault to be sealed and the providers to know the sandbox.
 */
export default fp<AppOptions>(
  async (fastify, { config }) => {
    if (!config.seedDemo) return;
    fastify.addHook('onReady', async () => {
      const counts = await seedDemo(fastify.db);
      const keys = await seedDemoKeys(fastify);
      fastify.log.info({ ...counts, keys }, 'demo data ensured');
    });
  },
  { name: 'seed', dependencies: ['db', 'vault', 'providers'] },
);
