import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { admit } from '../../../providers/sandbox/admission.ts';
import { sandboxVideoAt } from '../../../providers/sandbox/render.ts';
import { sandboxVideoModel } from '../../../providers/sandbox/video-model.ts';

/** The bundled clip every sandbox job "renders" (4 s, 360×640, H.264/AAC, < 100 KB). */
const sampleClip = readFileSync(new URL('../../../../assets/sandbox.mp4', import.meta.url));

const openAiError = (message: string, code: string | null, param: string | null = null) => ({
  error: { message, type: 'invalid_request_error', code, param },
});

const keyHash = (apiKey: string) => createHash('sha256').update(apiKey).digest('hex');

/**
 * The sandbox provider's `/videos` endpoints: the OpenAI Videos API protocol (create,
 * retrieve, download content) with a simulated render, so the real openai SDK path runs
 * end to end offline. Keys decide the behaviour (providers/sandbox/behaviour.ts). Served
 * only where the registry offers the sandbox: never in production.
 */
const sandboxVideos: FastifyPluginAsync = async (fastify) => {
  const sandbox = fastify.providers.get('sandbox');
  if (!sandbox?.sandbox) return;
  const Jobs = sandboxVideoModel(fastify.db);
  const models = sandbox.models;

  // The SDK sends `videos.create` as multipart/form-data; the platform's Request parses it.
  fastify.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: 1024 * 1024 },
    async (request: FastifyRequest, body: Buffer) => {
      const form = await new Request('http://sandbox.local/', {
        method: 'POST',
        headers: { 'content-type': String(request.headers['content-type']) },
        body,
      }).formData();
      const fields: Record<string, string> = {};
      for (const [name, value] of form) if (typeof value === 'string') fields[name] = value;
      return fields;
    },
  );

  /** The caller's job, or the refusal or 404 already sent: jobs are visible only to their key. */
  async function openJob(request: FastifyRequest, reply: FastifyReply, id: string) {
    const caller = await admit(request, reply);
    if (!caller) return undefined;
    const job = await Jobs.findOne({ _id: id, keyHash: keyHash(caller.apiKey) }).lean();
    if (!job) {
      await reply.code(404).send(openAiError('Video not found.', 'not_found', 'video_id'));
      return undefined;
    }
    return job;
  }

  fastify.post('/videos', { schema: { hide: true } }, async (request, reply) => {
    const caller = await admit(request, reply);
    if (!caller) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const prompt = typeof body.prompt === 'string' ? body.prompt : '';
    if (!prompt.trim())
      return reply.code(400).send(openAiError('prompt is required.', null, 'prompt'));
    const modelId = typeof body.model === 'string' ? body.model : models[0]!.id;
    const model = models.find((m) => m.id === modelId);
    if (!model) {
      return reply
        .code(400)
        .send(openAiError(`Unknown model "${modelId}".`, 'invalid_value', 'model'));
    }
    const seconds = String(body.seconds ?? model.seconds[0]);
    if (!model.seconds.map(String).includes(seconds)) {
      return reply
        .code(400)
        .send(
          openAiError(
            `seconds must be one of ${model.seconds.join(', ')}.`,
            'invalid_value',
            'seconds',
          ),
        );
    }
    const size = String(body.size ?? model.sizes[0]);
    if (!model.sizes.includes(size)) {
      return reply
        .code(400)
        .send(
          openAiError(`size must be one of ${model.sizes.join(', ')}.`, 'invalid_value', 'size'),
        );
    }
    const job = await Jobs.create({
      _id: `video_${randomBytes(12).toString('hex')}`,
      keyHash: keyHash(caller.apiKey),
      model: model.id,
      seconds,
      size,
      prompt: prompt.slice(0, 4000),
      outcome: caller.behaviour === 'renders-fail' ? 'fail' : 'complete',
      renderMs: fastify.config.sandboxRenderMs,
      createdAt: new Date(),
    });
    // As at a real provider, creating answers the job as created (queued), however long the
    // insert took: a slow database must not make the first answer skip a state.
    return sandboxVideoAt(job.toObject(), job.createdAt);
  });

  fastify.get<{ Params: { id: string } }>(
    '/videos/:id',
    { schema: { hide: true } },
    async (request, reply) => {
      const job = await openJob(request, reply, request.params.id);
      if (!job) return reply;
      return sandboxVideoAt(job, new Date());
    },
  );

  fastify.get<{ Params: { id: string }; Querystring: { variant?: string } }>(
    '/videos/:id/content',
    { schema: { hide: true } },
    async (request, reply) => {
      const job = await openJob(request, reply, request.params.id);
      if (!job) return reply;
      const variant = request.query.variant ?? 'video';
      if (variant !== 'video') {
        return reply
          .code(400)
          .send(openAiError('The sandbox only has the video variant.', 'invalid_value', 'variant'));
      }
      if (sandboxVideoAt(job, new Date()).status !== 'completed') {
        return reply
          .code(400)
          .send(
            openAiError('The video is not ready; wait until it is completed.', 'video_not_ready'),
          );
      }
      return reply
        .type('video/mp4')
        .header('content-length', sampleClip.length)
        .header('cache-control', 'no-store')
        .send(sampleClip);
    },
  );
};
export default sandboxVideos;
