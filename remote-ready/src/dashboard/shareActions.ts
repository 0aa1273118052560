// What the share & export menu's entries do, loaded on the first use of the menu so the ready
// page's first load stays small.
import {
  videoToMarkdown,
  type ShareExpiryDays,
  type ShareResult,
  type Video,
} from '@scenra/contracts';
import type { ApiClient } from '../api/client.ts';
import { copyText, type CopyOutcome } from './clipboard.ts';
import { saveResponse } from './download.ts';

const videoPath = (video: Video) => `/api/videos/${encodeURIComponent(video.id)}`;

/**
 * Creates the link, or returns the active one. A change of privacy or of "expires / never"
 * asks the service for a new link with the new settings (the old one stops working).
 */
export async function createShareLink(
  client: ApiClient,
  video: Video,
  current: ShareResult | undefined,
  includeSpecs: boolean,
  expiresInDays: ShareExpiryDays,
): Promise<{ share: ShareResult; copied: CopyOutcome }> {
  const expiryChanged = current && (current.expiresAt === null) !== (expiresInDays === null);
  const rotate = Boolean(current && (current.includeSpecs !== includeSpecs || expiryChanged));
  const share = await client.json<ShareResult>(`${videoPath(video)}/share`, {
    method: 'POST',
    body: { includeSpecs, expiresInDays, rotate },
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
