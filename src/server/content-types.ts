/** The request bodies the API reads besides JSON: Markdown documents and JSON merge patches. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

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

/** Teaches the app to read `text/markdown` and `application/merge-patch+json` bodies, and to refuse plain text. */
export function registerContentTypes(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(MARKDOWN, { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, decodeMarkdown(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addContentTypeParser(MERGE_PATCH, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
}
