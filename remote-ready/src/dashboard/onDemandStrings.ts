// The copy of the ready page's parts that load on use (the share-link panel, the payer chooser,
// the manual-copy fallback), kept out of strings.ts so the page's first load does not carry it.
import { locale } from '../strings.ts';

export const shareLinkStrings = {
  revoke: 'Revoke link',
  expiryPhrase: (expiresAt: string | null | undefined) =>
    expiresAt ? `expires ${new Date(expiresAt).toLocaleDateString(locale)}` : 'never expires',
  activeLink: 'Active link: ',
  facts: (content: string, expiry: string, views: number) =>
    `Shows the ${content} · ${expiry} · ${views} view${views === 1 ? '' : 's'}`,
  differs: (content: string, expiry: string) =>
    `Your active link shows the ${content} and ${expiry}. Apply the new settings?`,
  update: 'Update this link',
  replace: 'Make a new link',
  rotateWarning: (warning: string) =>
    `Updating keeps the same URL. A new link replaces it: ${warning}`,
  confirmRevokeLabel: 'Confirm revoking the link',
  confirmRevoke: 'Revoke this link? People who have it will no longer be able to open it.',
};

export const payerStrings = {
  legend: 'Who pays for the next video',
  credits: (credits: number) => `Scenra credits (${credits} left)`,
  key: (provider: string, name: string, masked: string, unchecked: boolean) =>
    `Your ${provider} key “${name}” (${masked})${unchecked ? ', not checked yet' : ''}`,
  done: 'Done',
  manage: 'Manage keys',
};

export const manualCopyStrings = {
  text: (what: string) =>
    `Your browser blocked copying. The ${what} is selected below: press Ctrl+C (⌘C on Mac) to copy it.`,
  label: (what: string) => `The ${what}, ready to copy`,
};
