import fp from 'fastify-plugin';
import type { AppOptions } from '../../app.ts';
import { Vault } from '../../lib/vault.ts';
import { seedDemoKeys } from '../../seed/keys.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** AES-256-GCM sealing of secrets at rest (API keys, share tokens), bound to an AAD. */
    vault: Vault;
  }
}

export default fp<AppOptions>(
  async (fastify, { config }) => {
    fastify.decorate('vault', new Vault(config.encryptionSecrets));
    // The demo personas' keys can only be sealed once the vault exists, hence here.
    if (config.seedDemo) {
      fastify.addHook('onReady', async () => {
        const keys = await seedDemoKeys(fastify);
        fastify.log.info({ keys }, 'demo keys ensured');
      });
    }
  },
  { name: 'vault', dependencies: ['db', 'providers'] },
);
