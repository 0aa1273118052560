// Plain data, no zod: the dashboard's first paint uses these without loading a schema library.

/** The platforms a video can be made for. */
export const platformIds = [
  'tiktok',
  'instagram_reels',
  'youtube_shorts',
  'youtube',
  'linkedin',
  'x',
] as const;
export type PlatformId = (typeof platformIds)[number];

/** How each platform is named to people. */
export const platformLabels: Record<PlatformId, string> = {
  tiktok: 'TikTok',
  instagram_reels: 'Instagram Reels',
  youtube_shorts: 'YouTube Shorts',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  x: 'X',
};
