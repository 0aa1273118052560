import type { Readable } from 'node:stream';
import type OpenAI from 'openai';
import { downloadProviderFile } from './download.ts';

/**
 * The one adapter to video providers: the OpenAI-compatible `/videos` protocol through the
 * openai SDK (`videos.create` / `retrieve` / `downloadContent`) at the provider's base URL.
 * The client comes from the provider registry with `maxRetries: 0` and a timeout: retrying
 * is the caller's decision, never a hidden one that could start a second paid job.
 */

export interface ProviderJob {
  id: string;
  status: 'queued' | 'in_progress' | 'completed' | 'failed';
  /** 0–100. */
  progress: number;
  error?: { code: string; message: string };
}

export interface JobRequest {
  prompt: string;
  model: string;
  seconds: number;
  size: string;
}

const statuses = new Set(['queued', 'in_progress', 'completed', 'failed']);

function toJob(video: OpenAI.Videos.Video): ProviderJob {
  const status = statuses.has(video.status) ? video.status : 'in_progress';
  const progress = Number.isFinite(video.progress) ? Math.max(0, Math.min(100, video.progress)) : 0;
  const job: ProviderJob = { id: video.id, status, progress: Math.round(progress) };
  if (video.error) {
    job.error = {
      code: typeof video.error.code === 'string' ? video.error.code : 'generation_failed',
      message:
        typeof video.error.message === 'string' ? video.error.message.slice(0, 300) : 'Failed.',
    };
  }
  return job;
}

/** Starts a job. The SDK types sizes and seconds as Sora's; gateways accept their own. */
export async function createJob(client: OpenAI, request: JobRequest): Promise<ProviderJob> {
  const video = await client.videos.create({
    prompt: request.prompt,
    model: request.model,
    seconds: String(request.seconds) as OpenAI.Videos.VideoSeconds,
    size: request.size as OpenAI.Videos.VideoSize,
  });
  return toJob(video);
}

export async function retrieveJob(client: OpenAI, jobId: string): Promise<ProviderJob> {
  return toJob(await client.videos.retrieve(jobId));
}

/**
 * The finished video as a Node stream, fetched by `downloadProviderFile`: no redirect to an
 * origin the provider entry does not allow, a video content type, at most `maxBytes`.
 * `signal` aborts the transfer.
 */
export async function downloadJob(
  client: OpenAI,
  jobId: string,
  options: { signal: AbortSignal; allowedOrigins: string[]; maxBytes: number },
): Promise<{ stream: Readable; contentType: string }> {
  const url = `${client.baseURL.replace(/\/$/, '')}/videos/${encodeURIComponent(jobId)}/content`;
  return downloadProviderFile(url, { apiKey: client.apiKey ?? '', ...options });
}
