// Lets React 19 JSX render the Scenra elements with typed properties and events.
// React 19 sets a known property as a property (arrays and objects included) and treats
// `on<event-name>` props of custom elements as event listeners, e.g.
// <scenra-prompt-action-card onscenra-action={(e) => e.action} />.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ScenraActionEvent,
  ScenraApiKeyStatusBar,
  ScenraBillingChangeEvent,
  ScenraCloseEvent,
  ScenraKeyRequestEvent,
  ScenraMenuSelectEvent,
  ScenraOpenExternalEvent,
  ScenraOpenInButton,
  ScenraPromptActionCard,
  ScenraShareExportMenu,
  ScenraStepIndicator,
  ScenraToast,
  ScenraUpgradeChoiceEvent,
  ScenraUpgradeDialog,
} from './index.ts';

/** Base props of a custom element: HTML attributes, ref, children, plus `class`. */
type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  class?: string;
};

/** The public properties K of element E, all optional. */
type Props<E extends HTMLElement, K extends keyof E> = ElementProps<E> &
  Partial<Pick<E, K | 'theme'>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'scenra-step-indicator': Props<ScenraStepIndicator, 'current' | 'total' | 'labels'>;
      'scenra-prompt-action-card': Props<
        ScenraPromptActionCard,
        | 'action'
        | 'state'
        | 'icon'
        | 'heading'
        | 'headingLevel'
        | 'description'
        | 'actionLabel'
        | 'busyLabel'
        | 'doneLabel'
        | 'emphasis'
      > & { 'onscenra-action'?: (event: ScenraActionEvent) => void };
      'scenra-api-key-status-bar': Props<
        ScenraApiKeyStatusBar,
        | 'status'
        | 'keySuffix'
        | 'providerLabel'
        | 'estimate'
        | 'tier'
        | 'credits'
        | 'billing'
        | 'compact'
        | 'changeable'
      > & {
        'onscenra-key-request'?: (event: ScenraKeyRequestEvent) => void;
        'onscenra-billing-change'?: (event: ScenraBillingChangeEvent) => void;
      };
      'scenra-share-export-menu': Props<
        ScenraShareExportMenu,
        'label' | 'emphasis' | 'items' | 'open'
      > & {
        'onscenra-menu-select'?: (event: ScenraMenuSelectEvent) => void;
      };
      'scenra-open-in-button': Props<
        ScenraOpenInButton,
        'prompt' | 'destinations' | 'selected' | 'emphasis'
      > & {
        'onscenra-open-external'?: (event: ScenraOpenExternalEvent) => void;
      };
      'scenra-toast': Props<ScenraToast, 'message' | 'tone' | 'duration'> & {
        'onscenra-close'?: (event: ScenraCloseEvent) => void;
      };
      'scenra-upgrade-dialog': Props<
        ScenraUpgradeDialog,
        'open' | 'heading' | 'description' | 'upgradeLabel'
      > & {
        'onscenra-upgrade-choice'?: (event: ScenraUpgradeChoiceEvent) => void;
        'onscenra-close'?: (event: ScenraCloseEvent) => void;
      };
    }
  }
}
