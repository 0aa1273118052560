// The signed-in demo user, kept for the tab's lifetime (sessionStorage): the token the host
// hands to the remote through `getAccessToken`.
import type { DevSessionResult, Persona } from '@scenra/contracts';
import { useSyncExternalStore } from 'react';

const storageKey = 'scenra.session';
const listeners = new Set<() => void>();
let cached: DevSessionResult | null | undefined;

function read(): DevSessionResult | null {
  if (cached !== undefined) return cached;
  try {
    cached = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as DevSessionResult | null;
  } catch {
    cached = null;
  }
  return cached;
}

function write(session: DevSessionResult | null): void {
  cached = session;
  if (session) sessionStorage.setItem(storageKey, JSON.stringify(session));
  else sessionStorage.removeItem(storageKey);
  listeners.forEach((notify) => notify());
}

export function useSession(): DevSessionResult | null {
  return useSyncExternalStore((notify) => {
    listeners.add(notify);
    return () => listeners.delete(notify);
  }, read);
}

export function currentToken(): string {
  const session = read();
  if (!session) throw new Error('Not signed in');
  return session.token;
}

export async function signIn(apiBaseUrl: string, persona: Persona): Promise<DevSessionResult> {
  const response = await fetch(`${apiBaseUrl}/api/dev/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(await errorMessage(response));
  const session = (await response.json()) as DevSessionResult;
  write(session);
  return session;
}

export function signOut(): void {
  write(null);
}

export async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON
  }
  return `The service answered ${response.status}.`;
}
