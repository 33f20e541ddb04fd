/**
 * The OpenAPI 3.1 document, generated from the zod schemas the routes validate with, served at
 * /api/v1/openapi.json, and the browsable reference at /api/docs.
 */
import swagger, { type SwaggerTransform } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from './auth.js';
import { operationIdOf } from './operation-ids.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

/** A body schema chosen by media type: `{ content: { 'text/markdown': { schema } } }`. */
interface ContentBody {
  content: Record<string, { schema: unknown }>;
}

function isContentBody(body: unknown): body is ContentBody {
  return typeof body === 'object' && body !== null && 'content' in body && typeof body.content === 'object';
}

/** The zod transform, extended to bodies with one schema per media type (which it does not handle itself). */
const zodTransform: SwaggerTransform = (document) => {
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

/** The zod transform, with each operation's name (operation-ids.ts). */
const transform: SwaggerTransform = (document) => {
  const transformed = zodTransform(document);
  const method = Array.isArray(document.route.method) ? String(document.route.method[0]) : document.route.method;
  const operationId = operationIdOf(method, document.url);
  return operationId === undefined ? transformed : { ...transformed, schema: { ...transformed.schema, operationId } };
};

/** The names of the component schemas a part of the document refers to. */
function referencedSchemas(part: unknown): string[] {
  return [...JSON.stringify(part).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1] as string));
}

/**
 * The zod transform of the whole document, without the component schemas no operation uses (the registry makes an
 * input and an output form of each; a client generated from the document should not carry the ones nobody sends).
 */
const transformObject: typeof jsonSchemaTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
  const schemas = document.components?.schemas;
  if (schemas === undefined) return document as ReturnType<typeof jsonSchemaTransformObject>;
  const used = new Set<string>();
  let next = referencedSchemas(document.paths);
  while (next.length > 0) {
    const fresh = next.filter((name) => !used.has(name));
    for (const name of fresh) used.add(name);
    next = fresh.flatMap((name) => referencedSchemas(schemas[name]));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } } as ReturnType<typeof jsonSchemaTransformObject>;
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
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // The document is served by the API it describes: its paths (which hold /api/v1) are relative to that server.
      servers: [{ url: '/', description: 'the Debrief server that serves this document' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform,
    transformObject,
  });
  // The reference UI's pages and assets come from our origin (the plugin serves them; nothing from a CDN). Swagger UI
  // sets its inline styles by script, which style-src does not govern; the one <style> it inserts (the Swagger logo's
  // fill colours, a logo the page replaces with Fastify's) is blocked, and Chromium says so in its console.
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: CONTENT_SECURITY_POLICY });
  app.get('/api/v1/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
