// Publishing releases of the remote into the layout the running stack serves, as a deploy
// would: new builds through the real rspack config, then `npm run release`'s own script.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { stackInfo } from './browser.ts';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/**
 * Builds the remote with one visible change: the same source and config, with `from` replaced
 * by `to` in the remote's strings module on its way into the compiler. Returns the build folder.
 */
export async function buildWithHeadline(from: string, to: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'scenra-remote-build-'));
  const loader = join(dir, 'replace-loader.cjs');
  writeFileSync(
    loader,
    `module.exports = function (source) {
  const { from, to } = this.getOptions();
  if (!source.includes(from)) throw new Error('the text to change is not in ' + this.resourcePath);
  return source.replace(from, to);
};\n`,
  );
  const config = join(dir, 'rspack.config.mjs');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(root, 'remote-ready/rspack.config.ts'))};
export default {
  ...base,
  output: { ...base.output, path: ${JSON.stringify(join(dir, 'dist'))} },
  module: {
    ...base.module,
    rules: [
      { test: /[\\\\/]src[\\\\/]strings\\.ts$/, enforce: 'pre', loader: ${JSON.stringify(loader)}, options: ${JSON.stringify({ from, to })} },
      ...base.module.rules,
    ],
  },
};\n`,
  );
  const rspack = join(root, 'node_modules/@rspack/cli/bin/rspack.js');
  await run(process.execPath, [rspack, 'build', '-c', config], {
    cwd: join(root, 'remote-ready'),
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return join(dir, 'dist');
}

/** `npm run release -w @scenra/remote-ready -- --from <build> --to <the stack's layout>`. */
export async function release(from: string): Promise<string> {
  await run(
    process.execPath,
    ['remote-ready/scripts/release.ts', '--from', from, '--to', stackInfo().releasesDir],
    { cwd: root, env: { ...process.env, INIT_CWD: root } },
  );
  return channelRelease();
}

const channelFile = () => join(stackInfo().releasesDir, 'channels/stable.json');

/** The release the stable channel names now. */
export function channelRelease(): string {
  return (JSON.parse(readFileSync(channelFile(), 'utf8')) as { release: string }).release;
}

/** What an operator does to roll back: change the one line of the channel file. */
export function pointChannel(release: string): void {
  const text = readFileSync(channelFile(), 'utf8');
  writeFileSync(channelFile(), text.replace(channelRelease(), release));
}
