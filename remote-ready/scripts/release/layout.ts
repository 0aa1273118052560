/// <reference types="node" />
// The release layout: exactly the folder a static host or CDN serves. Releases are added beside
// the ones already served and never changed; channels name the release hosts load; old releases
// go only through an explicit retention rule, and never while a channel names them.
//
//   channels/<channel>.json          { "release": "<id>" }            revalidated
//   remote-ready/releases.json       every release, newest first        revalidated
//   remote-ready/<id>/               mf-manifest.json (revalidated), remoteEntry.js, hashed chunks
//   elements/index.json              published versions and major aliases
//   elements/<x.y.z>/                scenra-elements.js(.map), custom-elements.json   immutable
//   elements/v<major>/               the newest x.y.z of that major                  short-lived
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { RELEASE_ID } from './cache-policy.ts';

export interface ReleaseEntry {
  id: string;
  /** remote-ready's package version the release was built from. */
  version: string;
  /** The props contract it implements (from its manifest). */
  contractVersion: string;
  publishedAt: string;
}

export interface PublishOptions {
  /** A build of remote-ready (its `dist/`). */
  from: string;
  /** The layout's root folder. */
  to: string;
  /** The channel pointed at the new release; `false` publishes without pointing any. */
  channel?: string | false;
  /** Retention: keep this many newest releases (plus any a channel names); unset keeps all. */
  keep?: number;
  /**
   * Local runs only: rewrite an elements version already published with other bytes (a
   * developer changed an element without bumping the version). A real layout refuses.
   */
  replaceChangedElements?: boolean;
  /** Clock for `publishedAt` (tests). */
  now?: () => Date;
}

export interface PublishResult {
  release: ReleaseEntry;
  /** False when the same build was already published (the id is a hash of its files). */
  added: boolean;
  /** Releases deleted by the retention rule. */
  removed: string[];
  elements?: { version: string; added: boolean };
}

/** Files of a build that belong to the elements bundle rather than to the remote release. */
const ELEMENTS_FILES = new Set(['custom-elements.json']);
/** Build statistics the runtime never reads. */
const BUILD_ONLY_FILES = new Set(['mf-stats.json']);

export function publishRelease(options: PublishOptions): PublishResult {
  const { from, to, channel = 'stable', keep, now = () => new Date() } = options;
  const manifest = readManifest(from);
  const files = remoteFiles(from);
  const id = `${manifest.version}-${hashFiles(from, files).slice(0, 10)}`;

  const folder = join(to, 'remote-ready', id);
  const added = !existsSync(folder);
  if (added) {
    // Copied aside, then renamed into place: a host never sees half a release.
    const partial = join(to, 'remote-ready', `.${id}.partial-${process.pid}`);
    rmSync(partial, { recursive: true, force: true });
    for (const file of files) {
      mkdirSync(dirname(join(partial, file)), { recursive: true });
      cpSync(join(from, file), join(partial, file));
    }
    renameSync(partial, folder);
  }

  const index = readReleases(to);
  let release = index.find((entry) => entry.id === id);
  if (!release) {
    release = {
      id,
      version: manifest.version,
      contractVersion: manifest.contractVersion,
      publishedAt: now().toISOString(),
    };
    index.unshift(release);
  }
  writeJson(join(to, 'remote-ready', 'releases.json'), { releases: index });

  const elements = publishElements(from, to, manifest.version, options.replaceChangedElements);
  if (channel !== false) setChannel(to, channel, id);
  const removed = keep === undefined ? [] : applyRetention(to, keep);
  return { release, added, removed, ...(elements ? { elements } : {}) };
}

/** Points a channel at a published release: a deploy, or a rollback. */
export function setChannel(to: string, channel: string, id: string): void {
  if (!/^[a-z0-9-]+$/.test(channel))
    throw new Error(`"${channel}" is not a channel name (a-z, 0-9, -)`);
  if (!RELEASE_ID.test(id) || !existsSync(join(to, 'remote-ready', id, 'mf-manifest.json'))) {
    throw new Error(`release ${id} is not published in ${to}`);
  }
  writeJson(join(to, 'channels', `${channel}.json`), { release: id });
}

/** The release a channel names, if the channel exists. */
export function readChannel(to: string, channel: string): string | undefined {
  const file = join(to, 'channels', `${channel}.json`);
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { release: string }).release;
}

/** Every published release, newest first. */
export function readReleases(to: string): ReleaseEntry[] {
  const file = join(to, 'remote-ready', 'releases.json');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { releases: ReleaseEntry[] }).releases;
}

/** Deletes releases beyond the `keep` newest, never one a channel names. */
function applyRetention(to: string, keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new Error('keep must be a whole number ≥ 1');
  const named = new Set(channelNames(to).map((channel) => readChannel(to, channel)));
  const index = readReleases(to);
  const removed = index.filter((entry, position) => position >= keep && !named.has(entry.id));
  for (const entry of removed) {
    rmSync(join(to, 'remote-ready', entry.id), { recursive: true, force: true });
  }
  writeJson(join(to, 'remote-ready', 'releases.json'), {
    releases: index.filter((entry) => !removed.includes(entry)),
  });
  return removed.map((entry) => entry.id);
}

function channelNames(to: string): string[] {
  const dir = join(to, 'channels');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length));
}

interface ElementsIndex {
  versions: string[];
  aliases: Record<string, string>;
}

/** Adds `elements/<version>/` (never rewritten) and moves the major alias forward. */
function publishElements(
  from: string,
  to: string,
  version: string,
  replaceChanged = false,
): PublishResult['elements'] {
  const sources = [
    ...listFiles(join(from, 'elements')).map((file) => ({
      src: join(from, 'elements', file),
      name: file,
    })),
    ...[...ELEMENTS_FILES]
      .filter((file) => existsSync(join(from, file)))
      .map((file) => ({ src: join(from, file), name: file })),
  ];
  if (!sources.some((source) => source.name === 'scenra-elements.js')) return undefined;

  const folder = join(to, 'elements', version);
  const same = sources.every(
    (source) =>
      existsSync(join(folder, source.name)) &&
      readFileSync(join(folder, source.name)).equals(readFileSync(source.src)),
  );
  const added = !existsSync(folder);
  if (!added && !same && !replaceChanged) {
    throw new Error(
      `elements ${version} is already published with other content, and published files never change: ` +
        'bump "version" in remote-ready/package.json and build again.',
    );
  }
  const copyTo = (target: string) => {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    for (const source of sources) cpSync(source.src, join(target, source.name));
  };
  if (!same) copyTo(folder);

  const indexFile = join(to, 'elements', 'index.json');
  const index: ElementsIndex = existsSync(indexFile)
    ? (JSON.parse(readFileSync(indexFile, 'utf8')) as ElementsIndex)
    : { versions: [], aliases: {} };
  if (!index.versions.includes(version))
    index.versions = [...index.versions, version].sort(compareVersions);
  const alias = `v${version.split('.')[0]}`;
  const current = index.aliases[alias];
  if (!current || compareVersions(version, current) >= 0) {
    copyTo(join(to, 'elements', alias));
    index.aliases[alias] = version;
  }
  writeJson(indexFile, index);
  return { version, added };
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).slice(0, 3).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

function readManifest(from: string): { version: string; contractVersion: string } {
  const file = join(from, 'mf-manifest.json');
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: build the remote first (npm run build -w @scenra/remote-ready)`,
    );
  }
  const { metaData } = JSON.parse(readFileSync(file, 'utf8')) as {
    metaData: { buildInfo?: { buildVersion?: string }; scenra?: { contractVersion?: string } };
  };
  const version = metaData.buildInfo?.buildVersion;
  const contractVersion = metaData.scenra?.contractVersion;
  if (!version || !contractVersion) {
    throw new Error(
      `${file} names no build version or contract version: is it a remote-ready build?`,
    );
  }
  return { version, contractVersion };
}

/** The build's files that make up the remote release, as sorted relative paths. */
function remoteFiles(from: string): string[] {
  return listFiles(from).filter(
    (file) =>
      !file.startsWith('elements/') && !ELEMENTS_FILES.has(file) && !BUILD_ONLY_FILES.has(file),
  );
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

function hashFiles(dir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dir, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Written aside then renamed, so a reader never gets half a file. */
function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  writeFileSync(partial, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(partial, file);
}
