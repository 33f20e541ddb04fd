/**
 * Refuses U+0000 in any string of a request (JSON body, query, path): PostgreSQL cannot store it in text,
 * so without this guard the same input would be kept on SQLite and fail on PostgreSQL.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NUL_MESSAGE, nulPaths } from '../core/nul-text.js';
import { HttpError } from './errors.js';

/** A callback hook, not an async one: it runs on every request, and a promise per request is measurable. */
function refuseNul(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  const paths = [request.params, request.query, request.body].flatMap((part) => nulPaths(part));
  done(paths.length > 0 ? new HttpError(422, 'invalid_input', `Text ${NUL_MESSAGE}.`, paths.map((path) => ({ path, message: NUL_MESSAGE }))) : undefined);
}

/** Installs the guard on every route, before validation. */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', refuseNul);
}
