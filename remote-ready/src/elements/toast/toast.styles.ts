import { css } from 'lit';

export const toastStyles = css`
  :host {
    position: fixed;
    z-index: var(--scenra-toast-z-index, 1000);
    inset-inline: 0;
    inset-block-end: var(--scenra-toast-offset, 1.5rem);
    display: flex;
    justify-content: center;
    pointer-events: none;
  }
  .toast {
    position: relative;
    overflow: hidden;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    max-width: min(32rem, calc(100vw - 2rem));
    padding: 0.5rem 0.5rem 0.5rem 1rem;
    border-radius: var(--_radius);
    background: var(--scenra-toast-background, light-dark(#18181b, #f4f4f5));
    color: var(--scenra-toast-color, light-dark(#f4f4f5, #18181b));
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.25);
    pointer-events: auto;
    animation: scenra-toast-in 0.2s ease-out;
    --_tone: light-dark(#86efac, #166534);
  }
  :host([tone='info']) .toast {
    --_tone: light-dark(#a5b4fc, #4338ca);
  }
  :host([tone='error']) .toast {
    --_tone: light-dark(#fca5a5, #b91c1c);
  }
  /* A straight coloured edge, clipped by the rounded corners (a border would curve into a crescent). */
  .toast::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: 4px;
    background: var(--_tone);
  }
  .toast[hidden] {
    display: none;
  }
  .message {
    margin: 0;
  }
  .dismiss {
    min-width: 44px;
    min-height: 44px;
    border: 0;
    border-radius: var(--_radius-sm);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1.25rem;
    cursor: pointer;
  }
  .dismiss:focus-visible {
    outline-color: currentColor;
  }
  @keyframes scenra-toast-in {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }
`;
