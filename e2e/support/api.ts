// Direct calls to the service for test arrangement and for checking what the UI did.
import type { DevSessionResult, Persona, Video } from '@scenra/contracts';
import { stackInfo } from './browser.ts';

export async function devSession(persona: Persona): Promise<DevSessionResult> {
  const response = await fetch(`${stackInfo().service}/api/dev/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(`dev session for ${persona}: ${response.status}`);
  return (await response.json()) as DevSessionResult;
}

export async function apiJson<T>(token: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${stackInfo().service}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** The persona's first seeded video whose roundtable has finished. */
export async function readyVideo(persona: Persona): Promise<{ token: string; video: Video }> {
  const { token } = await devSession(persona);
  const { videos } = await apiJson<{ videos: Array<{ id: string; synthesisComplete: boolean }> }>(
    token,
    '/api/videos',
  );
  const ready = videos.find((v) => v.synthesisComplete);
  if (!ready) throw new Error(`the seed gives ${persona} no finished video`);
  return { token, video: await apiJson<Video>(token, `/api/videos/${ready.id}`) };
}
