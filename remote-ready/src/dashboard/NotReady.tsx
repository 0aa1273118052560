// What the ready route shows when there is nothing to act on yet: a prompt the roundtable is
// still synthesizing, or a video that does not exist (or is not the user's). Each leads on.
import type { Video } from '@scenra/contracts';
import { readyStrings } from '../strings.ts';

export function PromptNotReady({ video, onBack }: { video: Video; onBack(): void }) {
  return (
    <section className="srd-header" data-testid="prompt-not-ready" aria-labelledby="srd-not-ready">
      <scenra-step-indicator current={2} total={3} labels={readyStrings.steps} />
      <h1 className="srd-title" id="srd-not-ready">
        {readyStrings.notReady.title}
      </h1>
      <p className="srd-concept">{readyStrings.notReady.text(video.title)}</p>
      <p>
        <button type="button" className="srd-button" onClick={onBack}>
          {readyStrings.notReady.back}
        </button>
      </p>
    </section>
  );
}

export function NotFound({ onHome }: { onHome(): void }) {
  return (
    <section className="srd-header" data-testid="video-not-found" aria-labelledby="srd-not-found">
      <h1 className="srd-title" id="srd-not-found">
        {readyStrings.notFound.title}
      </h1>
      <p className="srd-concept">{readyStrings.notFound.text}</p>
      <p>
        <button type="button" className="srd-button" onClick={onHome}>
          {readyStrings.notFound.home}
        </button>
      </p>
    </section>
  );
}
