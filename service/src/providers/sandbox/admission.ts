import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  bearerKey,
  SANDBOX_SLOW_MS,
  sandboxBehaviour,
  sandboxRefusal,
  type SandboxBehaviour,
} from './behaviour.ts';

/** Waits, unless the caller hangs up first (then the answer would go nowhere). */
function hang(reply: FastifyReply, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    reply.raw.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * How every sandbox endpoint lets a caller in, as a provider would by its key: a `slow` key
 * hangs until the caller gives up, a refused key gets the provider's error. Returns the key
 * and what it does, or undefined once the answer has been sent (or the caller is gone).
 */
export async function admit(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<{ apiKey: string; behaviour: SandboxBehaviour } | undefined> {
  const apiKey = bearerKey(request.headers.authorization);
  const behaviour = sandboxBehaviour(apiKey);
  if (behaviour === 'slow') {
    await hang(reply, SANDBOX_SLOW_MS);
    // The caller gave up (its timeout): like a real provider that never got to it, do nothing.
    if (reply.raw.destroyed) return undefined;
  }
  const refusal = sandboxRefusal(behaviour);
  if (refusal || !apiKey) {
    const r = refusal ?? sandboxRefusal('invalid')!;
    await reply.code(r.status).headers(r.headers).send(r.body);
    return undefined;
  }
  return { apiKey, behaviour };
}
