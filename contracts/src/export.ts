import { z } from 'zod';
import { Platform, Roundtable, VideoSpecs, platformLabels, type Video } from './video.ts';

export const ExportFormat = z.enum(['json', 'md', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** `GET /api/videos/:id/export?format=json|md|pdf` */
export const ExportQuery = z.object({ format: ExportFormat });
export type ExportQuery = z.infer<typeof ExportQuery>;

export const VIDEO_EXPORT_FORMAT = 'scenra.video-prompt';
export const VIDEO_EXPORT_SCHEMA_ID = 'https://scenra.dev/schemas/video-export.v1.json';

/**
 * The JSON export, version 1. Readers check `format` and `version` before anything else;
 * a breaking change gets a new version and a new published schema, never an edit of this one.
 */
export const VideoExportV1 = z
  .strictObject({
    format: z.literal(VIDEO_EXPORT_FORMAT),
    version: z.literal(1),
    exportedAt: z.iso.datetime(),
    video: z.strictObject({
      id: z.string().min(1),
      title: z.string(),
      concept: z.string(),
      platform: Platform,
      /** How the platform is named to people, e.g. "TikTok". */
      platformLabel: z.string(),
      optimizedPrompt: z.string(),
      specs: VideoSpecs,
      hashtags: z.array(z.string()),
      roundtable: Roundtable,
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    }),
  })
  .meta({
    title: 'Scenra video prompt export, version 1',
    description:
      'A video prompt exported from Scenra Ready: the optimized prompt, its specs, hashtags and the roundtable that produced it.',
  });
export type VideoExportV1 = z.infer<typeof VideoExportV1>;

/** The published JSON Schema (draft 2020-12) of `VideoExportV1`, generated from the zod schema. */
export const videoExportV1JsonSchema: Record<string, unknown> = {
  $id: VIDEO_EXPORT_SCHEMA_ID,
  ...z.toJSONSchema(VideoExportV1, { target: 'draft-2020-12', io: 'output' }),
};

/** A video as a version 1 export document. */
export function toVideoExport(video: Video, exportedAt: Date): VideoExportV1 {
  return {
    format: VIDEO_EXPORT_FORMAT,
    version: 1,
    exportedAt: exportedAt.toISOString(),
    video: {
      id: video.id,
      title: video.title,
      concept: video.concept,
      platform: video.platform,
      platformLabel: platformLabels[video.platform],
      optimizedPrompt: video.optimizedPrompt,
      specs: video.specs,
      hashtags: video.hashtags,
      roundtable: video.roundtable,
      createdAt: video.createdAt,
      updatedAt: video.updatedAt,
    },
  };
}
