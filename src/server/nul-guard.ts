/**
 * Refuses U+0000 in any string of a request (JSON body, query, path): PostgreSQL cannot store it in text,
 * so without this guard the same input would be kept on SQLite and fail on PostgreSQL.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError, type FieldProblem } from './errors.js';

const MESSAGE = 'must not contain NUL (U+0000) characters';

/** The paths of every string in `value` that contains U+0000. */
function nulPaths(value: unknown, path: string[], found: FieldProblem[]): FieldProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ path: path.join('.'), message: MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulPaths(item, [...path, String(i)], found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) nulPaths(item, [...path, key], found);
  }
  return found;
}

/** A callback hook, not an async one: it runs on every request, and a promise per request is measurable. */
function refuseNul(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  const problems = [request.params, request.query, request.body].flatMap((part) => nulPaths(part, [], []));
  done(problems.length > 0 ? new HttpError(422, 'invalid_input', `Text ${MESSAGE}.`, problems) : undefined);
}

/** Installs the guard on every route, before validation. */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', refuseNul);
}
