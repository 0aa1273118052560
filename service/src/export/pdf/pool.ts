import { Worker } from 'node:worker_threads';
import type { Video } from '@scenra/contracts';
import { AppError } from '../../lib/errors.ts';
import type { RenderAnswer, RenderRequest } from './worker.ts';

const workerFile = new URL('./worker.ts', import.meta.url);
/** A render that takes longer than this is abandoned and its thread replaced. */
const RENDER_TIMEOUT_MS = 30_000;
/** What a caller is told to wait when every thread is busy and the queue is full. */
const BUSY_RETRY_AFTER_SEC = 5;

interface Job {
  jobId: number;
  video: Video;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

export const exportBusy = () =>
  new AppError(
    503,
    'export_busy',
    `Too many PDF exports are being made right now. Try again in ${BUSY_RETRY_AFTER_SEC} seconds.`,
    {
      details: { retryAfterSec: BUSY_RETRY_AFTER_SEC },
      headers: { 'retry-after': String(BUSY_RETRY_AFTER_SEC) },
    },
  );

const renderFailed = () =>
  new AppError(503, 'export_failed', 'The PDF could not be made right now. Try again shortly.', {
    headers: { 'retry-after': String(BUSY_RETRY_AFTER_SEC) },
  });

/**
 * A bounded pool of PDF render threads. At most `workers` renders run at once, at most
 * `queueLimit` wait; beyond that `render` refuses at once with 503 `export_busy` and
 * `Retry-After`, so a burst of exports neither stalls the event loop nor piles up memory.
 * A thread that crashes or overruns its time is replaced. Threads start on first use.
 */
export class PdfRenderPool {
  readonly #size: number;
  readonly #queueLimit: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #nextJobId = 1;
  #closed = false;

  constructor(options: { workers: number; queueLimit: number }) {
    this.#size = options.workers;
    this.#queueLimit = options.queueLimit;
  }

  /** Renders in a thread; rejects with 503 when the pool is saturated. */
  render(video: Video): Promise<Buffer> {
    if (this.#closed) return Promise.reject(renderFailed());
    const idle = this.#idleSlot();
    if (!idle && this.#queue.length >= this.#queueLimit) return Promise.reject(exportBusy());
    return new Promise<Buffer>((resolve, reject) => {
      const job = { jobId: this.#nextJobId++, video, resolve, reject };
      if (idle) this.#start(idle, job);
      else this.#queue.push(job);
    });
  }

  /** Renders running and waiting now (for tests and logs). */
  get load(): { running: number; waiting: number } {
    return { running: this.#slots.filter((s) => s.job).length, waiting: this.#queue.length };
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(renderFailed());
    await Promise.all(this.#slots.splice(0).map((slot) => this.#stop(slot)));
  }

  #idleSlot(): Slot | undefined {
    const idle = this.#slots.find((slot) => !slot.job);
    if (idle) return idle;
    if (this.#slots.length < this.#size) return this.#spawn();
    return undefined;
  }

  #spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerFile), job: undefined, timer: undefined };
    slot.worker.unref();
    slot.worker.on('message', (answer: RenderAnswer) => this.#settle(slot, answer));
    slot.worker.on('error', () => this.#replace(slot));
    slot.worker.on('exit', () => this.#replace(slot));
    this.#slots.push(slot);
    return slot;
  }

  #start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.timer = setTimeout(() => this.#replace(slot), RENDER_TIMEOUT_MS);
    slot.worker.postMessage({ jobId: job.jobId, video: job.video } satisfies RenderRequest);
  }

  #settle(slot: Slot, answer: RenderAnswer): void {
    const job = slot.job;
    if (!job || job.jobId !== answer.jobId) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    if ('pdf' in answer) job.resolve(Buffer.from(answer.pdf));
    else if (answer.error.statusCode && answer.error.code) {
      job.reject(new AppError(answer.error.statusCode, answer.error.code, answer.error.message));
    } else job.reject(renderFailed());
    this.#next(slot);
  }

  /** A thread died or hung: fail its job, drop it, and let a fresh one take the queue. */
  #replace(slot: Slot): void {
    const index = this.#slots.indexOf(slot);
    if (index === -1) return;
    this.#slots.splice(index, 1);
    clearTimeout(slot.timer);
    slot.job?.reject(renderFailed());
    slot.job = undefined;
    void slot.worker.terminate();
    if (!this.#closed && this.#queue.length) this.#next(this.#spawn());
  }

  #next(slot: Slot): void {
    const job = this.#queue.shift();
    if (job) this.#start(slot, job);
  }

  async #stop(slot: Slot): Promise<void> {
    clearTimeout(slot.timer);
    slot.job?.reject(renderFailed());
    slot.worker.removeAllListeners();
    await slot.worker.terminate();
  }
}
