import fp from 'fastify-plugin';
import type { AppOptions } from '../../app.ts';
import { createProviderRegistry, type ProviderRegistry } from '../../providers/registry.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The video providers this deployment offers, and SDK clients for them. */
    providers: ProviderRegistry;
  }
}

export default fp<AppOptions>(
  async (fastify, { config }) => {
    fastify.decorate('providers', createProviderRegistry(config));
  },
  { name: 'providers' },
);
