import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from '#src/export/content-disposition.ts';

/** Reads back the names a browser would use. */
function names(header: string) {
  const ascii = header.match(/filename="([^"]*)"/)?.[1];
  const utf8 = decodeURIComponent(header.match(/filename\*=UTF-8''(\S+)$/)?.[1] ?? '');
  return { ascii, utf8 };
}

describe('attachmentDisposition', () => {
  it('keeps the exact UTF-8 name and gives an ASCII fallback', () => {
    const header = attachmentDisposition('Café “crème” — à l’aube', 'pdf');
    expect(header.startsWith('attachment; ')).toBe(true);
    expect(names(header)).toEqual({
      ascii: "Cafe creme - a l'aube.pdf",
      utf8: 'Café “crème” — à l’aube.pdf',
    });
    expect(header).toMatch(/^[\x20-\x7e]+$/); // a header value must be plain ASCII
  });

  it.each([
    ['path separators', '../../etc/passwd', 'etc-passwd'],
    ['a right-to-left override disguising the extension', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['quotes and backslashes', 'say "hi" \\ bye', 'say -hi- - bye'],
    ['control characters', 'a\r\nContent-Type: text/html', 'aContent-Type- text-html'],
  ])('neutralises %s', (_name, title, expected) => {
    const { ascii, utf8 } = names(attachmentDisposition(title, 'md'));
    expect(utf8).toBe(`${expected}.md`);
    expect(ascii).toBe(`${expected}.md`);
  });

  it('falls back to a generic name when nothing usable is left', () => {
    expect(names(attachmentDisposition('   ...', 'json'))).toEqual({
      ascii: 'scenra-prompt.json',
      utf8: 'scenra-prompt.json',
    });
    expect(names(attachmentDisposition('日本語のタイトル', 'json'))).toEqual({
      ascii: 'scenra-prompt.json',
      utf8: '日本語のタイトル.json',
    });
  });

  it('caps very long titles', () => {
    const { utf8 } = names(attachmentDisposition('é'.repeat(500), 'pdf'));
    expect([...utf8].length).toBe(100 + '.pdf'.length);
  });
});
