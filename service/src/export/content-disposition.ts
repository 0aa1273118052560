const FALLBACK_NAME = 'scenra-prompt';
const MAX_NAME_LENGTH = 100;

/**
 * A file name people will recognise, safe on every OS: no control or bidi-override characters
 * (which can disguise an extension), no path separators or characters Windows refuses.
 */
function safeName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  const clipped = [...cleaned].slice(0, MAX_NAME_LENGTH).join('').trim();
  return clipped || FALLBACK_NAME;
}

/** The same name in plain ASCII for clients that ignore `filename*`: accents dropped, the rest replaced. */
function asciiName(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '')
    .replace(/[‐-―]/g, '-')
    .replace(/[^A-Za-z0-9 ._()'-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s._-]+|[\s._]+$/g, '');
  return ascii || FALLBACK_NAME;
}

/** RFC 8187 value-chars: percent-encode everything but attr-chars. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `Content-Disposition: attachment` for a download named after a title: an ASCII `filename`
 * fallback plus the exact UTF-8 name in `filename*` (RFC 6266), so "Café — été.pdf" survives.
 */
export function attachmentDisposition(title: string, extension: string): string {
  const name = safeName(title);
  return (
    `attachment; filename="${asciiName(name)}.${extension}"; ` +
    `filename*=UTF-8''${encodeExtValue(`${name}.${extension}`)}`
  );
}
