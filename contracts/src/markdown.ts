import { specRows } from './spec-rows.ts';
import { platformLabels, type Video } from './video.ts';

/** What Markdown is made from: a video, or the parts of one a viewer may see. */
export type MarkdownSource = Pick<Video, 'title' | 'platform' | 'optimizedPrompt' | 'createdAt'> &
  Partial<Pick<Video, 'concept' | 'specs' | 'hashtags'>>;

export interface MarkdownOptions {
  /** Include the "Specifications" and "Hashtags" sections (default true). */
  includeSpecs?: boolean;
  /** Include the "Concept" section with the original brief (default true). */
  includeConcept?: boolean;
}

/** Backslash-escapes the characters that would turn plain text into Markdown syntax. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (ch) => `\\${ch}`).replace(/\s*\n\s*/g, ' ');
}

/** A fence longer than any run of backticks inside, so the prompt can never close it early. */
function fenced(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * A video prompt as Markdown: title, platform and date, the prompt in a fenced block (copied
 * verbatim), then the concept, specs table and hashtags. Pure: the service's export and the
 * dashboard's "Copy as Markdown" produce the same text.
 */
export function videoToMarkdown(video: MarkdownSource, options: MarkdownOptions = {}): string {
  const { includeSpecs = true, includeConcept = true } = options;
  const parts: string[] = [
    `# ${escapeInline(video.title)}`,
    `**Platform:** ${platformLabels[video.platform]} · **Created:** ${video.createdAt.slice(0, 10)}`,
    `## Prompt\n\n${fenced(video.optimizedPrompt)}`,
  ];
  if (includeConcept && video.concept) parts.push(`## Concept\n\n${escapeInline(video.concept)}`);
  if (includeSpecs && video.specs) {
    const rows = specRows(video.specs).map(
      ({ label, value }) => `| ${label} | ${escapeInline(value)} |`,
    );
    if (rows.length)
      parts.push(
        ['## Specifications', '', '| Spec | Value |', '| --- | --- |', ...rows].join('\n'),
      );
  }
  if (includeSpecs && video.hashtags?.length)
    parts.push(`## Hashtags\n\n${video.hashtags.join(' ')}`);
  return `${parts.join('\n\n')}\n`;
}
