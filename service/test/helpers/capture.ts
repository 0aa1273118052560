import { Writable } from 'node:stream';
import type { Connection } from 'mongoose';

/** A log stream that keeps every line, to prove what never reaches the logs. */
export function captureLogs() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Every raw document of every collection of a database, as one JSON text. */
export async function dumpDatabase(db: Connection): Promise<string> {
  const collections = await db.db!.listCollections().toArray();
  const parts: string[] = [];
  for (const { name } of collections) {
    const docs = await db.db!.collection(name).find({}).toArray();
    parts.push(`${name}: ${JSON.stringify(docs)}`);
  }
  return parts.join('\n');
}
