import { css } from 'lit';

export const openInButtonStyles = css`
  :host {
    display: block;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  select {
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1rem;
  }
`;
