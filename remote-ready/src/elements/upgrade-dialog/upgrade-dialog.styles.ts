import { css } from 'lit';

export const upgradeDialogStyles = css`
  dialog {
    width: min(30rem, calc(100vw - 2rem));
    padding: 1.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
  }
  dialog::backdrop {
    background: var(--scenra-backdrop, rgb(0 0 0 / 0.5));
  }
  dialog[open] {
    animation: scenra-dialog-in 0.2s ease-out;
  }
  .top {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  p {
    margin: 0.75rem 0 1.25rem;
    color: var(--_muted);
    line-height: 1.45;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .choices .button {
    width: 100%;
  }
  .link {
    min-height: 44px;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .close {
    min-width: 44px;
    min-height: 44px;
    border: 0;
    border-radius: var(--_radius-sm);
    background: transparent;
    color: var(--_text);
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  @keyframes scenra-dialog-in {
    from {
      opacity: 0;
      transform: scale(0.97);
    }
  }
`;
