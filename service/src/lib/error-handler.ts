import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, FieldIssue } from '@scenra/contracts';
import { isAppError } from './errors.ts';
import type { RouteMethods } from './route-methods.ts';

/** Fastify's own client errors, given our codes and sentences. */
const fastifyClientErrors: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The request body is empty; JSON was expected.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_request',
    message: 'The Content-Length header does not match the body.',
  },
};

const databaseErrorNames = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
]);

function isDatabaseUnavailable(error: Error): boolean {
  return (
    databaseErrorNames.has(error.name) ||
    /buffering timed out|client must be connected/i.test(error.message)
  );
}

function send(
  reply: FastifyReply,
  status: number,
  body: ErrorBody,
  headers: Record<string, string> = {},
) {
  return reply.code(status).headers(headers).type('application/json; charset=utf-8').send(body);
}

/** The one error handler: every failure leaves as `{ error: { code, message, details? } }`, never a stack. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const details: FieldIssue[] = error.validation.map((issue) => ({
      field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || where,
      message: issue.message ?? 'is invalid',
    }));
    const first = details[0];
    const message = first ? `${first.field}: ${first.message}` : `The ${where} is invalid.`;
    return send(reply, 400, { error: { code: 'invalid_input', message, details } });
  }
  if (isAppError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return send(reply, error.statusCode, body, error.headers);
  }
  const known = error.code ? fastifyClientErrors[error.code] : undefined;
  if (known)
    return send(reply, known.status, { error: { code: known.code, message: known.message } });
  if (isDatabaseUnavailable(error)) {
    request.log.error(
      { err: { name: error.name, message: error.message } },
      'database unavailable',
    );
    return send(
      reply,
      503,
      {
        error: {
          code: 'database_unavailable',
          message: 'The database is unavailable. Try again shortly.',
        },
      },
      { 'retry-after': '5' },
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, error.statusCode, {
      error: { code: 'invalid_request', message: error.message },
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 500, {
    error: { code: 'internal_error', message: 'Something went wrong on our side. Try again.' },
  });
}

/**
 * Errors the router raises before any route runs (a malformed or over-long URL). Fastify's
 * default body would echo the path, which may hold a share token.
 */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return send(reply, 414, {
      error: { code: 'uri_too_long', message: 'A path parameter is too long.' },
    });
  }
  return send(reply, 400, {
    error: { code: 'invalid_request', message: 'The URL is not valid.' },
  });
}

/**
 * 404 for an unknown path; 405 with `Allow` when the path exists but not with this method.
 * `routes` knows every registered route (fed by an onRoute hook).
 */
export function notFoundHandler(routes: RouteMethods) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    const allowed = routes.allowed(path);
    if (allowed.length > 0) {
      return send(
        reply,
        405,
        {
          error: {
            code: 'method_not_allowed',
            message: `${request.method} is not supported here. Use ${allowed.join(', ')}.`,
          },
        },
        { allow: allowed.join(', ') },
      );
    }
    return send(reply, 404, {
      error: { code: 'route_not_found', message: `No route for ${request.method} ${path}.` },
    });
  };
}
