// Starts and stops a private PostgreSQL (Debian's `postgresql` package) for FerretDB's
// PostgreSQL backend: initdb into the data folder on first use, one server per folder, loopback
// only. PostgreSQL refuses to run as root, so under root it runs as the package's `postgres`
// user, which then owns the folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startServerProcess } from './server-process.ts';

const debianRoot = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin folder, or undefined when none is installed. */
export function postgresBinDir(): string | undefined {
  if (process.env.POSTGRES_BIN_DIR) return process.env.POSTGRES_BIN_DIR;
  if (!existsSync(debianRoot)) return undefined;
  const versions = readdirSync(debianRoot)
    .filter((v) => existsSync(join(debianRoot, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  return newest === undefined ? undefined : join(debianRoot, newest, 'bin');
}

/** The uid/gid to run as: ours, or the `postgres` user's when we are root. */
function runAs(dir: string): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
  // The server must reach its folder: let others pass through (not list) the folders above.
  for (let up = dirname(dir); up !== dirname(up); up = dirname(up)) {
    const { mode } = statSync(up);
    if (!(mode & 0o001)) chmodSync(up, (mode & 0o7777) | 0o001);
  }
  return { uid, gid };
}

/**
 * Starts PostgreSQL on 127.0.0.1:`port` with its data in `dataDir` (created by initdb when
 * empty). Durability settings are relaxed: this is a development and test database.
 */
export async function startPostgres({
  port,
  dataDir,
  log = 'ignore',
}: {
  port: number;
  dataDir: string;
  log?: 'inherit' | 'ignore';
}): Promise<{ url: string; stop(): Promise<void> }> {
  const bin = postgresBinDir();
  if (!bin) {
    throw new Error(
      'PostgreSQL is not installed: run `FERRETDB_BACKEND=postgresql node scripts/bootstrap.mjs` (Debian package `postgresql`).',
    );
  }
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const user = runAs(dir);
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    const init = spawnSync(
      join(bin, 'initdb'),
      ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      {
        ...user,
        stdio: ['ignore', log === 'inherit' ? 'inherit' : 'ignore', 'pipe'],
        encoding: 'utf8',
      },
    );
    if (init.status !== 0) throw new Error(`initdb failed in ${dir}: ${init.stderr}`);
  }
  const server = await startServerProcess({
    name: 'PostgreSQL',
    command: join(bin, 'postgres'),
    args: [
      ['-D', dir],
      ['-p', String(port)],
      ['-c', 'listen_addresses=127.0.0.1'],
      ['-c', `unix_socket_directories=${dir}`],
      ['-c', 'fsync=off'],
      ['-c', 'synchronous_commit=off'],
      ['-c', 'full_page_writes=off'],
    ].flat(),
    port,
    log,
    spawnOptions: user,
    // SIGINT is PostgreSQL's "fast" shutdown: it ends open sessions instead of waiting.
    stopSignal: 'SIGINT',
    timeoutMs: 30_000,
  });
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop: server.stop };
}
