// The remote's only door to the Scenra service: adds the host's bearer token, turns every
// non-2xx answer into an ApiError carrying the service's `{error:{code,message}}` body.
import type { RemoteApi } from '@scenra/contracts';
import { commonStrings } from '../strings.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** Seconds to wait before retrying, from `Retry-After` on a 429. */
  readonly retryAfterSec: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    details?: unknown,
    retryAfterSec?: number,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfterSec = retryAfterSec;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiClient {
  /** JSON request; resolves with the parsed body (undefined on 204). */
  json<T>(path: string, options?: RequestOptions): Promise<T>;
  /** Raw response for downloads (PDF, Markdown…), already checked for success. */
  raw(path: string, options?: RequestOptions): Promise<Response>;
  /** Absolute URL of an API path, e.g. for a share link or a video file. */
  url(path: string): string;
}

export function createApiClient(api: RemoteApi): ApiClient {
  const base = api.baseUrl.replace(/\/+$/, '');
  const url = (path: string) => `${base}${path}`;

  async function raw(path: string, options: RequestOptions = {}): Promise<Response> {
    const token = await api.getAccessToken();
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      ...options.headers,
    };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url(path), {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError(0, 'network_error', commonStrings.unreachable);
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  return {
    url,
    raw,
    async json<T>(path: string, options?: RequestOptions): Promise<T> {
      const response = await raw(path, options);
      if (response.status === 204) return undefined as T;
      return (await response.json()) as T;
    },
  };
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSec = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    if (body.error?.code && body.error.message) {
      return new ApiError(
        response.status,
        body.error.code,
        body.error.message,
        body.error.details,
        retryAfterSec,
      );
    }
  } catch {
    // Not JSON (a proxy error page, say): fall through to a generic message.
  }
  return new ApiError(
    response.status,
    `http_${response.status}`,
    commonStrings.serviceAnswered(response.status),
    undefined,
    retryAfterSec,
  );
}
