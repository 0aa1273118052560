import { describe, expect, it } from 'vitest';
import { ensurePdfFonts } from '#src/export/pdf/fonts.ts';
import { pdfSafeText } from '#src/export/pdf/text.ts';

describe('pdfSafeText', () => {
  const hasGlyph = ensurePdfFonts();

  it('keeps accents, typographic quotes, dashes and other scripts untouched', () => {
    const text = 'Café “crème” — à l’aube… naïve Ærø, Ελληνικά, Русский → done';
    expect(pdfSafeText(text, hasGlyph)).toBe(text);
  });

  it('drops emoji the font cannot draw, with their joiners and modifiers, and tidies spaces', () => {
    expect(pdfSafeText('Start 🎬 here 👨‍👩‍👧 and 👍🏽 with 🇫🇷 flags', hasGlyph)).toBe(
      'Start here and with flags',
    );
  });

  it('keeps emoji and symbols the font has', () => {
    expect(pdfSafeText('Coffee ☕ and ✓ and ©', hasGlyph)).toBe('Coffee ☕ and ✓ and ©');
  });

  it('leaves line breaks and double spaces alone when nothing was dropped', () => {
    expect(pdfSafeText('line one\n\nline  two', hasGlyph)).toBe('line one\n\nline  two');
  });
});
