// Follows one generation to its end and turns the finished file into something <video> can
// play. A `<video src>` cannot send an Authorization header, and the file is owner-only, so
// the page fetches it with the bearer token and plays it from a Blob URL.
import type { Generation } from '@scenra/contracts';
import { useEffect, useState } from 'react';
import { currentToken } from './session.ts';
import { apiGet } from './api.ts';

export type GenerationVideo =
  | { state: 'loading' }
  | { state: 'running'; generation: Generation }
  | { state: 'ready'; generation: Generation; src: string }
  | { state: 'failed'; message: string; generation?: Generation };

const pollMs = 1500;

export function useGenerationVideo(apiBaseUrl: string, generationId: string): GenerationVideo {
  const [result, setResult] = useState<GenerationVideo>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    let blobUrl: string | undefined;
    const follow = async () => {
      for (;;) {
        const generation = await apiGet<Generation>(
          apiBaseUrl,
          `/api/generations/${encodeURIComponent(generationId)}`,
          controller.signal,
        );
        if (generation.status === 'failed') {
          setResult({
            state: 'failed',
            generation,
            message: generation.error?.message ?? 'The provider could not make this video.',
          });
          return;
        }
        if (generation.status === 'completed') {
          const response = await fetch(
            `${apiBaseUrl}/api/generations/${encodeURIComponent(generationId)}/content`,
            {
              headers: { authorization: `Bearer ${currentToken()}` },
              signal: controller.signal,
            },
          );
          if (!response.ok)
            throw new Error(
              `The video file could not load (the service answered ${response.status}).`,
            );
          blobUrl = URL.createObjectURL(await response.blob());
          setResult({ state: 'ready', generation, src: blobUrl });
          return;
        }
        setResult({ state: 'running', generation });
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        if (controller.signal.aborted) return;
      }
    };
    follow().catch((error: unknown) => {
      if (!controller.signal.aborted)
        setResult({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
    });
    return () => {
      controller.abort();
      if (blobUrl) URL.revokeObjectURL(blobUrl);
    };
  }, [apiBaseUrl, generationId]);
  return result;
}
