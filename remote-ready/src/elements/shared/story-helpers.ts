// Controls shared by the element stories.
import type { ScenraTheme } from './theme.styles.ts';

export const themes: ScenraTheme[] = ['auto', 'light', 'dark'];

export const themeArgType = {
  control: 'inline-radio',
  options: themes,
  description: 'Colour scheme: `auto` follows the OS; the canvas follows too.',
} as const;

/** A radio control over a literal union. */
export const radio = <T extends string>(options: readonly T[], description: string) =>
  ({ control: 'inline-radio', options, description }) as const;
