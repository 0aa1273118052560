// Starts the stack once for the e2e project, in a temporary data folder, and hands the URLs to
// the tests. A small control endpoint lets a test take the remote's origin down and bring it back.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '@scenra/stack';
import { freePort } from '@scenra/devstack/ports';
import type { StackInfo } from './stackInfo.ts';
import { buildHosts } from '../hosts/build.ts';
import { serveHosts } from '../hosts/serve.ts';

const root = resolve(import.meta.dirname, '../..');
const requiredBuilds = [
  'remote-ready/dist/mf-manifest.json',
  'remote-ready/dist/remoteEntry.js',
  'host-shell/dist/index.html',
];

export default async function setup(project: TestProject) {
  const missing = requiredBuilds.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end tests run against the production builds, which are missing (${missing.join(', ')}). ` +
        'Run "npm run build" (npm test does it before vitest) and try again.',
    );
  }
  // The foreign hosts (another bundler, another React) are built once for the whole run.
  buildHosts();
  const dataDir = mkdtempSync(join(tmpdir(), 'scenra-e2e-'));
  const serviceLog = join(dataDir, 'service.log');
  const hostPort = await freePort();
  const foreignHosts = await serveHosts(await freePort());
  let stack: Awaited<ReturnType<typeof startStack>>;
  try {
    // A short sandbox render keeps the generation flows quick; the protocol is the same. Two
    // service instances behind one round-robin address: every flow crosses instances.
    stack = await startStack({
      dataDir,
      log: serviceLog,
      ports: { host: hostPort },
      serviceInstances: 2,
      serviceEnv: {
        SANDBOX_RENDER_MS: '1500',
        // The service lets the foreign hosts' origin call it too, as an operator would.
        CORS_ORIGINS: [
          `http://127.0.0.1:${hostPort}`,
          `http://localhost:${hostPort}`,
          foreignHosts.url,
        ].join(','),
      },
    });
  } catch (error) {
    await foreignHosts.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  const control: Server = createServer((request, response) => {
    const action = request.method === 'POST' ? request.url : undefined;
    const run =
      action === '/remote/stop'
        ? stack.stopRemote()
        : action === '/remote/start'
          ? stack.startRemote()
          : undefined;
    if (!run) {
      response.writeHead(404).end();
      return;
    }
    run.then(
      () => response.writeHead(204).end(),
      (error: Error) => response.writeHead(500).end(error.message),
    );
  });
  const controlPort = await freePort();
  await new Promise<void>((listening) => control.listen(controlPort, '127.0.0.1', listening));

  const info: StackInfo = {
    ...stack.urls,
    releasesDir: stack.releasesDir,
    control: `http://127.0.0.1:${controlPort}`,
    serviceLog,
    foreignHosts: foreignHosts.url,
  };
  project.provide('stack', info);

  return async () => {
    await new Promise((closed) => control.close(closed));
    await stack.stop();
    await foreignHosts.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
