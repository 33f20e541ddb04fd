/**
 * The OpenAPI 3.1 document, generated from the zod schemas the routes validate with, served at
 * /api/v1/openapi.json, and the browsable reference at /api/docs.
 */
import swagger, { type SwaggerTransform } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from './auth.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

/** A body schema chosen by media type: `{ content: { 'text/markdown': { schema } } }`. */
interface ContentBody {
  content: Record<string, { schema: unknown }>;
}

function isContentBody(body: unknown): body is ContentBody {
  return typeof body === 'object' && body !== null && 'content' in body && typeof body.content === 'object';
}

/** The zod transform, extended to bodies with one schema per media type (which it does not handle itself). */
const transform: SwaggerTransform = (document) => {
  const body: unknown = document.schema.body;
  if (!isContentBody(body)) return jsonSchemaTransform(document);
  const { body: _body, ...rest } = document.schema;
  const transformed = jsonSchemaTransform({ ...document, schema: rest });
  const content = Object.fromEntries(
    Object.entries(body.content).map(([type, { schema }]) => {
      const converted = jsonSchemaTransform({ ...document, schema: { body: schema } as FastifySchema }).schema.body;
      return [type, { schema: converted }];
    }),
  );
  return { ...transformed, schema: { ...transformed.schema, body: { content } } };
};


/** The version of the API's contract (the /api/v1 of the paths), not of the package. */
const API_VERSION = '1.0.0';

/** Registers the OpenAPI generator, the /api/v1/openapi.json route and the reference UI at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Debrief API',
        version: API_VERSION,
        description: 'Blameless incident postmortems: write, review, track and search. See docs/api.md.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform,
    transformObject: jsonSchemaTransformObject,
  });
  // The reference UI's pages and assets come from our origin (the plugin serves them; nothing from a CDN). Swagger UI
  // sets its inline styles by script, which style-src does not govern; the one <style> it inserts (the Swagger logo's
  // fill colours, a logo the page replaces with Fastify's) is blocked, and Chromium says so in its console.
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: CONTENT_SECURITY_POLICY });
  app.get('/api/v1/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
