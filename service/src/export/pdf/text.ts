/** Code points that only make sense as part of an emoji: joiners, variation selectors, skin tones, flags, tags, keycaps. */
const emojiPart =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0e|\ufe0f|\u20e3|[\u{e0020}-\u{e007f}]/u;

/**
 * Text the PDF font can draw. Emoji the font lacks are dropped (a PDF has no colour emoji
 * font here, and an empty box helps nobody); every other character is kept as is, so the
 * prompt survives verbatim whenever the font covers it.
 */
export function pdfSafeText(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  let dropped = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (emojiPart.test(ch) && (cp === 0x200d || cp === 0xfe0f || cp === 0xfe0e || !hasGlyph(cp))) {
      dropped = true;
      continue;
    }
    out += ch;
  }
  // Dropping "word 🎬 word" would leave two spaces; tidy only where something was removed.
  return dropped ? out.replace(/ {2,}/g, ' ').replace(/ +$/gm, '') : out;
}
