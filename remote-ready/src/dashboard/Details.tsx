// The collapsible sections under the actions: the prompt, the specs, the hashtags.
import { specRows, type Video } from '@scenra/contracts';
import type { ReactNode } from 'react';
import type { Emit } from '../shared/analytics.ts';
import { readyStrings } from '../strings.ts';

const strings = readyStrings.details;

function Section({
  id,
  title,
  emit,
  children,
}: {
  id: string;
  title: string;
  emit: Emit;
  children: ReactNode;
}) {
  return (
    <details
      className="srd-details"
      data-section={id}
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open)
          emit('section_expanded', { section: id });
      }}
    >
      <summary>{title}</summary>
      <div className="srd-details-body">{children}</div>
    </details>
  );
}

export function Details({
  video,
  emit,
  onCopyHashtags,
}: {
  video: Video;
  emit: Emit;
  onCopyHashtags(): void;
}) {
  const rows = specRows(video.specs);
  return (
    <section className="srd-sections" aria-label={strings.label}>
      <Section id="prompt" title={strings.prompt} emit={emit}>
        <p className="srd-prompt" data-testid="optimized-prompt">
          {video.optimizedPrompt}
        </p>
      </Section>
      <Section id="specs" title={strings.specs} emit={emit}>
        <table className="srd-table">
          <caption className="srd-visually-hidden">{strings.specs}</caption>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {video.hashtags.length > 0 && (
        <Section id="hashtags" title={strings.hashtags(video.hashtags.length)} emit={emit}>
          <p className="srd-tags">{video.hashtags.join(' ')}</p>
          <button type="button" className="srd-button srd-secondary" onClick={onCopyHashtags}>
            {strings.copyHashtags}
          </button>
        </Section>
      )}
    </section>
  );
}
