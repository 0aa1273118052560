import { describe, expect, it } from 'vitest';
import {
  colors,
  contrastRatio,
  documentCss,
  privateDeclarations,
  publicDeclarations,
  type ColorName,
} from '../src/index.ts';

const schemes = ['light', 'dark'] as const;

// Text colours against every surface they are drawn on, and their required ratio.
const pairs: Array<[ColorName, ColorName, number]> = [
  ['text', 'canvas', 4.5],
  ['text', 'surface', 4.5],
  ['text', 'surface-raised', 4.5],
  ['muted', 'canvas', 4.5],
  ['muted', 'surface', 4.5],
  ['muted', 'surface-raised', 4.5],
  ['accent', 'surface', 4.5],
  ['accent', 'canvas', 4.5],
  ['accent', 'accent-soft', 4.5],
  ['on-accent', 'accent', 4.5],
  ['success', 'surface', 4.5],
  ['success', 'success-soft', 4.5],
  ['warning', 'surface', 4.5],
  ['warning', 'warning-soft', 4.5],
  ['danger', 'surface', 4.5],
  ['danger', 'danger-soft', 4.5],
  ['on-danger', 'danger', 4.5],
  ['premium', 'surface', 4.5],
  ['text', 'danger-soft', 4.5],
  ['text', 'warning-soft', 4.5],
  ['text', 'success-soft', 4.5],
  ['border-strong', 'surface', 3],
  ['focus-ring', 'surface', 3],
  ['focus-ring', 'canvas', 3],
];

describe('design tokens', () => {
  for (const scheme of schemes)
    it.each(pairs)(`${scheme}: %s on %s meets %d:1`, (fg, bg, min) => {
      expect(contrastRatio(colors[fg][scheme], colors[bg][scheme])).toBeGreaterThanOrEqual(min);
    });

  it('one brand violet: the accent and the focus ring of the light scheme are the same colour', () => {
    expect(colors['focus-ring'].light).toBe(colors.accent.light);
  });

  it('declares every colour as a light-dark pair under --scenra-*, and private aliases that defer to it', () => {
    expect(publicDeclarations()).toContain('--scenra-accent:light-dark(#4338ca, #a5b4fc);');
    expect(privateDeclarations()).toContain(
      '--_accent:var(--scenra-accent,light-dark(#4338ca, #a5b4fc));',
    );
    expect(privateDeclarations()).toContain('--_space-4:var(--scenra-space-4,1rem);');
  });

  it('the document stylesheet follows the reader unless the page sets data-theme', () => {
    const css = documentCss();
    expect(css).toContain('color-scheme:var(--scenra-color-scheme,light dark)');
    expect(css).toContain(':root[data-theme=dark]{--scenra-color-scheme:dark}');
  });
});
