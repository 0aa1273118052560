/**
 * How many lines each field may take in the PDF. A field's characters are already bounded by
 * the contract, but lines are what the layout engine pays for: 4,000 one-character lines cost
 * far more than one 8,000-character paragraph. The JSON and Markdown exports keep every line.
 */
export const PDF_MAX_LINES = { optimizedPrompt: 150, concept: 40, spec: 4, hashtag: 1 } as const;

/** Runs of blank lines fold into one; past `maxLines` the text stops with a note saying so. */
export function boundLines(text: string, maxLines: number): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .split('\n');
  if (lines.length <= maxLines) return lines.join('\n');
  const rest = lines.length - maxLines;
  return `${lines.slice(0, maxLines).join('\n')}\n… ${rest} more line${rest === 1 ? '' : 's'} in the JSON or Markdown export.`;
}
