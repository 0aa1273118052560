// `npm run rotate-keys -w service`: re-encrypts every sealed secret (API keys, share tokens)
// to the active ENCRYPTION_SECRETS version. Safe to interrupt (Ctrl-C) and to run again.
// Exit codes: 0 done, 1 failed, 2 interrupted or rows remain, 78 bad configuration.
import mongoose from 'mongoose';
import { ConfigError, loadConfig } from '../config/index.ts';
import { Vault } from '../lib/vault.ts';
import { modelFactories } from '../models/index.ts';
import { rotateKeys } from '../services/key-rotation.ts';

function parseLimit(argv: string[]): number | undefined {
  const arg = argv.find((a) => a.startsWith('--limit='));
  if (!arg) return undefined;
  const limit = Number(arg.slice('--limit='.length));
  if (!Number.isInteger(limit) || limit < 1)
    throw new ConfigError('--limit must be a positive integer');
  return limit;
}

async function main(): Promise<number> {
  let config;
  let limit;
  try {
    config = loadConfig();
    limit = parseLimit(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78;
    }
    throw error;
  }
  const vault = new Vault(config.encryptionSecrets);
  const stop = new AbortController();
  const onSignal = () => {
    console.error('stopping after the current row; run again to continue');
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const db = mongoose.createConnection(config.mongodbUri, {
    serverSelectionTimeoutMS: 5_000,
    autoIndex: false,
    autoCreate: false,
  });
  try {
    await db.asPromise();
    for (const register of modelFactories) register(db);
    const report = await rotateKeys(db, vault, {
      signal: stop.signal,
      ...(limit ? { limit } : {}),
    });
    console.info(JSON.stringify({ activeVersion: vault.activeVersion, ...report }));
    for (const [name, c] of Object.entries(report)) {
      console.info(
        `${name}: ${c.rotated} re-encrypted, ${c.current} on ${vault.activeVersion}, ${c.remaining} remaining, ${c.unreadable} unreadable, ${c.skipped} skipped`,
      );
    }
    const remaining = Object.values(report).reduce((n, c) => n + c.remaining, 0);
    const unreadable = Object.values(report).reduce((n, c) => n + c.unreadable, 0);
    if (remaining > unreadable) return 2; // interrupted or limited: run again
    console.info(
      unreadable
        ? `Done. ${unreadable} row(s) cannot be decrypted and must be re-entered by their owners.`
        : `Done. Secrets other than ${vault.activeVersion} can now be removed from ENCRYPTION_SECRETS.`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`rotate-keys failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
