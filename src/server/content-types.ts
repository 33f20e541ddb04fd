/** The request bodies the API reads: JSON (depth-limited), JSON merge patches and Markdown documents. */
import type { FastifyBodyParser, FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';
import { assertJsonDepth } from './json-depth.js';

/**
 * The body limit of routes that take a few fields (sign-in, passwords, users, tokens): parsing and checking a 2 MB
 * body costs a tenth of a second or more, which nobody signing in needs to be able to make the server spend.
 */
export const SMALL_BODY_BYTES = 16 * 1024;

/** The media type of Markdown documents. */
export const MARKDOWN = 'text/markdown';

/** The media type of RFC 7396 JSON merge patches. */
export const MERGE_PATCH = 'application/merge-patch+json';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A Markdown body as text: strict UTF-8, no NUL bytes (a binary file is refused, not imported). */
function decodeMarkdown(body: Buffer): string {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new HttpError(400, 'invalid_markdown', 'The Markdown body is not valid UTF-8 text.');
  }
  if (text.includes('\u0000')) throw new HttpError(400, 'invalid_markdown', 'The Markdown body contains NUL bytes; it looks like a binary file.');
  if (text.trim() === '') throw new HttpError(400, 'invalid_markdown', 'The Markdown body is empty.');
  return text;
}

/** The media type of a request's body, lower case, without parameters ('' when there is none). */
function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A preValidation hook for routes whose body schema is chosen by media type: other bodies get 415. */
export function acceptOnly(...types: readonly string[]): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    if (!types.includes(mediaTypeOf(request))) {
      throw new HttpError(415, 'unsupported_media_type', `Send the body as ${types.join(' or ')}.`);
    }
  };
}

/** Methods whose requests carry no body by their meaning: an empty one with a JSON content type is no body, not bad JSON. */
const NO_BODY_METHODS = new Set(['DELETE', 'OPTIONS']);

/**
 * Fastify's JSON parser (secure-json-parse: `__proto__` and `constructor.prototype` keys are refused), behind a
 * depth check of the raw text, so that nesting too deep is refused before anything is built.
 */
function jsonParser(app: FastifyInstance): FastifyBodyParser<string> {
  const parse = app.getDefaultJsonParser('error', 'error');
  return (request, body, done) => {
    if (body === '' && NO_BODY_METHODS.has(request.method)) return done(null, undefined);
    try {
      assertJsonDepth(body);
    } catch (error) {
      return done(error as Error, undefined);
    }
    parse(request, body, done);
  };
}

/** Teaches the app to read JSON, `application/merge-patch+json` and `text/markdown` bodies, and to refuse plain text. */
export function registerContentTypes(app: FastifyInstance): void {
  app.removeContentTypeParser(['text/plain', 'application/json']);
  app.addContentTypeParser(MARKDOWN, { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, decodeMarkdown(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addContentTypeParser(['application/json', MERGE_PATCH], { parseAs: 'string' }, jsonParser(app));
}
