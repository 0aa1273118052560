/** A satisfiable byte range, both ends inclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Reads an HTTP `Range` header (RFC 9110 §14) for a file of `size` bytes.
 * - `undefined`: no usable Range (absent, another unit, or several ranges) → send the whole file;
 * - `'unsatisfiable'`: → 416 with a `Content-Range` that names the size;
 * - a range: → 206 with those bytes.
 * Several ranges would need multipart/byteranges, which video players never ask for, so they
 * get the whole file, as the RFC allows.
 */
export function parseRange(
  header: string | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, first, last] = match;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return 'unsatisfiable';
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (end < start) return undefined;
  return { start, end };
}
