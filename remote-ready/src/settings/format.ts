// Dates on the settings page, in the language of its copy; "never" for a missing one.
import { relativeTime } from '../shared/relativeTime.ts';
import { commonStrings } from '../strings.ts';

export function when(iso: string | null): string {
  return iso ? relativeTime(iso) : commonStrings.never;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
