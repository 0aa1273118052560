// Registers <scenra-prompt-action-card>; safe to load more than once (see define-element.ts).
import { defineScenraElement } from '../shared/define-element.ts';
import { ScenraPromptActionCard } from './prompt-action-card.ts';

defineScenraElement('scenra-prompt-action-card', ScenraPromptActionCard);

declare global {
  interface HTMLElementTagNameMap {
    'scenra-prompt-action-card': ScenraPromptActionCard;
  }
}
