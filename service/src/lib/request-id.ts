import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a caller may send as X-Request-Id: a short token of safe characters (a UUID fits). */
export const REQUEST_ID_SHAPE = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The request's id: the caller's `X-Request-Id` when it has the strict short shape (so a
 * proxy's trace id follows the request), a fresh UUID otherwise. It ends up in log lines and
 * audit rows, so nothing long, multi-line or markup-like is ever taken verbatim.
 */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID_SHAPE.test(given) ? given : randomUUID();
}
