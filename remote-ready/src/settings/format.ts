// Dates on the settings page, in the reader's language; "never" for a missing one.
import { relativeTime } from '../dashboard/relativeTime.ts';

export function when(iso: string | null): string {
  return iso ? relativeTime(iso) : 'never';
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
