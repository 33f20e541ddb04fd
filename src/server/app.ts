/** The Fastify app of `debrief serve`: plugins, authentication, error mapping, OpenAPI and every route. */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Store } from '../store/store.types.js';
import { installAuth } from './auth.js';
import { registerContentTypes } from './content-types.js';
import { installErrorHandling, sendError } from './errors.js';
import { installNulGuard } from './nul-guard.js';
import { registerOpenApi } from './openapi.js';
import { actionItemRoutes } from './routes/action-items.js';
import { authRoutes } from './routes/auth.js';
import { commentRoutes } from './routes/comments.js';
import { healthRoutes } from './routes/health.js';
import { postmortemRoutes } from './routes/postmortems.js';
import { revisionRoutes } from './routes/revisions.js';
import { userRoutes } from './routes/users.js';
import { registerWebApp } from './web-app.js';
import { workflowRoutes } from './routes/workflow.js';

/** The largest request body accepted (413 above). */
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** What the app is built from. */
export interface AppOptions {
  store: Store;
  /** A pino logger for request logs; without one the app logs nothing. */
  logger?: FastifyBaseLogger;
  /** Mark the session cookie Secure even on plain-HTTP requests (behind a TLS-terminating proxy). */
  secureCookies?: boolean;
  /** Trust X-Forwarded-* headers (client IP for rate limits, https for Secure cookies). */
  trustProxy?: boolean;
}

/** Builds the app (not listening): tests call `app.inject`, `debrief serve` calls `listen`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const app = Fastify({
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    // Requests that still arrive while shutting down are answered (with Connection: close), not refused.
    return503OnClosing: false,
    // What the router refuses before any route runs (a path with broken escapes, `/api/v1/%ZZ`) gets the same
    // error shape as everything else, not Fastify's own.
    frameworkErrors: (error, request, reply) => sendError(error, request, reply),
  });
  app.setValidatorCompiler(validatorCompiler);
  // Answers are built by typed presenters; the zod response schemas document them and need not re-check each one.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandling(app);
  registerContentTypes(app);
  installNulGuard(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  installAuth(app, store);
  await registerOpenApi(app);

  await app.register(healthRoutes, { store });
  const api = { prefix: '/api/v1', store };
  await app.register(authRoutes, { ...api, secureCookies: options.secureCookies ?? false });
  await app.register(postmortemRoutes, api);
  await app.register(workflowRoutes, api);
  await app.register(revisionRoutes, api);
  await app.register(commentRoutes, api);
  await app.register(actionItemRoutes, api);
  await app.register(userRoutes, api);
  await registerWebApp(app);
  return app;
}
