import { renderToBuffer } from '@react-pdf/renderer';
import type { Video } from '@scenra/contracts';
import { videoPdfDocument } from './document.ts';
import { ensurePdfFonts } from './fonts.ts';
import { pdfSafeText } from './text.ts';

/** Renders a video's PDF export (text stays selectable: the font is embedded with its Unicode map). */
export async function renderVideoPdf(video: Video): Promise<Buffer> {
  const hasGlyph = ensurePdfFonts();
  const text = (value: string) => pdfSafeText(value, hasGlyph);
  const specs = Object.fromEntries(
    Object.entries(video.specs).map(([key, value]) => [
      key,
      typeof value === 'string' ? text(value) : value,
    ]),
  ) as Video['specs'];
  return renderToBuffer(
    videoPdfDocument({
      title: text(video.title),
      concept: text(video.concept),
      platform: video.platform,
      optimizedPrompt: text(video.optimizedPrompt),
      specs,
      hashtags: video.hashtags.map(text),
      createdAt: video.createdAt,
    }) as Parameters<typeof renderToBuffer>[0],
  );
}
