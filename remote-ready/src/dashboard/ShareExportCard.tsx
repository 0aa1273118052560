// "Share & export": a link with the owner's privacy and expiry choice, PDF and JSON downloads,
// and the prompt as Markdown, each confirming success or explaining failure.
import type { ShareExpiryDays, ShareResult, Video } from '@scenra/contracts';
import { useId, useState } from 'react';
import type { ScenraMenuSelectEvent } from '../elements/index.ts';
import type { ApiClient } from '../api/client.ts';
import type { Emit } from './analytics.ts';
import type { ShowToast } from './useToast.ts';
import { ShareMenu } from './ShareMenu.tsx';

export interface ShareExportCardProps {
  video: Video;
  client: ApiClient;
  emit: Emit;
  toast: ShowToast;
  onManualCopy(text: string, what: string): void;
}

const expiryChoices: Array<{ value: string; label: string; days: ShareExpiryDays }> = [
  { value: 'never', label: 'Never expires', days: null },
  { value: '1', label: 'Expires in 1 day', days: 1 },
  { value: '7', label: 'Expires in 7 days', days: 7 },
  { value: '30', label: 'Expires in 30 days', days: 30 },
];

const loadActions = () => import('./shareActions.ts');

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
  const [share, setShare] = useState<ShareResult>();
  const [busy, setBusy] = useState(false);

  const run = async (item: ScenraMenuSelectEvent['item']) => {
    const actions = await loadActions();
    if (item === 'copy-link') {
      const days = expiryChoices.find((c) => c.value === expiry)?.days ?? null;
      const { share: result, copied } = await actions.createShareLink(
        client,
        video,
        share,
        includeSpecs,
        days,
      );
      setShare(result);
      if (result.created) emit('share_link_created', { includeSpecs, expiresInDays: days ?? 0 });
      if (copied === 'copied') toast('Share link copied to clipboard!');
      else onManualCopy(result.url, 'share link');
    } else if (item === 'copy-markdown') {
      const { markdown, copied } = await actions.copyMarkdown(video, includeSpecs);
      if (copied === 'copied') {
        emit('markdown_copied', { includeSpecs });
        toast('Markdown copied to clipboard!');
      } else onManualCopy(markdown, 'Markdown');
    } else {
      const format = item === 'download-pdf' ? 'pdf' : 'json';
      const filename = await actions.downloadExport(client, video, format);
      emit('export_downloaded', { format });
      toast(`${format === 'pdf' ? 'PDF' : 'JSON'} downloaded: ${filename}`);
    }
  };

  const onSelect = async (event: ScenraMenuSelectEvent) => {
    setBusy(true);
    try {
      await run(event.item);
    } catch (error) {
      toast(
        `${failureLabel(event.item)}: ${error instanceof Error ? error.message : String(error)}`,
        'error',
      );
    } finally {
      setBusy(false);
    }
  };

  const revoke = async () => {
    try {
      await (await loadActions()).revokeShareLink(client, video);
      setShare(undefined);
      emit('share_link_revoked', {});
      toast('Share link revoked. It no longer opens.');
    } catch (error) {
      toast(
        `Could not revoke the link: ${error instanceof Error ? error.message : String(error)}`,
        'error',
      );
    }
  };

  return (
    <scenra-prompt-action-card
      action="share"
      icon="🔗"
      heading="Share & export"
      headingLevel={2}
      description="Send a read-only link, or take the prompt with you as PDF, JSON or Markdown."
      emphasis="secondary"
      data-testid="share-card"
    >
      <fieldset className="srd-fieldset">
        <legend>What the link shows</legend>
        <label>
          <input
            type="radio"
            name={`${id}-privacy`}
            checked={includeSpecs}
            onChange={() => setIncludeSpecs(true)}
          />{' '}
          Prompt + specs + hashtags
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-privacy`}
            checked={!includeSpecs}
            onChange={() => setIncludeSpecs(false)}
          />{' '}
          Prompt only
        </label>
      </fieldset>
      <label className="srd-small srd-expiry" htmlFor={`${id}-expiry`}>
        Link expiry{' '}
        <select id={`${id}-expiry`} value={expiry} onChange={(e) => setExpiry(e.target.value)}>
          {expiryChoices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <div className="srd-row">
        <ShareMenu
          label={busy ? 'Working…' : 'Share & export'}
          onSelect={(e) => void onSelect(e)}
        />
      </div>
      {share && (
        <p className="srd-small srd-share-link" data-testid="share-link">
          Link: <a href={share.url}>{share.url}</a>
          {share.expiresAt && ` · expires ${new Date(share.expiresAt).toLocaleDateString()}`}{' '}
          <button type="button" className="srd-link" onClick={() => void revoke()}>
            Revoke link
          </button>
        </p>
      )}
    </scenra-prompt-action-card>
  );
}

function failureLabel(item: ScenraMenuSelectEvent['item']): string {
  switch (item) {
    case 'copy-link':
      return 'Could not create the share link';
    case 'download-pdf':
      return 'The PDF could not be downloaded';
    case 'export-json':
      return 'The JSON could not be exported';
    case 'copy-markdown':
      return 'The Markdown could not be copied';
  }
}
