/**
 * An error the API reports to the caller as-is: status, snake_case code, a human sentence
 * and optional details (e.g. which field). Anything else becomes a generic 500.
 */
const brand = Symbol.for('scenra.AppError');

export class AppError extends Error {
  override name = 'AppError';
  readonly [brand] = true;
  readonly statusCode: number;
  readonly code: string;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(
    statusCode: number,
    code: string,
    message: string,
    options: { details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

/** 404 for a resource that does not exist or is not the caller's: never reveal which. */
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found.`);

/** 400 naming one field. */
export const invalidField = (field: string, message: string) =>
  new AppError(400, 'invalid_input', `${field}: ${message}`, { details: [{ field, message }] });

/**
 * Recognises an AppError by its brand rather than `instanceof`: route modules may be loaded
 * by more than one module loader (e.g. autoload under the test runner), each with its own class.
 */
export function isAppError(error: unknown): error is AppError {
  return typeof error === 'object' && error !== null && brand in error;
}
