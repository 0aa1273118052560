// Scenra's design tokens as data: the one source the Lit elements, the dashboard, settings, the
// host and the public share page draw their look from. Each token becomes the CSS custom
// property `--scenra-<name>` (see css.ts); colours have a light and a dark value.

/** A colour for each scheme. Text colours meet WCAG AA (4.5:1) on every surface of their scheme. */
export interface ColorToken {
  light: string;
  dark: string;
  /** What the colour is for, as a designer reads it in the foundations table. */
  usage: string;
}

/** A scheme-independent value (a length, a font stack). */
export interface ValueToken {
  value: string;
  usage: string;
}

export const colors = {
  canvas: { light: '#f4f4f5', dark: '#09090b', usage: 'Page background behind the cards' },
  surface: { light: '#ffffff', dark: '#18181b', usage: 'Cards, dialogs, menus' },
  'surface-raised': {
    light: '#f4f4f5',
    dark: '#27272a',
    usage: 'Hovered or focused entries, wells inside a card',
  },
  border: { light: '#d4d4d8', dark: '#3f3f46', usage: 'Card and divider lines' },
  'border-strong': {
    light: '#71717a',
    dark: '#a1a1aa',
    usage: 'Form-control outlines (3:1 against the surface)',
  },
  text: { light: '#18181b', dark: '#f4f4f5', usage: 'Body text and headings' },
  muted: { light: '#52525b', dark: '#a1a1aa', usage: 'Secondary text, captions' },
  accent: { light: '#4338ca', dark: '#a5b4fc', usage: 'The brand violet: primary buttons, links' },
  'on-accent': { light: '#ffffff', dark: '#1e1b4b', usage: 'Text on the accent colour' },
  'accent-soft': {
    light: '#eef2ff',
    dark: '#1e1b4b',
    usage: 'Tinted background of highlighted areas',
  },
  success: { light: '#166534', dark: '#86efac', usage: 'Done states, valid keys' },
  'success-soft': { light: '#f0fdf4', dark: '#0f2a1a', usage: 'Background of success notes' },
  warning: { light: '#92400e', dark: '#fcd34d', usage: 'Restricted keys, cautions' },
  'warning-soft': { light: '#fffbeb', dark: '#2a2008', usage: 'Background of warnings' },
  danger: { light: '#b91c1c', dark: '#fca5a5', usage: 'Errors, destructive actions' },
  'on-danger': { light: '#ffffff', dark: '#2a0a0a', usage: 'Text on the danger colour' },
  'danger-soft': { light: '#fef2f2', dark: '#2a1010', usage: 'Background of error messages' },
  premium: { light: '#854d0e', dark: '#fde047', usage: 'The premium crown' },
  'focus-ring': {
    light: '#4338ca',
    dark: '#c7d2fe',
    usage: 'The keyboard focus ring, on every control',
  },
} as const satisfies Record<string, ColorToken>;

export const fonts = {
  font: {
    value: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    usage: 'Every text',
  },
  'font-mono': {
    value: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
    usage: 'Code, keys',
  },
} as const satisfies Record<string, ValueToken>;

/** Type scale; body text is `font-size-md` with line height 1.5. */
export const fontSizes = {
  'font-size-xs': { value: '0.8125rem', usage: 'Badges, fine print' },
  'font-size-sm': { value: '0.875rem', usage: 'Captions, meta lines, form hints' },
  'font-size-md': { value: '1rem', usage: 'Body text, buttons' },
  'font-size-lg': { value: '1.125rem', usage: 'Lead paragraphs' },
  'font-size-xl': { value: '1.25rem', usage: 'Section headings' },
  'font-size-2xl': { value: 'clamp(1.75rem, 4vw, 2.25rem)', usage: 'Page titles' },
} as const satisfies Record<string, ValueToken>;

/** Spacing steps of 4 px. */
export const spacing = {
  'space-1': { value: '0.25rem', usage: '4 px: inside tight groups' },
  'space-2': { value: '0.5rem', usage: '8 px: between controls in a row' },
  'space-3': { value: '0.75rem', usage: '12 px: between lines of a card' },
  'space-4': { value: '1rem', usage: '16 px: between cards, page gutter' },
  'space-5': { value: '1.5rem', usage: '24 px: between page sections' },
  'space-6': { value: '2rem', usage: '32 px: around the page' },
} as const satisfies Record<string, ValueToken>;

export const radii = {
  radius: { value: '12px', usage: 'Cards, dialogs, toasts' },
  'radius-sm': { value: '8px', usage: 'Buttons, inputs, menus' },
  'radius-pill': { value: '999px', usage: 'Badges, progress bars' },
} as const satisfies Record<string, ValueToken>;

export const focus = {
  'focus-width': { value: '3px', usage: 'Thickness of the focus ring' },
  'focus-offset': { value: '2px', usage: 'Gap between a control and its focus ring' },
} as const satisfies Record<string, ValueToken>;

/** Smallest tap target on touch layouts (WCAG 2.5.5 AAA). */
export const targets = {
  'target-min': { value: '44px', usage: 'Smallest width and height of anything tappable' },
} as const satisfies Record<string, ValueToken>;

export type ColorName = keyof typeof colors;

/** Every non-colour token, grouped as the foundations page shows them. */
export const valueGroups = {
  Type: { ...fonts, ...fontSizes },
  Spacing: spacing,
  Radius: radii,
  Focus: focus,
  Targets: targets,
} as const;

export type ValueName = {
  [G in keyof typeof valueGroups]: keyof (typeof valueGroups)[G];
}[keyof typeof valueGroups];
