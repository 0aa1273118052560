/**
 * How the sandbox provider treats a key. It is decided by the key's text alone, so every
 * provider answer can be produced on demand in development and tests (README "Sandbox
 * provider" lists them). `renders-fail` keys authenticate but their video jobs fail.
 */
export type SandboxBehaviour =
  'valid' | 'invalid' | 'restricted' | 'rate-limited' | 'unavailable' | 'slow' | 'renders-fail';

const behaviours: SandboxBehaviour[] = [
  'valid',
  'restricted',
  'rate-limited',
  'unavailable',
  'slow',
  'renders-fail',
];

/** `sk-sandbox-<behaviour>-<anything>`; every other key is unknown to the sandbox (401). */
export function sandboxBehaviour(apiKey: string | undefined): SandboxBehaviour {
  const prefix = 'sk-sandbox-';
  if (!apiKey?.startsWith(prefix)) return 'invalid';
  const rest = apiKey.slice(prefix.length);
  return (
    behaviours.find((b) => rest.startsWith(`${b}-`) && rest.length > b.length + 1) ?? 'invalid'
  );
}

/** The key of an `Authorization: Bearer <key>` header, as the OpenAI SDK sends it. */
export function bearerKey(authorization: string | undefined): string | undefined {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  return match?.[1];
}

/** An OpenAI-style error response: status, headers and body. */
export interface SandboxRefusal {
  status: number;
  headers: Record<string, string>;
  body: { error: { message: string; type: string; code: string | null; param: null } };
}

const refusal = (
  status: number,
  type: string,
  code: string | null,
  message: string,
  headers: Record<string, string> = {},
): SandboxRefusal => ({ status, headers, body: { error: { message, type, code, param: null } } });

/**
 * The answer the sandbox gives *instead of* serving a request for this behaviour, or
 * undefined when the request goes through (`valid`, `renders-fail`; `slow` is handled by
 * the route, which delays). Shared by `/models` and `/videos`.
 */
export function sandboxRefusal(behaviour: SandboxBehaviour): SandboxRefusal | undefined {
  switch (behaviour) {
    case 'invalid':
      return refusal(
        401,
        'invalid_request_error',
        'invalid_api_key',
        'Incorrect API key provided.',
      );
    case 'restricted':
      return refusal(
        403,
        'invalid_request_error',
        'insufficient_permissions',
        'You have insufficient permissions for this operation. Missing scopes: api.model.read.',
      );
    case 'rate-limited':
      return refusal(
        429,
        'requests',
        'rate_limit_exceeded',
        'Rate limit reached. Try again in 20s.',
        {
          'retry-after': '20',
        },
      );
    case 'unavailable':
      return refusal(503, 'server_error', null, 'The sandbox is temporarily unavailable.');
    default:
      return undefined;
  }
}

/** How long a `slow` key's request hangs before answering: longer than any client timeout in use. */
export const SANDBOX_SLOW_MS = 15_000;
