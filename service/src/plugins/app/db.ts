import fp from 'fastify-plugin';
import mongoose, { type Connection } from 'mongoose';
import type { AppOptions } from '../../app.ts';
import { modelFactories } from '../../models/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** This app's own MongoDB connection (not mongoose's global one), closed with the app. */
    db: Connection;
  }
}

/**
 * Connects to MongoDB (FerretDB locally). Commands fail fast instead of queueing while the
 * database is away, so requests answer 503 promptly and the driver reconnects by itself.
 */
export default fp<AppOptions>(
  async (fastify, { config }) => {
    const db = mongoose.createConnection(config.mongodbUri, {
      serverSelectionTimeoutMS: 3_000,
      connectTimeoutMS: 3_000,
      socketTimeoutMS: 30_000,
      bufferCommands: false,
      autoIndex: false,
      autoCreate: false,
      maxPoolSize: 20,
    });
    await db.asPromise();
    for (const register of modelFactories) register(db);
    // Unique indexes are what keeps credits, idempotency and shares race-free (FerretDB
    // has no atomic updates), so a missing index must stop the start, not surface later.
    await Promise.all(Object.values(db.models).map((model) => model.createIndexes()));
    fastify.decorate('db', db);
    fastify.addHook('onClose', async () => {
      await db.close(true);
    });
    fastify.log.info({ database: db.name }, 'database connected');
  },
  { name: 'db' },
);

/** True when the database answers a ping within the server-selection timeout. */
export async function isDatabaseUp(db: Connection): Promise<boolean> {
  try {
    await db.db?.admin().ping();
    return db.readyState === 1;
  } catch {
    return false;
  }
}
