// Copying text with the Clipboard API, reporting (not throwing) when the browser refuses, so
// the UI can offer a selectable fallback instead.
export type CopyOutcome = 'copied' | 'blocked';

export async function copyText(text: string): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard?.writeText) return 'blocked';
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'blocked';
  }
}
