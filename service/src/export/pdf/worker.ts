// A PDF render thread: receives videos, answers with their PDF bytes. Runs in its own
// worker_threads isolate, so a long layout never blocks the API's event loop.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { Video } from '@scenra/contracts';
import { isAppError } from '../../lib/errors.ts';
import { renderVideoPdf } from './render.ts';

export interface RenderRequest {
  jobId: number;
  video: Video;
}
export type RenderAnswer =
  | { jobId: number; pdf: Uint8Array }
  | { jobId: number; error: { statusCode?: number; code?: string; message: string } };

/**
 * Renders yield the CPU to the API: on Linux this thread's own id (from /proc/thread-self)
 * takes the lowest scheduling priority, so a busy machine serves requests first and exports
 * after. Elsewhere the thread keeps the default priority.
 */
function lowerThreadPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 19);
  } catch {
    // not Linux, or not allowed: the render still runs off the event loop
  }
}
lowerThreadPriority();

parentPort!.on('message', async ({ jobId, video }: RenderRequest) => {
  try {
    const pdf = await renderVideoPdf(video);
    // Copied, not transferred: a Buffer may be a slice of a pool shared with other Buffers.
    parentPort!.postMessage({ jobId, pdf: new Uint8Array(pdf) } satisfies RenderAnswer);
  } catch (error) {
    const answer: RenderAnswer = isAppError(error)
      ? { jobId, error: { statusCode: error.statusCode, code: error.code, message: error.message } }
      : { jobId, error: { message: (error as Error).name } };
    parentPort!.postMessage(answer);
  }
});
