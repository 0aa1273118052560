// What the share & export menu's entries do, loaded on the first use of the menu so the ready
// page's first load stays small.
import '../api/zodConfig.ts'; // first: before the share schemas are built
import {
  ShareConflictDetails,
  videoToMarkdown,
  type CreateShareBody,
  type ShareLink,
  type ShareResult,
  type UpdateShareBody,
  type Video,
} from '@scenra/contracts';
import { ApiError, type ApiClient } from '../api/client.ts';
import { copyText, type CopyOutcome } from './clipboard.ts';
import { saveResponse } from './download.ts';

const videoPath = (video: Video) => `/api/videos/${encodeURIComponent(video.id)}`;

/** What the link shows and how long it lives: the body of `PATCH …/share`. */
export type ShareSettings = UpdateShareBody;

export type CreateOutcome =
  | { kind: 'link'; share: ShareResult; copied: CopyOutcome }
  /** The video's active link has other settings: the user chooses to update it or replace it. */
  | { kind: 'differs'; conflict: ShareConflictDetails };

/**
 * Asks for the link with these settings. The service answers the active link only when it has
 * these very settings, a new link when there is none, and a 409 naming the differences
 * otherwise — never a link that shows something else than what was asked.
 */
export async function createShareLink(
  client: ApiClient,
  video: Video,
  settings: ShareSettings,
): Promise<CreateOutcome> {
  try {
    const share = await client.json<ShareResult>(`${videoPath(video)}/share`, {
      method: 'POST',
      body: { ...settings, rotate: false } satisfies CreateShareBody,
    });
    return { kind: 'link', share, copied: await copyText(share.url) };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'share_settings_differ') {
      const conflict = ShareConflictDetails.safeParse(error.details);
      if (conflict.success) return { kind: 'differs', conflict: conflict.data };
    }
    throw error;
  }
}

/** New settings for the active link, same URL. */
export async function updateShareLink(
  client: ApiClient,
  video: Video,
  settings: ShareSettings,
): Promise<{ share: ShareLink; copied: CopyOutcome }> {
  const share = await client.json<ShareLink>(`${videoPath(video)}/share`, {
    method: 'PATCH',
    body: settings,
  });
  return { share, copied: await copyText(share.url) };
}

/** A new URL with these settings; the old one stops working. */
export async function replaceShareLink(
  client: ApiClient,
  video: Video,
  settings: ShareSettings,
): Promise<{ share: ShareResult; copied: CopyOutcome }> {
  const share = await client.json<ShareResult>(`${videoPath(video)}/share`, {
    method: 'POST',
    body: { ...settings, rotate: true } satisfies CreateShareBody,
  });
  return { share, copied: await copyText(share.url) };
}

export async function revokeShareLink(client: ApiClient, video: Video): Promise<void> {
  await client.json(`${videoPath(video)}/share`, { method: 'DELETE' });
}

/** Downloads the PDF or JSON export; resolves with the file name the browser saves. */
export async function downloadExport(
  client: ApiClient,
  video: Video,
  format: 'pdf' | 'json',
): Promise<string> {
  const response = await client.raw(`${videoPath(video)}/export?format=${format}`);
  return saveResponse(response, `scenra-prompt.${format}`);
}

export async function copyMarkdown(
  video: Video,
  includeSpecs: boolean,
): Promise<{ markdown: string; copied: CopyOutcome }> {
  const markdown = videoToMarkdown(video, { includeSpecs });
  return { markdown, copied: await copyText(markdown) };
}
