// "Share & export": a link with the owner's privacy and expiry choice, PDF and JSON downloads,
// and the prompt as Markdown, each confirming success or explaining failure.
import { videoToMarkdown, type ShareExpiryDays, type ShareResult, type Video } from '@scenra/contracts';
import { useId, useState } from 'react';
import type { ScenraMenuSelectEvent } from '../elements/index.ts';
import type { ApiClient } from '../api/client.ts';
import type { Emit } from './analytics.ts';
import { copyText } from './clipboard.ts';
import { saveResponse } from './download.ts';
import type { ShowToast } from './useToast.ts';

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

export function ShareExportCard({ video, client, emit, toast, onManualCopy }: ShareExportCardProps) {
  const id = useId();
  const [includeSpecs, setIncludeSpecs] = useState(true);
  const [expiry, setExpiry] = useState('never');
  const [share, setShare] = useState<ShareResult>();
  const [busy, setBusy] = useState(false);
  const path = `/api/videos/${encodeURIComponent(video.id)}`;

  const copyLink = async () => {
    const days = expiryChoices.find((c) => c.value === expiry)?.days ?? null;
    const expiryChanged = share && (share.expiresAt === null) !== (days === null);
    const rotate = Boolean(share && (share.includeSpecs !== includeSpecs || expiryChanged));
    const result = await client.json<ShareResult>(`${path}/share`, {
      method: 'POST',
      body: { includeSpecs, expiresInDays: days, rotate },
    });
    setShare(result);
    if (result.created) emit('share_link_created', { includeSpecs, expiresInDays: days ?? 0 });
    if ((await copyText(result.url)) === 'copied') toast('Share link copied to clipboard!');
    else onManualCopy(result.url, 'share link');
  };

  const download = async (format: 'pdf' | 'json') => {
    const response = await client.raw(`${path}/export?format=${format}`);
    const filename = await saveResponse(response, `scenra-prompt.${format}`);
    emit('export_downloaded', { format });
    toast(`${format === 'pdf' ? 'PDF' : 'JSON'} downloaded: ${filename}`);
  };

  const copyMarkdown = async () => {
    const markdown = videoToMarkdown(video, { includeSpecs });
    if ((await copyText(markdown)) === 'copied') {
      emit('markdown_copied', { includeSpecs });
      toast('Markdown copied to clipboard!');
    } else onManualCopy(markdown, 'Markdown');
  };

  const onSelect = async (event: ScenraMenuSelectEvent) => {
    setBusy(true);
    try {
      if (event.item === 'copy-link') await copyLink();
      else if (event.item === 'download-pdf') await download('pdf');
      else if (event.item === 'export-json') await download('json');
      else await copyMarkdown();
    } catch (error) {
      toast(`${failureLabel(event.item)}: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  const revoke = async () => {
    try {
      await client.json(`${path}/share`, { method: 'DELETE' });
      setShare(undefined);
      emit('share_link_revoked', {});
      toast('Share link revoked. It no longer opens.');
    } catch (error) {
      toast(`Could not revoke the link: ${error instanceof Error ? error.message : String(error)}`, 'error');
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
          <input type="radio" name={`${id}-privacy`} checked={includeSpecs} onChange={() => setIncludeSpecs(true)} /> Prompt + specs +
          hashtags
        </label>
        <label>
          <input type="radio" name={`${id}-privacy`} checked={!includeSpecs} onChange={() => setIncludeSpecs(false)} /> Prompt only
        </label>
      </fieldset>
      <label className="srd-small" htmlFor={`${id}-expiry`}>
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
        <scenra-share-export-menu label={busy ? 'Working…' : 'Share & export'} onscenra-menu-select={(e) => void onSelect(e)} />
      </div>
      {share && (
        <p className="srd-small" data-testid="share-link">
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
