import fp from 'fastify-plugin';
import type { AppOptions } from '../../app.ts';
import { seedDemo } from '../../seed/seed.ts';

/** With SEED_DEMO=1 the demo personas and videos are ensured at every start. */
export default fp<AppOptions>(
  async (fastify, { config }) => {
    if (!config.seedDemo) return;
    fastify.addHook('onReady', async () => {
      const counts = await seedDemo(fastify.db);
      fastify.log.info(counts, 'demo data ensured');
    });
  },
  { name: 'seed', dependencies: ['db'] },
);
