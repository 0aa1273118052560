import { createHash } from 'node:crypto';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => entities[ch]!);

/** A CSP source allowing exactly this inline `<script>`/`<style>` body. */
export const cspHash = (inline: string) =>
  `'sha256-${createHash('sha256').update(inline, 'utf8').digest('base64')}'`;

/** A strong ETag for a response body. */
export const etagOf = (body: string) =>
  `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 27)}"`;

/** True when the request's If-None-Match already holds this ETag (weak comparison, RFC 9110). */
export function isNotModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
