import { Document, Page, Path, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { createElement as h, type ReactElement } from 'react';
import { platformLabels, specRows, type Video } from '@scenra/contracts';
import { PDF_FONT_FAMILY } from './fonts.ts';

/** Scenra's colours (the host and the dashboard use the same ones). */
const brand = {
  violet: '#4a2fd6',
  ink: '#14121f',
  muted: '#5c5a6b',
  border: '#dcd9e8',
  wash: '#f7f6fb',
};

const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT_FAMILY,
    fontSize: 10.5,
    color: brand.ink,
    paddingTop: 64,
    paddingBottom: 56,
    paddingHorizontal: 48,
  },
  header: {
    position: 'absolute',
    top: 24,
    left: 48,
    right: 48,
    flexDirection: 'row',
    alignItems: 'center',
    justifyContent: 'space-between',
    paddingBottom: 8,
    borderBottomWidth: 1,
    borderBottomColor: brand.border,
  },
  brandRow: { flexDirection: 'row', alignItems: 'center' },
  wordmark: { fontSize: 14, fontWeight: 'bold', color: brand.violet, marginLeft: 6 },
  headerNote: { fontSize: 9, color: brand.muted },
  title: { fontSize: 22, fontWeight: 'bold', lineHeight: 1.25, marginBottom: 4 },
  meta: { fontSize: 10, color: brand.muted, marginBottom: 18 },
  heading: {
    fontSize: 12,
    fontWeight: 'bold',
    color: brand.violet,
    marginTop: 16,
    marginBottom: 6,
  },
  promptBox: {
    backgroundColor: brand.wash,
    borderLeftWidth: 3,
    borderLeftColor: brand.violet,
    paddingVertical: 10,
    paddingHorizontal: 12,
  },
  // lineHeight is set per text: on the page it would be inherited by the fixed footer,
  // which react-pdf then fails to place.
  body: { fontSize: 10.5, lineHeight: 1.5 },
  prompt: { fontSize: 11, lineHeight: 1.5 },
  row: {
    flexDirection: 'row',
    borderBottomWidth: 1,
    borderBottomColor: brand.border,
    paddingVertical: 4,
  },
  label: { width: '30%', fontWeight: 'bold', color: brand.muted },
  value: { width: '70%' },
  hashtags: { color: brand.violet },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 8.5,
    color: brand.muted,
  },
});

/** The Scenra mark: a violet rounded square with a play triangle. */
function mark(): ReactElement {
  return h(
    Svg,
    { width: 16, height: 16, viewBox: '0 0 16 16' },
    h(Path, {
      d: 'M4 0h8a4 4 0 0 1 4 4v8a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4V4a4 4 0 0 1 4-4z',
      fill: brand.violet,
    }),
    h(Path, { d: 'M6 4.5v7l6-3.5z', fill: '#ffffff' }),
  );
}

function section(title: string, ...children: ReactElement[]): ReactElement {
  return h(
    View,
    { wrap: true },
    h(Text, { style: styles.heading, minPresenceAhead: 40 }, title),
    ...children,
  );
}

/** A video's text after the font check (see text.ts); the document draws it as given. */
export type PdfVideo = Pick<
  Video,
  'title' | 'concept' | 'platform' | 'optimizedPrompt' | 'specs' | 'hashtags' | 'createdAt'
>;

/** The PDF export: branded header and footer with page numbers on every page, then the prompt, concept, specs and hashtags. */
export function videoPdfDocument(video: PdfVideo): ReactElement {
  const created = new Date(video.createdAt).toLocaleDateString('en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const rows = specRows(video.specs);
  return h(
    Document,
    {
      title: video.title,
      author: 'Scenra',
      subject: 'Video prompt',
      creator: 'Scenra Ready',
      producer: 'Scenra Ready',
      language: 'en',
    },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(
        View,
        { style: styles.header, fixed: true },
        h(View, { style: styles.brandRow }, mark(), h(Text, { style: styles.wordmark }, 'Scenra')),
        h(Text, { style: styles.headerNote }, 'Video prompt'),
      ),
      h(Text, { style: styles.title }, video.title),
      h(Text, { style: styles.meta }, `${platformLabels[video.platform]} · Created ${created}`),
      section(
        'Prompt',
        h(
          View,
          { style: styles.promptBox },
          h(Text, { style: styles.prompt }, video.optimizedPrompt),
        ),
      ),
      ...(video.concept
        ? [section('Concept', h(Text, { style: styles.body }, video.concept))]
        : []),
      ...(rows.length
        ? [
            section(
              'Specifications',
              ...rows.map(({ label, value }) =>
                h(
                  View,
                  { key: label, style: styles.row, wrap: false },
                  h(Text, { style: styles.label }, label),
                  h(Text, { style: styles.value }, value),
                ),
              ),
            ),
          ]
        : []),
      ...(video.hashtags.length
        ? [section('Hashtags', h(Text, { style: styles.hashtags }, video.hashtags.join('  ')))]
        : []),
      h(
        View,
        { style: styles.footer, fixed: true },
        h(Text, null, 'Made with Scenra'),
        h(Text, {
          render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) =>
            `Page ${pageNumber} of ${totalPages}`,
        }),
      ),
    ),
  );
}
