import { describe, expect, it } from 'vitest';
import { videoToMarkdown, type MarkdownSource } from '../src/index.ts';

const video: MarkdownSource = {
  title: 'Tom & Lyle *on* the [coaster]',
  platform: 'tiktok',
  optimizedPrompt: 'Vertical 9:16 POV — “screams” of joy.\nSecond line with ```backticks```.',
  createdAt: '2026-11-20T08:00:00.000Z',
  concept: 'Two friends on a roller coaster.',
  specs: {
    aspectRatio: '9:16',
    durationSec: 8,
    resolution: '1080x1920',
    lighting: 'Golden | hour',
  },
  hashtags: ['#rollercoaster', '#friends'],
};

const sectionTitles = (md: string) => md.split('\n').filter((l) => /^#{1,2} /.test(l));

describe('videoToMarkdown', () => {
  it('has the title, meta line and every section in order', () => {
    const md = videoToMarkdown(video);
    expect(sectionTitles(md)).toEqual([
      '# Tom & Lyle \\*on\\* the \\[coaster\\]',
      '## Prompt',
      '## Concept',
      '## Specifications',
      '## Hashtags',
    ]);
    expect(md).toContain('**Platform:** TikTok · **Created:** 2026-11-20');
    expect(md).toContain('| Duration | 8 s |');
    expect(md).toContain('| Lighting | Golden \\| hour |');
    expect(md).toContain('#rollercoaster #friends');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('keeps the prompt verbatim in a fence the prompt cannot close', () => {
    const md = videoToMarkdown(video);
    const fenced = md.match(/^(`{3,})text\n([\s\S]*?)\n\1$/m);
    expect(fenced?.[1]).toBe('````');
    expect(fenced?.[2]).toBe(video.optimizedPrompt);
  });

  it('leaves specs and hashtags out for "prompt only", and the concept when asked', () => {
    const md = videoToMarkdown(video, { includeSpecs: false, includeConcept: false });
    expect(sectionTitles(md)).toEqual(['# Tom & Lyle \\*on\\* the \\[coaster\\]', '## Prompt']);
    expect(md).not.toContain('#rollercoaster');
  });

  it('skips sections it has nothing for', () => {
    const md = videoToMarkdown({ ...video, concept: undefined, hashtags: [], specs: undefined });
    expect(sectionTitles(md)).toEqual(['# Tom & Lyle \\*on\\* the \\[coaster\\]', '## Prompt']);
  });
});
