import { css } from 'lit';

export const promptActionCardStyles = css`
  :host {
    display: block;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    height: 100%;
    padding: var(--scenra-card-padding, 1.25rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  :host([state='done']) .card {
    border-color: var(--_success);
  }
  .head {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .icon {
    font-size: 1.5rem;
    line-height: 1;
  }
  .heading {
    margin: 0;
    font-size: 1rem;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .description {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
    line-height: 1.4;
  }
  .extra {
    display: block;
  }
  .actions {
    margin-top: auto;
  }
  /* A card whose controls are slotted (no button of its own): the controls sit at the bottom,
     in line with the buttons of the card beside it. */
  .actions:empty {
    display: none;
  }
  .card:has(.actions:empty) .extra {
    margin-top: auto;
  }
  .button.done {
    background: var(--_success);
    border-color: var(--_success);
    color: var(--_surface);
  }
  .crown {
    color: var(--_premium);
  }
  .button.primary .crown {
    color: inherit;
  }
`;
