// "Share & export": the video's active link as it really is (URL, what it shows, expiry, views),
// a link with the owner's privacy and expiry choice, PDF and JSON downloads, and the prompt as
// Markdown. A change of settings on a live link is always the user's explicit choice: update it
// (same URL) or replace it (the old URL stops working), never a silent swap.
import {
  describeShareContent,
  type ActiveShare,
  type ShareExpiryDays,
  type ShareLink,
  type Video,
} from '@scenra/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import type { ScenraMenuSelectEvent } from '../elements/index.ts';
import type { ApiClient } from '../api/client.ts';
import type { Emit } from '../shared/analytics.ts';
import type { ShowToast } from './useToast.ts';
import { ShareMenu } from './ShareMenu.tsx';
import type { ShareSettings } from './shareActions.ts';
import type ShareLinkPanel from './ShareLinkPanel.tsx';
import { readyStrings } from '../strings.ts';

const strings = readyStrings.share;

/** The share's privacy, in the order offered: whether the page shows the specs, and its label. */
const privacyChoices: ReadonlyArray<readonly [boolean, string]> = [
  [true, strings.withSpecs],
  [false, strings.promptOnly],
];

export interface ShareExportCardProps {
  video: Video;
  client: ApiClient;
  emit: Emit;
  toast: ShowToast;
  onManualCopy(text: string, what: string): void;
}

const expiryChoices: Array<{ value: keyof typeof strings.expiryChoices; days: ShareExpiryDays }> = [
  { value: 'never', days: null },
  { value: '1', days: 1 },
  { value: '7', days: 7 },
  { value: '30', days: 30 },
];
const expiryValue = (days: ShareExpiryDays) => (days === null ? 'never' : String(days));

const loadActions = () => import('./shareActions.ts');
const loadLinkPanel = () => import('./ShareLinkPanel.tsx');

export function ShareExportCard({
  video,
  client,
  emit,
  toast,
  onManualCopy,
}: ShareExportCardProps) {
  const id = useId();
  const [includeSpecs, setIncludeSpecs] = useState(true);
  const [expiry, setExpiry] = useState('never');
  const [share, setShare] = useState<ShareLink>();
  const [busy, setBusy] = useState(false);
  const [LinkPanel, setLinkPanel] = useState<typeof ShareLinkPanel>();
  const [notice, setNotice] = useState<string>();
  const changesRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const days = expiryChoices.find((c) => c.value === expiry)?.days ?? null;
  const settings: ShareSettings = { includeSpecs, expiresInDays: days };
  const differs =
    share !== undefined &&
    (share.includeSpecs !== includeSpecs || share.expiresInDays !== settings.expiresInDays);

  /**
   * Shows a link (the panel that draws it loads with the first one), or none; with `adopt`, sets
   * the choices to what the link really has.
   */
  const showLink = async (link: ShareLink | undefined, adopt = true) => {
    if (link) {
      const panel = (await loadLinkPanel()).default;
      setLinkPanel(() => panel);
    }
    setShare(link);
    if (!link || !adopt) return;
    setIncludeSpecs(link.includeSpecs);
    setExpiry(expiryValue(link.expiresInDays));
  };

  // After a reload the active link is shown as it is, with its settings selected.
  useEffect(() => {
    const controller = new AbortController();
    client
      .json<ActiveShare>(`/api/videos/${encodeURIComponent(video.id)}/share`, {
        signal: controller.signal,
      })
      .then((result) => showLink(result.share ?? undefined))
      .catch(() => {
        // Unknown for now: making a link still works, and its answer tells the truth.
      });
    return () => controller.abort();
  }, [client, video.id]);

  const copied = (url: string, outcome: string, sentence: string) => {
    if (outcome === 'copied') toast(sentence);
    else onManualCopy(url, 'share link');
  };

  const run = async (item: ScenraMenuSelectEvent['item']) => {
    const actions = await loadActions();
    if (item === 'copy-link') {
      const outcome = await actions.createShareLink(client, video, settings);
      if (outcome.kind === 'differs') {
        // The live link shows something else: say so and let the user choose.
        await showLink(outcome.conflict.share, false);
        setNotice(undefined);
        requestAnimationFrame(() => changesRef.current?.focus());
        return;
      }
      await showLink(outcome.share, false);
      setNotice(undefined);
      if (outcome.share.created)
        emit('share_link_created', { includeSpecs, expiresInDays: days ?? 0 });
      copied(outcome.share.url, outcome.copied, strings.linkCopied);
    } else if (item === 'copy-markdown') {
      const { markdown, copied: outcome } = await actions.copyMarkdown(video, includeSpecs);
      if (outcome === 'copied') {
        emit('markdown_copied', { includeSpecs });
        toast(strings.markdownCopied);
      } else onManualCopy(markdown, strings.markdownWhat);
    } else {
      const format = item === 'download-pdf' ? 'pdf' : 'json';
      const filename = await actions.downloadExport(client, video, format);
      emit('export_downloaded', { format });
      toast(strings.downloaded(format, filename));
    }
  };

  const attempt = async (what: string, work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      toast(`${what}: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  const update = () =>
    attempt(strings.updateFailed, async () => {
      const result = await (await loadActions()).updateShareLink(client, video, settings);
      await showLink(result.share);
      copied(
        result.share.url,
        result.copied,
        strings.updated(describeShareContent(result.share.includeSpecs), result.share.expiresAt),
      );
    });

  const replace = () =>
    attempt(strings.replaceFailed, async () => {
      const result = await (await loadActions()).replaceShareLink(client, video, settings);
      await showLink(result.share);
      emit('share_link_created', { includeSpecs, expiresInDays: days ?? 0 });
      copied(result.share.url, result.copied, strings.replaced);
    });

  const revoke = () =>
    attempt(strings.revokeFailedShort, async () => {
      await (await loadActions()).revokeShareLink(client, video);
      setShare(undefined);
      emit('share_link_revoked', {});
      setNotice(strings.revokedHere);
      // The revoke button is gone: focus lands on what happened.
      requestAnimationFrame(() => noticeRef.current?.focus());
    });

  return (
    <scenra-prompt-action-card
      action="share"
      icon="🔗"
      heading={strings.heading}
      headingLevel={2}
      description={strings.description}
      emphasis="secondary"
      data-testid="share-card"
    >
      <div className="srd-choice" role="radiogroup" aria-labelledby={`${id}-privacy`}>
        <span id={`${id}-privacy`} className="srd-choice-label">
          {strings.privacyLegend}
        </span>
        {privacyChoices.map(([specs, label]) => (
          <label key={label}>
            <input
              type="radio"
              name={`${id}-privacy`}
              checked={includeSpecs === specs}
              onChange={() => setIncludeSpecs(specs)}
            />
            {label}
          </label>
        ))}
      </div>
      {/* One row of controls of one look: the expiry picker and the menu button. */}
      <div className="srd-share-controls">
        {/* The options name themselves ("Expires in 7 days"): the label is for screen readers. */}
        <label className="srd-visually-hidden" htmlFor={`${id}-expiry`}>
          {strings.expiry}
        </label>
        <select
          id={`${id}-expiry`}
          value={expiry}
          onChange={(e) => setExpiry(e.target.value as typeof expiry)}
        >
          {expiryChoices.map((c) => (
            <option key={c.value} value={c.value}>
              {strings.expiryChoices[c.value]}
            </option>
          ))}
        </select>
        <ShareMenu
          label={busy ? strings.working : strings.menu}
          onSelect={(event) => void attempt(strings.failures[event.item], () => run(event.item))}
        />
      </div>
      {share && LinkPanel && (
        <LinkPanel
          id={id}
          share={share}
          differs={differs}
          busy={busy}
          changesRef={changesRef}
          onUpdate={() => void update()}
          onReplace={() => void replace()}
          onRevoke={() => void revoke()}
        />
      )}
      {notice && (
        <p className="srd-small" role="status" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      )}
    </scenra-prompt-action-card>
  );
}
