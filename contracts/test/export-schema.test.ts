import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toVideoExport, type Video, VideoExportV1 } from '../src/index.ts';
import { publishedSchemas } from '../src/published-schemas.ts';

const video: Video = {
  id: '64b000000000000000000001',
  title: 'Café “crème” — à l’aube',
  concept: 'A barista pours latte art at dawn.',
  platform: 'instagram_reels',
  optimizedPrompt: 'Close-up of a barista’s hands pouring a “rosetta” — slow motion, warm light.',
  specs: { aspectRatio: '9:16', durationSec: 6, resolution: '1080x1920', mood: 'Calm' },
  hashtags: ['#café', '#latteart'],
  roundtable: {
    synthesisComplete: true,
    messages: [{ agent: 'Director', role: 'Creative direction', content: 'Open on the pour.' }],
  },
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:05:00.000Z',
};

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const published = JSON.parse(
    readFileSync(new URL('../schemas/video-export.v1.json', import.meta.url), 'utf8'),
  );
  return ajv.compile(published);
}

describe('published JSON Schemas', () => {
  it.each(publishedSchemas)(
    '$file is current (node contracts/scripts/write-schemas.ts)',
    ({ file, schema }) => {
      const written = readFileSync(new URL(`../schemas/${file}`, import.meta.url), 'utf8');
      expect(JSON.parse(written)).toEqual(schema);
    },
  );
});

describe('video export v1', () => {
  it('accepts an export made by toVideoExport', () => {
    const validate = validator();
    const doc = toVideoExport(video, new Date('2026-11-26T10:00:00Z'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toMatchObject({ format: 'scenra.video-prompt', version: 1 });
    expect(doc.video.platformLabel).toBe('Instagram Reels');
    expect(VideoExportV1.parse(doc)).toEqual(doc);
  });

  it.each([
    ['another version', (d: Record<string, unknown>) => ({ ...d, version: 2 })],
    ['another format', (d: Record<string, unknown>) => ({ ...d, format: 'something.else' })],
    ['an unknown top-level field', (d: Record<string, unknown>) => ({ ...d, ownerId: 'x' })],
    ['a bad date', (d: Record<string, unknown>) => ({ ...d, exportedAt: 'yesterday' })],
  ])('rejects %s', (_name, mutate) => {
    const validate = validator();
    const doc = toVideoExport(video, new Date('2026-11-26T10:00:00Z')) as unknown as Record<
      string,
      unknown
    >;
    expect(validate(mutate(doc))).toBe(false);
  });
});
