import { pipeline, Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** How many redirects a download may follow (each checked against the allowed origins). */
const MAX_REDIRECTS = 3;

/** Why a provider's file was not accepted; the copy is retried later, then given up. */
export type DownloadRefusal =
  'redirect_refused' | 'too_many_redirects' | 'not_a_video' | 'too_large' | 'http_error';

export class ProviderDownloadError extends Error {
  override name = 'ProviderDownloadError';
  readonly reason: DownloadRefusal;
  readonly status: number | undefined;

  constructor(reason: DownloadRefusal, message: string, status?: number) {
    super(message);
    this.reason = reason;
    this.status = status;
  }
}

export interface DownloadOptions {
  /** The provider's API key: sent to the provider's own origin only, never across a redirect. */
  apiKey: string;
  /** Origins besides the URL's own that redirects may lead to (the provider entry's `downloadOrigins`). */
  allowedOrigins: string[];
  maxBytes: number;
  signal: AbortSignal;
}

/**
 * Downloads a provider's file as a stream, on our terms: redirects are followed by hand and
 * only to the provider's own origin or the ones its registry entry names; the answer must say
 * it is a video; and the body may not exceed `maxBytes` (checked against Content-Length first,
 * then counted while it streams, so a lying header does not help).
 */
export async function downloadProviderFile(
  url: string,
  options: DownloadOptions,
): Promise<{ stream: Readable; contentType: string }> {
  const home = new URL(url).origin;
  const allowed = new Set([home, ...options.allowedOrigins.map((o) => new URL(o).origin)]);
  let target = new URL(url);
  for (let hop = 0; ; hop += 1) {
    const response = await fetch(target, {
      redirect: 'manual',
      signal: options.signal,
      headers: target.origin === home ? { authorization: `Bearer ${options.apiKey}` } : {},
    });
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS)
        throw new ProviderDownloadError('too_many_redirects', 'the download redirected too often');
      target = new URL(response.headers.get('location')!, target);
      if (!allowed.has(target.origin)) {
        throw new ProviderDownloadError(
          'redirect_refused',
          `the download redirected to ${target.origin}, which the provider entry does not allow`,
        );
      }
      continue;
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new ProviderDownloadError(
        'http_error',
        `the download answered HTTP ${response.status}`,
        response.status,
      );
    }
    const contentType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (!contentType || !/^video\/[a-z0-9.+-]+$/.test(contentType)) {
      await response.body.cancel();
      throw new ProviderDownloadError(
        'not_a_video',
        `the download is ${contentType ?? 'untyped'}, not a video`,
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body.cancel();
      throw new ProviderDownloadError(
        'too_large',
        `the video is larger than ${options.maxBytes} bytes`,
      );
    }
    const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>, {
      signal: options.signal,
    });
    // pipeline, not pipe: a failing transfer must fail the stream the storage reads.
    const capped = pipeline(body, byteCap(options.maxBytes), () => {});
    return { stream: capped, contentType };
  }
}

/** Passes bytes through until `maxBytes`, then fails the stream. */
function byteCap(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) {
        callback(
          new ProviderDownloadError('too_large', `the video is larger than ${maxBytes} bytes`),
        );
      } else callback(null, chunk);
    },
  });
}
