import { css, unsafeCSS } from 'lit';
// Generated from @scenra/tokens (the elements package must not depend on it).
import {
  colorSchemeDeclaration,
  focusRingDeclarations,
  privateDeclarations,
} from './tokens.css.ts';

/**
 * Design tokens shared by every element, from `@scenra/tokens`. Each private `--_x` reads the
 * public `--scenra-x` custom property first, so a host themes all elements from one place.
 * `light-dark()` follows the element's `color-scheme`: the host's `--scenra-color-scheme`,
 * else the reader's preference, or the element's own `theme` attribute.
 */
export const themeStyles = css`
  :host {
    ${unsafeCSS(privateDeclarations)}
    ${unsafeCSS(colorSchemeDeclaration)}
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
    ${unsafeCSS(focusRingDeclarations)}
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
    border-radius: var(--_radius-sm);
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
