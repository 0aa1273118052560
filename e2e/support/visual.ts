// Screenshot comparison against committed baselines (e2e/baselines/*.png by default; the
// Storybook pass keeps its own), with a small tolerance for anti-aliasing. On a mismatch the
// actual image and a diff (changed pixels in red over a faded copy of the baseline) are written
// to artifacts/visual/ (or the folder given). With UPDATE_BASELINES=1 the screenshots become the
// new baselines instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const defaultBaselines = resolve(import.meta.dirname, '../baselines');
const repository = resolve(import.meta.dirname, '../..');
const defaultArtifacts = resolve(repository, 'artifacts/visual');
export const updating = process.env.UPDATE_BASELINES === '1';

/** Chromium flags for screenshots: grayscale anti-aliasing and sRGB render the same on every
 * machine of this kind. */
export const repeatableRenderingArgs = [
  '--font-render-hinting=none',
  '--disable-lcd-text',
  '--force-color-profile=srgb',
];

/** Share of pixels allowed to differ (after pixelmatch's per-pixel colour threshold). */
const maxDifferentShare = 0.002;

export interface VisualResult {
  name: string;
  /** Why the screenshot does not match; undefined when it does (or was just recorded). */
  problem?: string;
}

export function compareWithBaseline(
  name: string,
  screenshot: Buffer,
  baselines = defaultBaselines,
  artifacts = defaultArtifacts,
): VisualResult {
  const file = resolve(baselines, `${name}.png`);
  if (!updating && !existsSync(file))
    return { name, problem: `no baseline ${file}: record it with UPDATE_BASELINES=1` };
  const actual = PNG.sync.read(screenshot);
  if (updating) {
    mkdirSync(baselines, { recursive: true });
    writeFileSync(file, PNG.sync.write(actual, { deflateLevel: 9 }));
    return { name };
  }
  const expected = PNG.sync.read(readFileSync(file));
  mkdirSync(artifacts, { recursive: true });
  const save = (suffix: string, png: PNG) =>
    writeFileSync(resolve(artifacts, `${name}.${suffix}.png`), PNG.sync.write(png));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    save('actual', actual);
    return {
      name,
      problem: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
    };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: 0.1,
    alpha: 0.2,
    diffColor: [230, 0, 60],
  });
  const share = different / (actual.width * actual.height);
  if (share <= maxDifferentShare) return { name };
  save('expected', expected);
  save('actual', actual);
  save('diff', diff);
  return {
    name,
    problem: `${different} pixels (${(share * 100).toFixed(2)} %) differ: see ${relative(repository, resolve(artifacts, name))}.{expected,actual,diff}.png`,
  };
}
