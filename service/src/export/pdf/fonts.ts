import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Font as PdfFont } from '@react-pdf/renderer';
import { openSync } from 'fontkit';
import { AppError } from '../../lib/errors.ts';

/**
 * DejaVu Sans (Debian's fonts-dejavu-core, installed by scripts/bootstrap.mjs) covers Latin
 * with accents, Greek, Cyrillic, typographic quotes and dashes, and many symbols and emoji.
 * The PDF's built-in Helvetica covers none of these beyond Latin-1.
 */
const fontDir = '/usr/share/fonts/truetype/dejavu';
const files = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
  italic: join(fontDir, 'DejaVuSans-Oblique.ttf'),
};
export const PDF_FONT_FAMILY = 'DejaVu Sans';

let coverage: ((codePoint: number) => boolean) | undefined;

/** Registers the fonts once; afterwards tells whether the body font can draw a code point. */
export function ensurePdfFonts(): (codePoint: number) => boolean {
  if (coverage) return coverage;
  const missing = Object.values(files).filter((file) => !existsSync(file));
  if (missing.length) {
    throw new AppError(
      503,
      'pdf_unavailable',
      'PDF export is unavailable on this server: its font is not installed. Try JSON or Markdown.',
    );
  }
  PdfFont.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: files.regular, fontWeight: 'normal' },
      { src: files.bold, fontWeight: 'bold' },
      { src: files.italic, fontStyle: 'italic' },
    ],
  });
  // Prompts are copied out of the PDF: a hyphen inserted at a line break would change them.
  PdfFont.registerHyphenationCallback((word) => [word]);
  const font = openSync(files.regular);
  coverage = (codePoint) => font.hasGlyphForCodePoint(codePoint);
  return coverage;
}
