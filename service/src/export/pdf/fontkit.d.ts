// The part of fontkit (a dependency of @react-pdf) used to check which characters a font can draw.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
