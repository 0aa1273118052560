import type { SandboxVideoDoc } from './video-model.ts';

/**
 * The sandbox provider's simulated render. A job's state is a pure function of its stored
 * row and the clock, so it advances without any background worker, survives restarts and
 * reads the same on every instance.
 *  - first 10 % of the render time: queued, 0 %;
 *  - then in progress, progress proportional to the elapsed time;
 *  - at the render time: completed (or, for a `renders-fail` key, failed half-way through).
 */
export interface SandboxVideo {
  id: string;
  object: 'video';
  status: 'queued' | 'in_progress' | 'completed' | 'failed';
  progress: number;
  model: string;
  seconds: string;
  size: string;
  prompt: string | null;
  created_at: number;
  completed_at: number | null;
  expires_at: number | null;
  remixed_from_video_id: null;
  error: { code: string; message: string } | null;
}

type JobRow = Pick<
  SandboxVideoDoc,
  '_id' | 'model' | 'seconds' | 'size' | 'prompt' | 'outcome' | 'renderMs' | 'createdAt'
>;

const seconds = (date: Date | number) => Math.floor(Number(date) / 1000);

/** How long a finished sandbox video stays downloadable, like a real provider's links. */
const EXPIRES_AFTER_SEC = 24 * 60 * 60;

export function sandboxVideoAt(job: JobRow, now: Date): SandboxVideo {
  const elapsed = Math.max(0, now.getTime() - job.createdAt.getTime());
  const base = {
    id: job._id,
    object: 'video' as const,
    model: job.model,
    seconds: job.seconds,
    size: job.size,
    prompt: job.prompt ?? null,
    created_at: seconds(job.createdAt),
    remixed_from_video_id: null,
  };
  const failAt = job.renderMs / 2;
  if (job.outcome === 'fail' && elapsed >= failAt) {
    return {
      ...base,
      status: 'failed',
      progress: 50,
      completed_at: seconds(job.createdAt.getTime() + failAt),
      expires_at: null,
      error: {
        code: 'render_failed',
        message: 'The sandbox render failed: this key makes every render fail.',
      },
    };
  }
  if (elapsed >= job.renderMs) {
    const completedAt = seconds(job.createdAt.getTime() + job.renderMs);
    return {
      ...base,
      status: 'completed',
      progress: 100,
      completed_at: completedAt,
      expires_at: completedAt + EXPIRES_AFTER_SEC,
      error: null,
    };
  }
  const queued = elapsed < job.renderMs * 0.1;
  return {
    ...base,
    status: queued ? 'queued' : 'in_progress',
    progress: queued ? 0 : Math.min(99, Math.floor((elapsed / job.renderMs) * 100)),
    completed_at: null,
    expires_at: null,
    error: null,
  };
}
