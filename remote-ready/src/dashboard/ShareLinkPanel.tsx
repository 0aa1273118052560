// The video's live share link as it really is (URL, what it shows, expiry, views), the choice
// to make when the card's settings differ from it (update it in place or replace it), and
// revoking it. Loaded with the first link the page shows: most visits never make one.
import { describeShareContent, SHARE_ROTATE_WARNING, type ShareLink } from '@scenra/contracts';
import { useState, type RefObject } from 'react';
import { Confirm } from '../ui/Confirm.tsx';
import { shareLinkStrings as strings } from './onDemandStrings.ts';

export interface ShareLinkPanelProps {
  /** Prefix of the ids the panel's labels use (the card's `useId()`). */
  id: string;
  share: ShareLink;
  /** The card's privacy or expiry choice is not the link's. */
  differs: boolean;
  busy: boolean;
  /** The settings question, focused when a new link was refused for differing settings. */
  changesRef: RefObject<HTMLDivElement | null>;
  onUpdate(): void;
  onReplace(): void;
  onRevoke(): void;
}

export default function ShareLinkPanel({
  id,
  share,
  differs,
  busy,
  changesRef,
  onUpdate,
  onReplace,
  onRevoke,
}: ShareLinkPanelProps) {
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  return (
    <>
      {differs && (
        <div
          className="srd-confirm srd-small"
          role="group"
          aria-labelledby={`${id}-changes`}
          tabIndex={-1}
          ref={changesRef}
          data-testid="share-changes"
        >
          <p id={`${id}-changes`}>
            {strings.differs(
              describeShareContent(share.includeSpecs),
              strings.expiryPhrase(share.expiresAt),
            )}
          </p>
          <div className="srd-row">
            <button type="button" className="srd-button" disabled={busy} onClick={onUpdate}>
              {strings.update}
            </button>
            <button
              type="button"
              className="srd-button srd-secondary"
              disabled={busy}
              aria-describedby={`${id}-rotate-warning`}
              onClick={onReplace}
            >
              {strings.replace}
            </button>
          </div>
          <p id={`${id}-rotate-warning`}>{strings.rotateWarning(SHARE_ROTATE_WARNING)}</p>
        </div>
      )}
      <div className="srd-small srd-share-link" data-testid="share-link">
        <p>
          {strings.activeLink}
          <a href={share.url}>{share.url}</a>
        </p>
        <p data-testid="share-facts">
          {strings.facts(
            describeShareContent(share.includeSpecs),
            strings.expiryPhrase(share.expiresAt),
            share.views,
          )}
        </p>
        {confirmRevoke ? (
          <Confirm
            label={strings.confirmRevokeLabel}
            question={strings.confirmRevoke}
            action={strings.revoke}
            busy={busy}
            className="srd-confirm"
            actionClassName="srd-button"
            onConfirm={onRevoke}
            onCancel={() => setConfirmRevoke(false)}
          />
        ) : (
          <button type="button" className="srd-link" onClick={() => setConfirmRevoke(true)}>
            {strings.revoke}
          </button>
        )}
      </div>
    </>
  );
}
