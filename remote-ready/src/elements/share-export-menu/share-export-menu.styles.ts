import { css } from 'lit';

export const shareExportMenuStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  .caret {
    font-size: 0.75em;
    transition: transform 0.15s;
  }
  :host([open]) .caret {
    transform: rotate(180deg);
  }
  .menu {
    position: absolute;
    z-index: var(--scenra-menu-z-index, 10);
    inset-block-start: calc(100% + 4px);
    inset-inline-start: 0;
    min-width: max(100%, 13rem);
    margin: 0;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  }
  .menu[hidden] {
    display: none;
  }
  [role='menuitem'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: calc(var(--_radius-sm) - 2px);
    background: transparent;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--_surface-raised);
  }
  [role='menuitem'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: not-allowed;
  }
  [role='menuitem']:focus-visible {
    outline-offset: -3px;
  }
`;
