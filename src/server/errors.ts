/**
 * The one place where an error becomes an HTTP answer: domain errors, validation failures, Fastify's own
 * errors and the few transport-only refusals. Bodies are `{"error":{"code","message","details"}}`;
 * anything unexpected is a 500 that says nothing of its internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError, type z } from 'zod';
import { BusyError, ConflictError, ForbiddenError, InputError, NotFoundError, RateLimitedError } from '../core/errors.js';
import { FinalBlockedByLintError } from '../core/status-flow.js';
import { ApprovalsNeededError } from './approvals.js';

/** A refusal that only exists in HTTP (not signed in, no If-Match, bad CSRF token, rate limit…). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** One invalid field: a dotted path into the input (`actionItems.0.owner`) and what is wrong with it. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The body of every error answer. */
interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

interface Described {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  /** Seconds to wait before trying again (429, 503): sent as Retry-After. */
  retryAfter?: number;
}

/** Field problems from zod issues; an unknown-keys issue becomes one problem per key. */
function zodProblems(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FieldProblem[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}

/** Field problems from a Fastify validation error (JSON pointers such as `/actionItems/0/owner`). */
function validationProblems(error: FastifyError): FieldProblem[] {
  return (error.validation ?? []).flatMap((v) => {
    const path = v.instancePath.split('/').filter((part) => part !== '');
    const keys = (v.params as { keys?: unknown }).keys;
    if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((key) => ({ path: [...path, String(key)].join('.'), message: 'unknown field' }));
    }
    return [{ path: path.join('.'), message: v.message ?? 'invalid' }];
  });
}

const INVALID_INPUT = 'The request is not valid; see details for each field.';

/** Fastify's own client errors that deserve a code of their own. */
const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is larger than the server accepts.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'This content type is not accepted here.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: 'The request body is empty but its content type says JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: 'The request body does not match its Content-Length.' },
  FST_ERR_BAD_URL: { code: 'bad_url', message: 'The address has a broken %-escape; encode it again (a "%" itself is written %25).' },
};

/** True when the request made its write conditional on a version (`If-Match`). */
function conditional(request: FastifyRequest): boolean {
  return request.headers['if-match'] !== undefined;
}

function hasCurrentVersion(details: unknown): boolean {
  return typeof details === 'object' && details !== null && 'currentVersion' in details;
}

/** Maps any error to a status, a stable code, a message safe to show, and details. */
export function describeError(error: unknown, request: FastifyRequest): Described {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message, details: error.details };
  if (error instanceof ZodError) return { status: 422, code: 'invalid_input', message: INVALID_INPUT, details: zodProblems(error.issues) };
  if (error instanceof InputError) return { status: 422, code: 'invalid_input', message: error.message, details: error.details };
  if (error instanceof NotFoundError) return { status: 404, code: 'not_found', message: error.message };
  if (error instanceof ForbiddenError) return { status: 403, code: 'forbidden', message: error.message };
  if (error instanceof RateLimitedError) return { status: 429, code: 'rate_limited', message: error.message, details: error.details, retryAfter: error.retryAfterSeconds };
  if (error instanceof BusyError) return { status: 503, code: 'busy', message: error.message, details: error.details, retryAfter: error.retryAfterSeconds };
  if (error instanceof FinalBlockedByLintError) return { status: 409, code: 'lint_errors', message: error.message, details: error.details };
  if (error instanceof ApprovalsNeededError) return { status: 409, code: 'approvals_needed', message: error.message, details: error.details };
  if (error instanceof ConflictError) {
    if (hasCurrentVersion(error.details) && conditional(request)) {
      return { status: 412, code: 'version_mismatch', message: error.message, details: error.details };
    }
    return { status: 409, code: 'conflict', message: error.message, details: error.details };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (Array.isArray(fastifyError.validation)) {
    return { status: 422, code: 'invalid_input', message: INVALID_INPUT, details: validationProblems(fastifyError as FastifyError) };
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const known = FASTIFY_CODES[fastifyError.code ?? ''];
    return { status, code: known?.code ?? 'bad_request', message: known?.message ?? 'The request could not be read.' };
  }
  return { status: 500, code: 'internal_error', message: 'Something went wrong on the server; it has been logged.' };
}

/** Sends the error answer for `error`; 5xx are logged with the error, 4xx are not. */
export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const described = describeError(error, request);
  if (described.status >= 500) request.log.error({ err: error }, 'request failed');
  const body: ErrorBody = { error: { code: described.code, message: described.message } };
  if (described.details !== undefined) body.error.details = described.details;
  // RFC 9110 §11.6.1: a 401 names how to authenticate (a bearer token; the web app's cookie is its own business).
  if (described.status === 401) reply.header('www-authenticate', 'Bearer realm="debrief"');
  if (described.retryAfter !== undefined) reply.header('retry-after', String(described.retryAfter));
  return reply.code(described.status).type('application/json; charset=utf-8').send(body);
}

/** Installs the error handler and the not-found handler on the app. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendError(new HttpError(404, 'not_found', `There is no ${request.method} ${request.url.split('?')[0]}.`), request, reply),
  );
}
