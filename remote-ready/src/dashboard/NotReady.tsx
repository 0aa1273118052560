// What the ready route shows when there is nothing to act on yet: a prompt the roundtable is
// still synthesizing, or a video that does not exist (or is not the user's). Each leads on.
import type { Video } from '@scenra/contracts';

export function PromptNotReady({ video, onBack }: { video: Video; onBack(): void }) {
  return (
    <section className="srd-header" data-testid="prompt-not-ready" aria-labelledby="srd-not-ready">
      <scenra-step-indicator current={2} total={3} labels={['Brief', 'Roundtable', 'Ready']} />
      <h1 className="srd-title" id="srd-not-ready">
        Your prompt is not ready yet
      </h1>
      <p className="srd-concept">
        The roundtable is still working on “{video.title}”. Once the agents have synthesized the
        final prompt, you can copy it, generate the video and share it from here.
      </p>
      <p>
        <button type="button" className="srd-button" onClick={onBack}>
          ← Back to the roundtable
        </button>
      </p>
    </section>
  );
}

export function NotFound({ onHome }: { onHome(): void }) {
  return (
    <section className="srd-header" data-testid="video-not-found" aria-labelledby="srd-not-found">
      <h1 className="srd-title" id="srd-not-found">
        Video not found
      </h1>
      <p className="srd-concept">
        This video does not exist, or it belongs to another account. Check the link, or start a new
        video.
      </p>
      <p>
        <button type="button" className="srd-button" onClick={onHome}>
          Start a new video
        </button>
      </p>
    </section>
  );
}
