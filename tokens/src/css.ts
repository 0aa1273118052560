// The tokens as CSS. Two forms, so a host can theme everything from one place:
// - public properties `--scenra-<name>: <value>`, declared by whoever owns the page (the host);
// - private aliases `--_<name>: var(--scenra-<name>, <value>)`, declared by every component
//   root (each Lit element, the dashboard, settings), so a value the host sets on any ancestor
//   wins and the built-in value applies otherwise.
// Colours are `light-dark()` pairs: they follow the `color-scheme` of the element that uses
// them, which is `var(--scenra-color-scheme, light dark)`: the reader's preference unless the
// host chooses (`--scenra-color-scheme: dark`, or `data-theme="dark"` on the root with
// `documentCss`).
import { colors, valueGroups, type ColorToken, type ValueToken } from './tokens.ts';

type Token = ColorToken | ValueToken;

const isColor = (token: Token): token is ColorToken => 'light' in token;

/** The CSS value of a token: a `light-dark()` pair for colours, the value otherwise. */
export function tokenValue(token: Token): string {
  return isColor(token) ? `light-dark(${token.light}, ${token.dark})` : token.value;
}

/** Every token as `[name, token]`, colours first, in the order of the foundations page. */
export function allTokens(): Array<[string, Token]> {
  return [
    ...Object.entries(colors),
    ...Object.values(valueGroups).flatMap(
      (group) => Object.entries(group) as Array<[string, Token]>,
    ),
  ];
}

/** The public custom property of a token, e.g. `--scenra-accent`. */
export const publicName = (name: string) => `--scenra-${name}`;

/** `--scenra-<name>: <value>;` for every token: what a page owner declares on `:root`. */
export function publicDeclarations(): string {
  return allTokens()
    .map(([name, token]) => `${publicName(name)}:${tokenValue(token)};`)
    .join('');
}

/** `--_<name>: var(--scenra-<name>, <value>);` for every token: what a component root declares. */
export function privateDeclarations(): string {
  return allTokens()
    .map(([name, token]) => `--_${name}:var(${publicName(name)},${tokenValue(token)});`)
    .join('');
}

/** The colour scheme of a component root: the host's choice, else the reader's preference. */
export const colorSchemeDeclaration = 'color-scheme:var(--scenra-color-scheme,light dark);';

/** The one focus ring, for any selector (e.g. `:focus-visible`) under a component root. */
export const focusRingDeclarations =
  'outline:var(--_focus-width) solid var(--_focus-ring);outline-offset:var(--_focus-offset);';

/**
 * What a component root declares: the private tokens, the colour scheme, the base font and
 * colours, e.g. `componentRootCss('.app')`.
 */
export function componentRootCss(selector: string): string {
  return `${selector}{${privateDeclarations()}${colorSchemeDeclaration}font-family:var(--_font);color:var(--_text)}`;
}

/**
 * The stylesheet of a page that owns its document (the host, the public share page): the public
 * tokens on `:root`, the theme switch, page colours and the focus ring.
 */
export function documentCss(): string {
  return [
    `:root{${publicDeclarations()}}`,
    componentRootCss(':root'),
    ':root[data-theme=light]{--scenra-color-scheme:light}',
    ':root[data-theme=dark]{--scenra-color-scheme:dark}',
    'body{margin:0;background:var(--_canvas);color:var(--_text);font-size:var(--_font-size-md);line-height:1.5}',
    `:focus-visible{${focusRingDeclarations}}`,
  ].join('\n');
}
