// Line spacing of the PDF export, measured on the rendered file with poppler's pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Video } from '@scenra/contracts';
import { renderVideoPdf } from '#src/export/pdf/render.ts';

const dir = mkdtempSync(join(tmpdir(), 'scenra-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The distinct baselines (yMin) of the lines where `word` appears, top to bottom. */
function lineTops(bbox: string, word: string): number[] {
  const tops = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
    .filter((m) => m[2] === word)
    .map((m) => Number(m[1]));
  return [...new Set(tops.map((t) => Math.round(t * 10) / 10))].sort((a, b) => a - b);
}

const pitch = (tops: number[]) => (tops[tops.length - 1]! - tops[0]!) / (tops.length - 1);

describe('PDF export layout', () => {
  it('sets the concept paragraph at the same line spacing as the prompt (single, 1.5 lines)', async () => {
    const now = new Date().toISOString();
    const video = {
      id: 'v1',
      title: 'Spacing',
      concept: Array(60).fill('concept').join(' '),
      optimizedPrompt: Array(60).fill('scene').join(' '),
      platform: 'youtube',
      specs: { aspectRatio: '16:9', durationSec: 8 },
      hashtags: [],
      createdAt: now,
      updatedAt: now,
    } as unknown as Video;
    const file = join(dir, 'spacing.pdf');
    writeFileSync(file, await renderVideoPdf(video));
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const concept = lineTops(bbox, 'concept');
    const prompt = lineTops(bbox, 'scene');
    expect(concept.length).toBeGreaterThanOrEqual(3);
    expect(prompt.length).toBeGreaterThanOrEqual(3);
    // 10.5–11 pt type at 1.5 lines: about 16 pt from one line to the next, never double.
    expect(pitch(concept)).toBeGreaterThan(14);
    expect(pitch(concept)).toBeLessThan(18);
    expect(Math.abs(pitch(concept) - pitch(prompt))).toBeLessThan(2);
  });
});
