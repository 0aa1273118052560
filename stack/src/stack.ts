// Starts the whole local system (FerretDB, the service, the remote's static server, the host's
// server) and stops it again. Used by `npm start` (fixed ports, .data/) and by the end-to-end
// tests (free ports, a temporary data folder).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { freePort } from '@scenra/devstack/ports';
import { startFerretDB } from '@scenra/devstack/ferretdb';
import { startRedis } from '@scenra/devstack/redis';
import { startRoundRobinProxy } from '@scenra/devstack/round-robin-proxy';
import { remoteDist, startRemoteServer } from '@scenra/remote-ready/scripts/serve.ts';
import { publishRelease } from '@scenra/remote-ready/scripts/release/layout.ts';
import { startHostServer } from '@scenra/host-shell/scripts/serve.ts';

/** The service runs from its own package folder, as `npm start -w @scenra/service` would. */
const serviceDir = dirname(createRequire(import.meta.url).resolve('@scenra/service/package.json'));

export interface StackPorts {
  service?: number;
  remote?: number;
  host?: number;
  ferretdb?: number;
}

export interface StackUrls {
  service: string;
  remote: string;
  /** The stable channel file the host reads (`/channels/stable.json`). */
  channel: string;
  /** The manifest of the release this start published. */
  manifest: string;
  host: string;
  mongodb: string;
}

export interface StackOptions {
  ports?: StackPorts;
  dataDir: string;
  /** 'inherit' shows every part's output; a path appends the service's log lines to that file. */
  log?: 'inherit' | 'ignore' | (string & {});
  /** The host name browsers use: 127.0.0.1 (tests) or localhost (npm start). */
  publicHost?: string;
  /** An existing MongoDB instead of a FerretDB of our own (defaults to $MONGODB_URI). */
  mongodbUri?: string;
  remoteTimeoutMs?: number;
  /** Extra service settings, e.g. a shorter SANDBOX_RENDER_MS in tests. */
  serviceEnv?: Record<string, string>;
  /** The remote's release layout (default: `<dataDir>/cdn`); releases accumulate there. */
  releasesDir?: string;
  /** More than 1: that many service instances behind a round-robin proxy, sharing a private Redis. */
  serviceInstances?: number;
}

export interface Stack {
  urls: StackUrls;
  /** The release layout the remote's origin serves. */
  releasesDir: string;
  stop(): Promise<void>;
  /** Takes the remote's origin down (as if its CDN failed) while the rest keeps running. */
  stopRemote(): Promise<void>;
  startRemote(): Promise<void>;
}

type Stop = () => Promise<void> | void;

export async function startStack({
  ports = {},
  dataDir,
  log = 'ignore',
  publicHost = '127.0.0.1',
  mongodbUri = process.env.MONGODB_URI,
  remoteTimeoutMs = 5000,
  serviceEnv = {},
  releasesDir,
  serviceInstances = 1,
}: StackOptions): Promise<Stack> {
  const dir = resolve(dataDir);
  const releases = resolve(releasesDir ?? resolve(dir, 'cdn'));
  mkdirSync(dir, { recursive: true });
  const port = {
    service: ports.service ?? (await freePort()),
    remote: ports.remote ?? (await freePort()),
    host: ports.host ?? (await freePort()),
    ferretdb: ports.ferretdb ?? (await freePort()),
  };
  const url = (p: number) => `http://${publicHost}:${p}`;
  const stops: Stop[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        console.error(`stopping part of the stack failed: ${(error as Error).message}`);
      }
    }
  };

  try {
    let mongodb = mongodbUri;
    if (!mongodb) {
      const ferret = await startFerretDB({
        port: port.ferretdb,
        dataDir: resolve(dir, 'ferretdb'),
        log: log === 'inherit' ? 'inherit' : 'ignore',
      });
      stops.push(ferret.stop);
      mongodb = ferret.uri;
    }

    const hostOrigins = [
      ...new Set([
        url(port.host),
        `http://localhost:${port.host}`,
        `http://127.0.0.1:${port.host}`,
      ]),
    ];
    const env = {
      HOST: '127.0.0.1',
      MONGODB_URI: mongodb,
      NODE_ENV: 'development',
      DEV_AUTH: '1',
      SEED_DEMO: '1',
      CORS_ORIGINS: hostOrigins.join(','),
      // Every instance answers as the one public address (share links, the sandbox provider).
      PUBLIC_URL: url(port.service),
      DATA_DIR: dir,
      ...serviceEnv,
    };
    if (serviceInstances > 1) {
      // Several instances behind one address, as in production: one database, one Redis for
      // the rate limits, and a balancer that sends each request to the next instance.
      const redis = await startRedis();
      stops.push(redis.stop);
      const upstreams: string[] = [];
      // One after another: the first creates the shared development secrets and seeds.
      for (let i = 0; i < serviceInstances; i += 1) {
        const instancePort = await freePort();
        const service = await startService({
          port: instancePort,
          log,
          env: { ...env, PORT: String(instancePort), REDIS_URL: redis.url },
        });
        stops.push(service.stop);
        upstreams.push(`http://127.0.0.1:${instancePort}`);
      }
      const proxy = await startRoundRobinProxy({ port: port.service, upstreams });
      stops.push(proxy.close);
    } else {
      const service = await startService({
        port: port.service,
        log,
        env: { ...env, PORT: String(port.service) },
      });
      stops.push(service.stop);
    }

    // The current build becomes a release beside the ones published before (as a deploy adds
    // it to the CDN), and the stable channel names it. Locally an element changed without a
    // version bump replaces its files; a real layout refuses.
    const { release } = publishRelease({
      from: remoteDist,
      to: releases,
      channel: 'stable',
      keep: 5,
      replaceChangedElements: true,
    });
    const startRemote = () => startRemoteServer({ port: port.remote, root: releases });
    let remote: Awaited<ReturnType<typeof startRemote>> | undefined = await startRemote();
    stops.push(() => remote?.close());

    const channel = `${url(port.remote)}/channels/stable.json`;
    const host = await startHostServer({
      port: port.host,
      apiBaseUrl: url(port.service),
      remoteManifestUrl: channel,
      remoteTimeoutMs,
      showEventLog: true,
    });
    stops.push(host.close);

    return {
      urls: {
        service: url(port.service),
        remote: url(port.remote),
        channel,
        manifest: `${url(port.remote)}/remote-ready/${release.id}/mf-manifest.json`,
        host: url(port.host),
        mongodb,
      },
      releasesDir: releases,
      stop: stopAll,
      async stopRemote() {
        await remote?.close();
        remote = undefined;
      },
      async startRemote() {
        remote ??= await startRemote();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Runs the service as its own Node process and resolves once /api/health reports ready. */
async function startService({
  port,
  env,
  log,
}: {
  port: number;
  env: Record<string, string>;
  log: StackOptions['log'];
}): Promise<{ stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['src/server.ts'], {
    cwd: serviceDir,
    env: { ...process.env, ...env },
    stdio: [
      'ignore',
      log === 'inherit' ? 'inherit' : 'pipe',
      log === 'inherit' ? 'inherit' : 'pipe',
    ],
  });
  // Keep the last lines in memory so a failed start says why.
  const tail: string[] = [];
  const sink =
    typeof log === 'string' && log !== 'inherit' && log !== 'ignore'
      ? createWriteStream(log, { flags: 'a' })
      : undefined;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk) => {
      sink?.write(chunk);
      tail.push(...String(chunk).split('\n').filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - 30));
    });
  }
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `The service exited with code ${child.exitCode} while starting:\n${tail.join('\n')}`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok && ((await response.json()) as { database?: string }).database === 'up')
        break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `The service was not healthy on port ${port} within 60 s:\n${tail.join('\n')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 12_000);
        await exited;
        clearTimeout(killer);
      }
      sink?.end();
    },
  };
}
