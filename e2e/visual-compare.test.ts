// The screenshot comparison itself: a few anti-aliased pixels pass, a changed area fails with a
// diff image. (The baselines are compared in visual.test.ts.)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithBaseline, updating } from './support/visual.ts';

const baselines = resolve(import.meta.dirname, 'baselines');
const name = 'settings-desktop-light';
const copy = mkdtempSync(join(tmpdir(), 'scenra-baselines-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function changed(paint: (png: PNG) => void): Buffer {
  const png = PNG.sync.read(readFileSync(join(baselines, `${name}.png`)));
  paint(png);
  return PNG.sync.write(png);
}

function fill(png: PNG, x0: number, y0: number, size: number): void {
  for (let y = y0; y < y0 + size; y++)
    for (let x = x0; x < x0 + size; x++) {
      const i = (y * png.width + x) * 4;
      png.data.set([200, 0, 0, 255], i);
    }
}

describe.skipIf(updating)('screenshot comparison', () => {
  it('accepts the baseline itself and a handful of changed pixels', () => {
    expect(compareWithBaseline(name, readFileSync(join(baselines, `${name}.png`)))).toEqual({
      name,
    });
    expect(
      compareWithBaseline(
        name,
        changed((png) => fill(png, 10, 10, 3)),
      ),
    ).toEqual({ name });
  });

  it('rejects a changed area and writes the expected and actual images and a diff to artifacts/visual', () => {
    const result = compareWithBaseline(
      name,
      changed((png) => fill(png, 200, 200, 120)),
    );
    expect(result.problem).toMatch(/pixels \([\d.]+ %\) differ/);
    const artifacts = resolve(import.meta.dirname, '../artifacts/visual');
    expect(result.problem).toContain(`artifacts/visual/${name}.{expected,actual,diff}.png`);
    for (const kind of ['expected', 'actual', 'diff']) {
      expect(existsSync(join(artifacts, `${name}.${kind}.png`))).toBe(true);
      rmSync(join(artifacts, `${name}.${kind}.png`));
    }
  });

  it('names a missing baseline and how to record it', () => {
    expect(compareWithBaseline('absent', Buffer.alloc(0), copy).problem).toMatch(
      /^no baseline .*absent\.png: record it with UPDATE_BASELINES=1$/,
    );
  });
});
