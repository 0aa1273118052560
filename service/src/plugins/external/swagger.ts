import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { AppOptions } from '../../app.ts';

/** Builds the OpenAPI document from the routes' zod schemas; served at /api/openapi.json. */
export default fp<AppOptions>(
  async (fastify, { config }) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Scenra Ready API',
          version: '1.0.0',
          description:
            'The API behind the "your video prompt is ready" step: videos, keys, shares, exports, generation.',
        },
        servers: [{ url: config.publicUrl }],
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            /** The host product's billing, for credit grants only. */
            serviceToken: { type: 'apiKey', in: 'header', name: 'x-service-token' },
          },
        },
      },
      transform: jsonSchemaTransform,
    });
  },
  { name: 'swagger' },
);
