// The events the elements fire. Each is a class so listeners get typed fields instead of
// `detail`, and each name is declared in the global event maps so addEventListener is typed.
// All bubble and cross shadow roots (`composed`), so a host can listen on any ancestor.

const init: EventInit = { bubbles: true, composed: true };

/** Lifecycle of an action card: what its button does right now. */
export type CardState = 'idle' | 'busy' | 'done' | 'locked' | 'disabled';

/** The action button of a `scenra-prompt-action-card` was activated (idle, done or locked). */
export class ScenraActionEvent extends Event {
  static readonly eventName = 'scenra-action';
  /** The card's `action` id, e.g. `copy` or `generate`. */
  readonly action: string;
  /** True when the card was locked: the host should explain the upgrade, not run the action. */
  readonly locked: boolean;
  constructor(action: string, locked: boolean) {
    super(ScenraActionEvent.eventName, init);
    this.action = action;
    this.locked = locked;
  }
}

/** How a generation is paid for. */
export type BillingChoice = 'credits' | 'byok';

/** The premium user picked another billing method in `scenra-api-key-status-bar`. */
export class ScenraBillingChangeEvent extends Event {
  static readonly eventName = 'scenra-billing-change';
  readonly billing: BillingChoice;
  constructor(billing: BillingChoice) {
    super(ScenraBillingChangeEvent.eventName, init);
    this.billing = billing;
  }
}

/**
 * What the user wants to do with their API keys: add, update or manage them, `check` the key
 * shown now with its provider, or `change` which key (or credits) pays.
 */
export type KeyIntent = 'add' | 'update' | 'manage' | 'check' | 'change';

/** The user asked to act on their API keys (or on who pays) from `scenra-api-key-status-bar`. */
export class ScenraKeyRequestEvent extends Event {
  static readonly eventName = 'scenra-key-request';
  readonly intent: KeyIntent;
  constructor(intent: KeyIntent) {
    super(ScenraKeyRequestEvent.eventName, init);
    this.intent = intent;
  }
}

/** The entries of the share and export menu. */
export type ShareExportItemId = 'copy-link' | 'download-pdf' | 'export-json' | 'copy-markdown';

/** An entry of `scenra-share-export-menu` was chosen. */
export class ScenraMenuSelectEvent extends Event {
  static readonly eventName = 'scenra-menu-select';
  readonly item: ShareExportItemId;
  constructor(item: ShareExportItemId) {
    super(ScenraMenuSelectEvent.eventName, init);
    this.item = item;
  }
}

/** An external video tool the prompt can be taken to. */
export interface OpenInDestination {
  /** Stable id, remembered as the user's choice. */
  id: string;
  /** Name shown to people, e.g. "Runway". */
  label: string;
  /** Page opened in a new tab; must be http(s). */
  url: string;
}

/** `scenra-open-in-button` copied the prompt (or tried to) and opened the tool in a new tab. */
export class ScenraOpenExternalEvent extends Event {
  static readonly eventName = 'scenra-open-external';
  readonly destination: OpenInDestination;
  /** False when the clipboard refused: the host should tell the user to copy by hand. */
  readonly copied: boolean;
  constructor(destination: OpenInDestination, copied: boolean) {
    super(ScenraOpenExternalEvent.eventName, init);
    this.destination = destination;
    this.copied = copied;
  }
}

/** The choices the upgrade dialog offers instead of a dead end. */
export type UpgradeChoice = 'upgrade' | 'add-key' | 'copy-prompt';

/** A choice was made in `scenra-upgrade-dialog` (the dialog closes itself). */
export class ScenraUpgradeChoiceEvent extends Event {
  static readonly eventName = 'scenra-upgrade-choice';
  readonly choice: UpgradeChoice;
  constructor(choice: UpgradeChoice) {
    super(ScenraUpgradeChoiceEvent.eventName, init);
    this.choice = choice;
  }
}

/** A dialog or toast closed, for whatever reason; lets a host keep its `open` state in sync. */
export class ScenraCloseEvent extends Event {
  static readonly eventName = 'scenra-close';
  constructor() {
    super(ScenraCloseEvent.eventName, init);
  }
}

// The events bubble and are composed, so they reach `document` and `window` too: declared on
// GlobalEventHandlersEventMap, which the element, document and window event maps extend.
declare global {
  interface GlobalEventHandlersEventMap {
    'scenra-action': ScenraActionEvent;
    'scenra-billing-change': ScenraBillingChangeEvent;
    'scenra-key-request': ScenraKeyRequestEvent;
    'scenra-menu-select': ScenraMenuSelectEvent;
    'scenra-open-external': ScenraOpenExternalEvent;
    'scenra-upgrade-choice': ScenraUpgradeChoiceEvent;
    'scenra-close': ScenraCloseEvent;
  }
}
