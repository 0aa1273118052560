/// <reference types="node" />
// `npm run release -w @scenra/remote-ready -- --to <folder>`: adds this build to a release
// layout (the folder a static host or CDN serves) and points a channel at it.
//   --from <dist>       the build to publish (default: remote-ready/dist)
//   --channel <name>    the channel to point (default: stable); --no-channel points none
//   --keep <n>          retention: keep the n newest releases (and any a channel names)
//   --point <id>        only point the channel at an already published release (rollback)
// Relative paths are taken from where npm was run.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { publishRelease, setChannel } from './release/layout.ts';

const { values } = parseArgs({
  options: {
    to: { type: 'string' },
    from: { type: 'string' },
    channel: { type: 'string', default: 'stable' },
    'no-channel': { type: 'boolean', default: false },
    keep: { type: 'string' },
    point: { type: 'string' },
  },
});

const cwd = process.env.INIT_CWD ?? process.cwd();
if (!values.to) {
  console.error(
    'Say where the layout is: npm run release -w @scenra/remote-ready -- --to <folder>',
  );
  process.exit(64);
}
const to = resolve(cwd, values.to);

try {
  if (values.point) {
    setChannel(to, values.channel, values.point);
    console.info(`channels/${values.channel}.json → ${values.point}`);
  } else {
    const result = publishRelease({
      from: values.from
        ? resolve(cwd, values.from)
        : fileURLToPath(new URL('../dist/', import.meta.url)),
      to,
      channel: values['no-channel'] ? false : values.channel,
      ...(values.keep ? { keep: Number(values.keep) } : {}),
    });
    const { release } = result;
    console.info(
      `${result.added ? 'published' : 'already published'} remote-ready/${release.id}/ ` +
        `(version ${release.version}, contract ${release.contractVersion})`,
    );
    if (result.elements) {
      console.info(
        `elements/${result.elements.version}/ ${result.elements.added ? 'published' : 'unchanged'}`,
      );
    }
    if (!values['no-channel']) console.info(`channels/${values.channel}.json → ${release.id}`);
    for (const id of result.removed) console.info(`removed remote-ready/${id}/ (retention)`);
  }
} catch (error) {
  console.error(`Release failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
