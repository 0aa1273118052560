// Every share link the user made: where it points, who can see what, how often it was opened,
// and a way to revoke the active ones (after a confirmation; focus then lands on the outcome).
import type { ShareList, ShareSummary } from '@scenra/contracts';
import { useRef, useState } from 'react';
import type { ApiClient } from '../api/client.ts';
import { useResource } from '../api/useResource.ts';
import type { Emit } from '../shared/analytics.ts';
import { messageOf, when } from './format.ts';
import { LoadState } from './LoadState.tsx';
import { Confirm } from '../ui/Confirm.tsx';
import { commonStrings, formatDate } from '../strings.ts';
import { settingsStrings } from './strings.ts';

const strings = settingsStrings.shares;

export function SharesSection({
  client,
  emit,
  onNotice,
}: {
  client: ApiClient;
  emit: Emit;
  onNotice(message: string): void;
}) {
  const shares = useResource(
    (signal) => client.json<ShareList>('/api/user/shares', { signal }),
    'shares',
  );
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const revoke = async (share: ShareSummary) => {
    setBusy(share.id);
    setError(undefined);
    try {
      await client.json(`/api/videos/${encodeURIComponent(share.videoId)}/share`, {
        method: 'DELETE',
      });
      emit('share_link_revoked', { from: 'settings' });
      onNotice(strings.revoked(share.videoTitle));
      setConfirming(undefined);
      shares.reload();
      // The revoked link's buttons are gone: the section's heading takes focus, and the page's
      // status line (announced) says what happened.
      headingRef.current?.focus();
    } catch (cause) {
      setError(strings.revokeFailed(messageOf(cause)));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="srs-section" aria-labelledby="srs-shares">
      <h2 id="srs-shares" tabIndex={-1} ref={headingRef}>
        {strings.heading}
      </h2>
      <LoadState resource={shares} loading={strings.loading} loadFailed={strings.loadFailed} />
      {error && (
        <p role="alert" className="srd-error srd-small">
          {error}
        </p>
      )}
      {shares.state === 'ready' &&
        (shares.data.shares.length === 0 ? (
          <p>{strings.none}</p>
        ) : (
          <ul className="srs-list" data-testid="share-list">
            {shares.data.shares.map((share) => (
              <li
                key={share.id}
                className="srs-item"
                data-testid="share-item"
                data-status={share.status}
              >
                <h3>{share.videoTitle ?? strings.deletedVideo}</h3>
                <dl className="srs-facts">
                  <div>
                    <dt>{strings.facts.status}</dt>
                    <dd data-testid="share-status">{strings.statuses[share.status]}</dd>
                  </div>
                  <div>
                    <dt>{strings.facts.views}</dt>
                    <dd data-testid="share-views">{share.views}</dd>
                  </div>
                  <div>
                    <dt>{strings.facts.shows}</dt>
                    <dd>{share.includeSpecs ? strings.withSpecs : strings.promptOnly}</dd>
                  </div>
                  <div>
                    <dt>{strings.facts.created}</dt>
                    <dd>{when(share.createdAt)}</dd>
                  </div>
                  <div>
                    <dt>{strings.facts.expires}</dt>
                    <dd>{share.expiresAt ? formatDate(share.expiresAt) : commonStrings.never}</dd>
                  </div>
                </dl>
                {share.status === 'active' && share.url && (
                  <div className="srd-row">
                    <a
                      href={share.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="srs-link"
                    >
                      {strings.open}
                      <span className="srd-visually-hidden">
                        {strings.openOf(share.videoTitle ?? strings.deletedVideo)}
                      </span>
                    </a>
                    <button
                      type="button"
                      className="srd-button srd-secondary"
                      disabled={busy === share.id || confirming === share.id}
                      onClick={() => setConfirming(share.id)}
                    >
                      {strings.revoke}
                      <span className="srd-visually-hidden">
                        {strings.revokeOf(share.videoTitle ?? strings.deletedVideo)}
                      </span>
                    </button>
                  </div>
                )}
                {confirming === share.id && (
                  <Confirm
                    label={strings.confirmLabel}
                    question={strings.confirm(share.videoTitle)}
                    action={strings.revokeLink}
                    busyAction={strings.revoking}
                    busy={busy === share.id}
                    className="srs-confirm"
                    actionClassName="srd-button srd-danger"
                    onConfirm={() => void revoke(share)}
                    onCancel={() => setConfirming(undefined)}
                  />
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
