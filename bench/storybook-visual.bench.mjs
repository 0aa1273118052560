// The Storybook pass of `npm test` (.storybook/smoke.mjs), for `npm run bench`: its time with
// the visual comparison (every story screenshot in light and dark, dashboard stories at two
// widths) against the same pass without it (render, play function and axe only), measured in
// this run, and how many stories and screenshots it covers. Builds the static Storybook first
// when it is missing.
// Usage: node bench/storybook-visual.bench.mjs   (or npm run bench -- storybook)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

if (!existsSync(`${root}storybook-static/index.json`)) {
  spawnSync(bin('storybook'), ['build', '--quiet', '-o', 'storybook-static'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** Runs the pass; returns its own summary (stories, screenshots, seconds) and exit status. */
function pass(args) {
  const result = spawnSync(process.execPath, ['.storybook/smoke.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  const summary = result.stdout.match(
    /(\d+) stories, (\d+) screenshots (?:compared|recorded) in ([\d.]+) s/,
  );
  if (!summary) throw new Error(`no summary from the pass:\n${result.stdout}\n${result.stderr}`);
  const [, stories, screenshots, seconds] = summary.map(Number);
  if (result.status !== 0) console.error(result.stderr.trim());
  return { stories, screenshots, seconds, ok: result.status === 0 };
}

const reference = pass(['--no-visual']);
const full = pass([]);
const added = full.seconds - reference.seconds;
console.info(`stories: ${full.stories}; screenshots compared: ${full.screenshots}`);
console.info(`render, play and axe only (reference): ${reference.seconds.toFixed(1)} s`);
console.info(`with the visual comparison:            ${full.seconds.toFixed(1)} s`);
console.info(
  `added by the visual comparison: ${added.toFixed(1)} s (×${(full.seconds / reference.seconds).toFixed(2)} of the reference), ` +
    `${((added * 1000) / full.screenshots).toFixed(0)} ms per screenshot`,
);
if (!reference.ok || !full.ok) {
  console.error('the pass failed: see `npm run test:storybook`');
  process.exit(1);
}
