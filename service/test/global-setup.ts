import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFerretDB } from '@scenra/devstack/ferretdb';
import { freePort } from '@scenra/devstack/ports';

declare module 'vitest' {
  export interface ProvidedContext {
    /** mongodb:// URI of this run's private database server (no database name). */
    mongoUri: string;
  }
}

/** One private FerretDB for the whole service test run: a temp directory and a free port. */
export default async function setup(project: TestProject) {
  if (process.env.MONGODB_URI) {
    project.provide('mongoUri', process.env.MONGODB_URI.replace(/\/[^/?]*(\?|$)/, '/$1'));
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'scenra-ferretdb-'));
  const ferret = await startFerretDB({ port: await freePort(), dataDir });
  project.provide('mongoUri', ferret.uri.replace(/\/scenra$/, '/'));
  return async () => {
    await ferret.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
