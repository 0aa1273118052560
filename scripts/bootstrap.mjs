#!/usr/bin/env node
// Makes a fresh clone runnable: installs npm dependencies (which bring Node 24), the system
// packages the tests and the local run need (Chromium, Redis, poppler, fonts), and builds FerretDB.
// Idempotent and quick when everything is already there. Runs on the machine's own Node (≥ 20),
// so it uses nothing but Node's standard library.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.info(`[setup] ${line}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    console.error(`[setup] failed: ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

const has = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

// 1. npm dependencies, installed only when the lockfile changed since the last install:
// a clean `npm ci` on a fresh clone, an incremental `npm install` over an existing tree.
function ensureNodeModules() {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const digest = createHash('sha256').update(lock).digest('hex');
  const stamp = join(root, 'node_modules', '.scenra-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  const fresh = !existsSync(join(root, 'node_modules', '.bin', 'node'));
  say(`installing npm dependencies (${fresh ? 'npm ci' : 'npm install'})…`);
  run('npm', [fresh ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(stamp, digest);
}

// 2. Debian packages: each entry is skipped when its override variable is set.
const systemPackages = [
  {
    binary: 'chromium',
    pkg: 'chromium',
    skipIf: 'CHROME_PATH',
    why: 'end-to-end and component tests',
  },
  {
    binary: 'redis-server',
    pkg: 'redis-server',
    skipIf: 'REDIS_URL',
    why: 'the shared rate-limit store',
  },
  { binary: 'pdftotext', pkg: 'poppler-utils', why: 'checking PDF exports' },
  {
    // Debian strips ensurepip from python3 unless python3-venv is installed.
    installed: () => ensurepipOfPython() !== undefined,
    pkg: 'python3-venv',
    why: 'the API fuzzer (schemathesis) in its own virtual environment',
  },
  {
    file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    pkg: 'fonts-dejavu-core',
    why: 'PDF export text',
  },
  {
    file: '/usr/share/fonts/opentype/inter/Inter-Regular.otf',
    pkg: 'fonts-inter',
    why: "the pages' typeface, so screenshots compare the same on every machine",
  },
  {
    file: '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf',
    pkg: 'fonts-noto-color-emoji',
    why: 'the action-card icons in browser screenshots, as users see them',
  },
  {
    installed: hasPostgres,
    pkg: 'postgresql',
    // Only for FerretDB's PostgreSQL backend: chosen by FERRETDB_BACKEND, measured by the benchmarks.
    onlyIf: () =>
      !process.env.MONGODB_URI &&
      (process.env.FERRETDB_BACKEND === 'postgresql' || process.argv.includes('--bench')),
    why: "FerretDB's PostgreSQL backend",
  },
];

function hasPostgres() {
  const dir = '/usr/lib/postgresql';
  return existsSync(dir) && readdirSync(dir).some((v) => existsSync(join(dir, v, 'bin/initdb')));
}

function ensureSystemPackages() {
  const isInstalled = (p) =>
    p.installed ? p.installed() : p.binary ? has(p.binary) : existsSync(p.file);
  const missing = systemPackages.filter(
    (p) => !(p.skipIf && process.env[p.skipIf]) && (p.onlyIf?.() ?? true) && !isInstalled(p),
  );
  if (missing.length === 0) return;
  const names = missing.map((p) => p.pkg);
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !has('apt-get')) {
    console.error(
      `[setup] missing system packages: ${names.join(', ')} (${missing.map((p) => p.why).join('; ')}).\n` +
        `[setup] install them, e.g.: sudo apt-get install -y ${names.join(' ')}`,
    );
    process.exit(1);
  }
  say(`installing ${names.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], { env });
}

/** Where this machine's python3 keeps ensurepip (present when `python3 -m venv` works). */
function ensurepipOfPython() {
  const found = spawnSync(
    'python3',
    ['-c', 'import ensurepip, os; print(os.path.dirname(ensurepip.__file__))'],
    {
      encoding: 'utf8',
    },
  );
  return found.status === 0 ? join(found.stdout.trim(), '__init__.py') : undefined;
}

// 3. FerretDB, built once from the Go module proxy (unless MONGODB_URI points elsewhere).
function ensureFerretDB() {
  if (process.env.MONGODB_URI) return;
  if (existsSync(join(root, '.cache/bin/ferretdb'))) return;
  if (!has('go')) {
    console.error(
      '[setup] FerretDB is built from source and needs Go ≥ 1.24 (or set MONGODB_URI to a MongoDB).',
    );
    process.exit(1);
  }
  run('bash', [join(root, 'tools/ferretdb/build.sh')]);
}

// 4. schemathesis (from PyPI, pinned) in the ignored .cache/venv, for the API fuzz pass that
// npm test runs (service/scripts/fuzz.mjs). Skipped when SCHEMATHESIS names another binary.
const SCHEMATHESIS_VERSION = '4.32.5';
function ensureSchemathesis() {
  if (process.env.SCHEMATHESIS) return;
  const venv = join(root, '.cache/venv');
  const stamp = join(venv, '.scenra-schemathesis');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === SCHEMATHESIS_VERSION) return;
  say(`installing schemathesis ${SCHEMATHESIS_VERSION} into .cache/venv…`);
  if (!existsSync(join(venv, 'bin/pip'))) run('python3', ['-m', 'venv', venv]);
  run(join(venv, 'bin/pip'), [
    'install',
    '--quiet',
    '--disable-pip-version-check',
    `schemathesis==${SCHEMATHESIS_VERSION}`,
  ]);
  writeFileSync(stamp, SCHEMATHESIS_VERSION);
}

ensureNodeModules();
ensureSystemPackages();
ensureFerretDB();
ensureSchemathesis();
const node24 = join(root, 'node_modules/.bin/node');
say(`ready (Node ${execFileSync(node24, ['--version']).toString().trim()} for every npm script)`);
