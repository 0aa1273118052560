import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { CreateVideoBody, Video } from '@scenra/contracts';
import { bearer } from './build.ts';

/** A complete, valid video body; tests override what they are about. */
export function videoBody(overrides: Partial<CreateVideoBody> = {}): CreateVideoBody {
  return {
    title: 'Café “crème” — à l’aube',
    concept: 'A barista pours latte art at dawn while the city wakes up.',
    platform: 'instagram_reels',
    optimizedPrompt:
      'Close-up of a barista’s hands pouring a “rosetta” into a flat white — slow motion at 120 fps, warm window light, naïve façade of a Parisian café behind, Ærø-style pastel palette. Steam curls; the pattern blooms in one continuous pour.',
    specs: {
      aspectRatio: '9:16',
      durationSec: 6,
      resolution: '1080x1920',
      style: 'Cinematic macro',
      lighting: 'Soft morning window light',
      mood: 'Calm, hopeful',
    },
    hashtags: ['#café', '#latteart', '#morning'],
    roundtable: {
      synthesisComplete: true,
      messages: [{ agent: 'Director', role: 'Creative direction', content: 'Open on the pour.' }],
    },
    ...overrides,
  };
}

/** Creates a video through the API, as the host does, and returns it. */
export async function createVideo(
  app: FastifyInstance,
  userId: string,
  overrides: Partial<CreateVideoBody> = {},
  tier: 'free' | 'premium' = 'free',
): Promise<Video> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/videos',
    headers: bearer(app, userId, tier),
    payload: videoBody(overrides),
  });
  if (res.statusCode !== 201)
    throw new Error(`creating a video failed: ${res.statusCode} ${res.body}`);
  return res.json() as Video;
}

/** A fresh user id (24 hex digits). */
export const newUserId = () => randomBytes(12).toString('hex');
