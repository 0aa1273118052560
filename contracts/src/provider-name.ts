// Plain data, no zod: the dashboard's first paint uses it.

/**
 * A provider's name for use inside a sentence: its label without the qualifier after a dash or
 * in brackets, e.g. "Sandbox — no real video" → "Sandbox", so "your Sandbox key" reads well.
 */
export function providerName(label: string): string {
  const name = label.split(/\s+[—–-]\s+|\s+\(/)[0]?.trim();
  return name || label;
}
