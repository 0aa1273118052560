import { videoExportV1JsonSchema } from './export.ts';

/** The JSON Schemas contracts publishes under `contracts/schemas/`, by file name. */
export const publishedSchemas: Array<{ file: string; schema: Record<string, unknown> }> = [
  { file: 'video-export.v1.json', schema: videoExportV1JsonSchema },
];
