// Registers <scenra-prompt-action-card>; safe to load more than once.
import { ScenraPromptActionCard } from './prompt-action-card.ts';

if (!customElements.get('scenra-prompt-action-card')) {
  customElements.define('scenra-prompt-action-card', ScenraPromptActionCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'scenra-prompt-action-card': ScenraPromptActionCard;
  }
}
