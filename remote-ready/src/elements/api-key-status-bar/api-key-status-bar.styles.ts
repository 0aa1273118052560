import { css } from 'lit';

export const apiKeyStatusBarStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
    padding: 0.75rem 1rem 0.75rem calc(1rem + 4px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* A straight coloured edge, clipped by the rounded corners (a thick border would curve into
       a crescent), drawn as background so nothing inside the bar is clipped. */
    background: linear-gradient(to right, var(--_tone, var(--_border)) 0 4px, var(--_surface) 4px);
    font-size: 0.9375rem;
  }
  :host([status='valid']) {
    --_tone: var(--_success);
  }
  :host([status='invalid']) {
    --_tone: var(--_danger);
  }
  :host([status='restricted']) {
    --_tone: var(--_warning);
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    flex: 1 1 16rem;
    margin: 0;
  }
  .status-text {
    font-weight: 600;
  }
  :host([status='invalid']) .status-text {
    color: var(--_danger);
  }
  :host([status='restricted']) .status-text {
    color: var(--_warning);
  }
  .details {
    color: var(--_muted);
  }
  .billing {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
    float: left;
    width: 100%;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    cursor: pointer;
  }
  .choice input {
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice:has(input:disabled) {
    cursor: not-allowed;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    gap: 0.5rem;
  }
  .compact-only {
    display: none;
  }
  /* A separator on one line; on its own line (compact) the estimate needs none. */
  .details::before {
    content: '· ';
  }
  /* The compact mobile form, either forced by the attribute or chosen by the container's width. */
  :host([compact]) .bar {
    padding: 0.5rem 0.75rem;
    gap: 0.5rem;
  }
  :host([compact]) .status-long {
    display: none;
  }
  :host([compact]) .compact-only {
    display: inline;
  }
  /*
   * One line on mobile: the sentence beside "Change", which offers the choice the fieldset
   * offers on wider screens (and "Manage keys" from there).
   */
  :host([compact][changeable]) .bar {
    flex-wrap: nowrap;
  }
  :host([compact][changeable]) .status {
    flex: 1 1 auto;
    min-width: 0;
  }
  :host([compact][changeable]) .billing,
  :host([compact][changeable]) .manage {
    display: none;
  }
  :host([compact]) .billing {
    flex-direction: column;
    gap: 0;
  }
  :host([compact]) .details {
    display: block;
  }
  :host([compact]) .details::before {
    content: none;
  }
  @container (max-width: 480px) {
    .bar {
      padding: 0.5rem 0.75rem;
      gap: 0.5rem;
    }
    .status-long {
      display: none;
    }
    .compact-only {
      display: inline;
    }
    .billing {
      flex-direction: column;
      gap: 0;
    }
    :host([changeable]) .bar {
      flex-wrap: nowrap;
    }
    :host([changeable]) .status {
      flex: 1 1 auto;
      min-width: 0;
    }
    :host([changeable]) .billing,
    :host([changeable]) .manage {
      display: none;
    }
    .details {
      display: block;
    }
    .details::before {
      content: none;
    }
  }
`;
