import { renderToBuffer } from '@react-pdf/renderer';
import type { Video } from '@scenra/contracts';
import { videoPdfDocument } from './document.ts';
import { ensurePdfFonts } from './fonts.ts';
import { boundLines, PDF_MAX_LINES } from './bounds.ts';
import { pdfSafeText } from './text.ts';

/**
 * The layout's version: stored PDFs of another version are rendered again. Bump it whenever
 * the document's look or content changes.
 */
export const PDF_LAYOUT_VERSION = '2';

/**
 * Renders a video's PDF export (text stays selectable: the font is embedded with its Unicode
 * map). CPU-bound for hundreds of milliseconds: the API calls it through the render pool
 * (`pool.ts`), never on its own event loop.
 */
export async function renderVideoPdf(video: Video): Promise<Buffer> {
  const hasGlyph = ensurePdfFonts();
  const text = (value: string, maxLines: number) =>
    boundLines(pdfSafeText(value, hasGlyph), maxLines);
  const specs = Object.fromEntries(
    Object.entries(video.specs).map(([key, value]) => [
      key,
      typeof value === 'string' ? text(value, PDF_MAX_LINES.spec) : value,
    ]),
  ) as Video['specs'];
  return renderToBuffer(
    videoPdfDocument({
      title: text(video.title, 1),
      concept: text(video.concept, PDF_MAX_LINES.concept),
      platform: video.platform,
      optimizedPrompt: text(video.optimizedPrompt, PDF_MAX_LINES.optimizedPrompt),
      specs,
      hashtags: video.hashtags.map((tag) => text(tag, PDF_MAX_LINES.hashtag)),
      createdAt: video.createdAt,
    }) as Parameters<typeof renderToBuffer>[0],
  );
}
