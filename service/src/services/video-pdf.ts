import type { Connection } from 'mongoose';
import type { PdfRenderPool } from '../export/pdf/pool.ts';
import { PDF_LAYOUT_VERSION } from '../export/pdf/render.ts';
import { toVideo, type VideoDoc } from '../models/video.ts';
import { videoPdfModel } from '../models/video-pdf.ts';
import { isDuplicateKey } from '../lib/duplicate-key.ts';

/**
 * The video's PDF: the stored one when it has the current layout, else rendered in the pool
 * and stored. Two instances rendering the same video at once both store the same bytes; the
 * second write is harmless, so no lock is needed.
 */
export async function videoPdf(
  deps: { db: Connection; pdfRenderer: PdfRenderPool },
  video: VideoDoc,
): Promise<Buffer> {
  const Pdfs = videoPdfModel(deps.db);
  const stored = await Pdfs.findById(video._id).lean();
  if (stored?.layoutVersion === PDF_LAYOUT_VERSION) return Buffer.from(stored.pdf.buffer);
  const pdf = await deps.pdfRenderer.render(toVideo(video));
  const fields = {
    ownerId: video.ownerId,
    layoutVersion: PDF_LAYOUT_VERSION,
    pdf,
    createdAt: new Date(),
  };
  try {
    if (stored) await Pdfs.replaceOne({ _id: video._id }, fields);
    else await Pdfs.create({ _id: video._id, ...fields });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  return pdf;
}
