import { css } from 'lit';

export const stepIndicatorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-size: 0.875rem;
  }
  .summary {
    margin: 0 0 0.5rem;
    font-weight: 600;
    color: var(--_text);
  }
  ol {
    display: flex;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    color: var(--_muted);
  }
  .bar {
    height: var(--scenra-step-bar-height, 6px);
    border-radius: 999px;
    background: var(--_border);
  }
  li[data-status='complete'] .bar,
  li[data-status='current'] .bar {
    background: var(--_accent);
  }
  li[data-status='current'] {
    color: var(--_text);
    font-weight: 600;
  }
  @container (max-width: 360px) {
    /* Small screens keep the bars and the summary; labels stay for screen readers. */
    .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;
