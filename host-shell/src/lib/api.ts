// The host's own calls to the service (sign-in list, roundtable, fallback prompt).
import { currentToken, errorMessage, signOut } from './session.ts';

export class HostApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export async function apiGet<T>(baseUrl: string, path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      headers: { authorization: `Bearer ${currentToken()}` },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new HostApiError(0, 'The Scenra service could not be reached.');
  }
  // An expired or foreign token: back to sign-in rather than a page of errors.
  if (response.status === 401) signOut();
  if (!response.ok) throw new HostApiError(response.status, await errorMessage(response));
  return (await response.json()) as T;
}
