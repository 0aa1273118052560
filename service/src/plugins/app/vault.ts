import fp from 'fastify-plugin';
import type { AppOptions } from '../../app.ts';
import { Vault } from '../../lib/vault.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** AES-256-GCM sealing of secrets at rest (API keys, share tokens), bound to an AAD. */
    vault: Vault;
  }
}

export default fp<AppOptions>(
  async (fastify, { config }) => {
    fastify.decorate('vault', new Vault(config.encryptionSecrets));
  },
  { name: 'vault' },
);
