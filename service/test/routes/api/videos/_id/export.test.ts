import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { bearer, build } from '#test/helpers/build.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

/** The text pdftotext (poppler) extracts, with line wrapping folded back into single spaces. */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scenra-pdf-')), 'export.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
}
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

const publishedSchema = JSON.parse(
  readFileSync(
    new URL(import.meta.resolve('@scenra/contracts/schemas/video-export.v1.json')),
    'utf8',
  ),
);

describe('GET /api/videos/:id/export', async () => {
  const app = await build();
  const me = newUserId();
  const video = await createVideo(app, me);
  const download = (format: string, id = video.id) =>
    app.inject({
      method: 'GET',
      url: `/api/videos/${id}/export?format=${format}`,
      headers: bearer(app, me),
    });

  it('JSON: validates against the published schema and carries the video', async () => {
    const res = await download('json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(publishedSchema);
    const doc = res.json();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toMatchObject({ format: 'scenra.video-prompt', version: 1 });
    expect(doc.video.optimizedPrompt).toBe(video.optimizedPrompt);
    expect(res.body).not.toContain(me);
  });

  it('Markdown: has the title and the expected sections, with the prompt verbatim', async () => {
    const res = await download('md');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const headings = res.body.split('\n').filter((line) => /^#{1,2} /.test(line));
    expect(headings).toEqual([
      `# ${video.title}`,
      '## Prompt',
      '## Concept',
      '## Specifications',
      '## Hashtags',
    ]);
    expect(res.body).toContain(`\`\`\`text\n${video.optimizedPrompt}\n\`\`\``);
    expect(res.body).toContain('| Aspect ratio | 9:16 |');
  });

  it('PDF: valid, branded, with the prompt verbatim (accents, curly quotes, em dashes) as selectable text', async () => {
    const res = await download('pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(flat(text)).toContain(flat(video.optimizedPrompt));
    expect(text).toContain(video.title);
    expect(text).toContain('Scenra');
    expect(text).toContain('Instagram Reels · Created');
    expect(text).toContain('Aspect ratio');
    expect(text).toContain('#latteart');
    expect(text).toContain('Page 1 of 1');
  });

  it('PDF: emoji do not break it, and a long prompt runs over numbered pages', async () => {
    const sentence = 'Drone shot over the Côte d’Azur — “golden” light, naïve charm. ';
    const emojiVideo = await createVideo(app, me, {
      title: 'Sunset 🎬🌅 on the Riviera',
      optimizedPrompt: `Start 🎬 here 👨‍👩‍👧 with 🇫🇷 flags ☕. ${sentence.repeat(100)}The end.`,
    });
    const res = await download('pdf', emojiVideo.id);
    expect(res.statusCode).toBe(200);
    const text = flat(pdfText(res.rawPayload));
    // The header and footer repeat on every page, in the middle of the running prompt.
    const running = text.replace(/ Made with Scenra Page \d+ of \d+ Scenra Video prompt/g, '');
    expect(text).toContain('Sunset on the Riviera');
    expect(text).toContain('Start here with flags ☕.');
    expect(running).toContain(flat(`${sentence.repeat(100)}The end.`));
    expect(text).toMatch(/Page 1 of [2-9]/);
    expect(text).toMatch(/Page 2 of [2-9]/);
  });

  it('names downloads safely: ASCII fallback plus the exact UTF-8 name', async () => {
    const res = await download('pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Cafe creme - a l'aube.pdf"; filename*=UTF-8''${encodeURIComponent('Café “crème” — à l’aube.pdf').replace(/'/g, '%27')}`,
    );
    const sneaky = await createVideo(app, me, { title: '../../etc/passwd\u202Egpj.exe' });
    const sneakyRes = await download('json', sneaky.id);
    expect(sneakyRes.headers['content-disposition']).toBe(
      `attachment; filename="etc-passwdgpj.exe.json"; filename*=UTF-8''etc-passwdgpj.exe.json`,
    );
  });

  it('names a missing or unknown format', async () => {
    for (const url of [
      `/api/videos/${video.id}/export`,
      `/api/videos/${video.id}/export?format=docx`,
    ]) {
      const res = await app.inject({ method: 'GET', url, headers: bearer(app, me) });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.details[0].field).toBe('format');
    }
  });
});
