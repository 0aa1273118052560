import type { VideoSpecs } from './video.ts';

/** The order and wording in which a video's specs are shown to people (page, Markdown, PDF). */
const specLabels: Array<[keyof VideoSpecs, string]> = [
  ['aspectRatio', 'Aspect ratio'],
  ['durationSec', 'Duration'],
  ['resolution', 'Resolution'],
  ['style', 'Style'],
  ['camera', 'Camera'],
  ['lighting', 'Lighting'],
  ['audio', 'Audio'],
  ['mood', 'Mood'],
  ['colorPalette', 'Colour palette'],
];

export interface SpecRow {
  label: string;
  value: string;
}

/** A video's specs as labelled rows, skipping the ones that are not set. */
export function specRows(specs: Partial<VideoSpecs>): SpecRow[] {
  const rows: SpecRow[] = [];
  for (const [key, label] of specLabels) {
    const value = specs[key];
    if (value === undefined || value === null || value === '') continue;
    rows.push({ label, value: key === 'durationSec' ? `${value} s` : String(value) });
  }
  return rows;
}
