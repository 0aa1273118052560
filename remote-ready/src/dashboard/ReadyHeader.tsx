// Top of the ready page: way back, step 3 of 3, the unmistakable "ready" title, and what the video is.
import { platformLabels, type Video } from '@scenra/contracts';
import { relativeTime } from '../shared/relativeTime.ts';
import { readyStrings as strings } from '../strings.ts';

export interface ReadyHeaderProps {
  video: Video;
  onBack(): void;
}

export function ReadyHeader({ video, onBack }: ReadyHeaderProps) {
  const created = relativeTime(video.createdAt);
  return (
    <header className="srd-header">
      <button type="button" className="srd-link" onClick={onBack}>
        {strings.back}
      </button>
      <scenra-step-indicator current={3} total={3} labels={strings.steps} />
      <h1 className="srd-title">{strings.title}</h1>
      <p className="srd-concept" data-testid="ready-concept">
        {excerpt(video.concept, 160)}
      </p>
      <p className="srd-meta" data-testid="ready-meta">
        {strings.meta(platformLabels[video.platform])}
        <time dateTime={video.createdAt}>{created}</time>
      </p>
    </header>
  );
}

function excerpt(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
