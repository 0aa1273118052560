import { z } from 'zod';
import { platformIds } from './platforms.ts';

export { platformLabels } from './platforms.ts';

export const Platform = z.enum(platformIds);
export type Platform = z.infer<typeof Platform>;

const specText = z.string().trim().min(1).max(300);

export const VideoSpecs = z.object({
  aspectRatio: z.string().regex(/^\d{1,2}:\d{1,2}$/, 'like 9:16'),
  durationSec: z.number().int().min(1).max(600),
  resolution: z.string().trim().min(1).max(40),
  style: specText.optional(),
  camera: specText.optional(),
  lighting: specText.optional(),
  audio: specText.optional(),
  mood: specText.optional(),
  colorPalette: specText.optional(),
});
export type VideoSpecs = z.infer<typeof VideoSpecs>;

export const RoundtableMessage = z.object({
  agent: z.string().trim().min(1).max(60),
  role: z.string().trim().min(1).max(80),
  content: z.string().trim().min(1).max(4000),
});
export type RoundtableMessage = z.infer<typeof RoundtableMessage>;

export const Roundtable = z.object({
  messages: z.array(RoundtableMessage).max(50),
  /** True once the agents have synthesized the final prompt. */
  synthesisComplete: z.boolean(),
});
export type Roundtable = z.infer<typeof Roundtable>;

export const Hashtag = z
  .string()
  .regex(/^#[\p{L}\p{N}_]{1,60}$/u, 'a # followed by letters, digits or _');

/** What the host sends to create a video from a brief and the roundtable's result. */
export const CreateVideoBody = z.object({
  title: z.string().trim().min(1).max(120),
  concept: z.string().trim().min(1).max(2000),
  platform: Platform,
  optimizedPrompt: z.string().trim().min(1).max(8000),
  specs: VideoSpecs,
  hashtags: z.array(Hashtag).max(30).default([]),
  roundtable: Roundtable,
});
export type CreateVideoBody = z.input<typeof CreateVideoBody>;

/** The ready dashboard's data for one video (owner only). */
export const Video = z.object({
  id: z.string(),
  title: z.string(),
  concept: z.string(),
  platform: Platform,
  optimizedPrompt: z.string(),
  specs: VideoSpecs,
  hashtags: z.array(z.string()),
  roundtable: Roundtable,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Video = z.infer<typeof Video>;

/** One line of `GET /api/videos` (my videos, newest first). */
export const VideoListItem = z.object({
  id: z.string(),
  title: z.string(),
  platform: Platform,
  createdAt: z.iso.datetime(),
  synthesisComplete: z.boolean(),
});
export type VideoListItem = z.infer<typeof VideoListItem>;
export const VideoList = z.object({ videos: z.array(VideoListItem) });
export type VideoList = z.infer<typeof VideoList>;
