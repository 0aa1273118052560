import { css } from 'lit';

/**
 * Design tokens shared by every element. Each private `--_x` reads the public
 * `--scenra-x` custom property first, so a host themes all elements from one place.
 * `light-dark()` follows the element's `color-scheme`: the OS preference by default,
 * or the host's choice through the `theme` attribute. Every pair meets WCAG AA
 * (4.5:1 for text) on its surface in both schemes.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;
    --_font: var(--scenra-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--scenra-radius, 12px);
    --_surface: var(--scenra-surface, light-dark(#ffffff, #18181b));
    --_surface-raised: var(--scenra-surface-raised, light-dark(#f4f4f5, #27272a));
    --_border: var(--scenra-border, light-dark(#d4d4d8, #3f3f46));
    --_text: var(--scenra-text, light-dark(#18181b, #f4f4f5));
    --_muted: var(--scenra-muted, light-dark(#52525b, #a1a1aa));
    --_accent: var(--scenra-accent, light-dark(#4338ca, #a5b4fc));
    --_on-accent: var(--scenra-on-accent, light-dark(#ffffff, #1e1b4b));
    --_success: var(--scenra-success, light-dark(#166534, #86efac));
    --_warning: var(--scenra-warning, light-dark(#92400e, #fcd34d));
    --_danger: var(--scenra-danger, light-dark(#b91c1c, #fca5a5));
    --_premium: var(--scenra-premium, light-dark(#854d0e, #fde047));
    --_focus: var(--scenra-focus-ring, light-dark(#4338ca, #c7d2fe));
    font-family: var(--_font);
    color: var(--_text);
    box-sizing: border-box;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: scenra-spin 0.8s linear infinite;
    flex: none;
  }
  @keyframes scenra-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
    .spinner {
      /* Still shows that work is under way, without spinning. */
      border-right-color: currentColor;
      border-style: dotted;
    }
  }
`;

/** Buttons: 44px targets (above WCAG 2.2's 24px minimum), primary and secondary looks. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border-radius: calc(var(--_radius) - 4px);
    border: 1px solid var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    text-decoration: none;
    transition:
      background-color 0.15s,
      filter 0.15s;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button:hover:not(:disabled, [aria-disabled='true']) {
    filter: brightness(1.1);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
`;

/** The values of the `theme` attribute every element accepts. */
export type ScenraTheme = 'auto' | 'light' | 'dark';
