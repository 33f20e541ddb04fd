/** Versions over HTTP: the ETag a postmortem is served with, and the If-Match a write must carry. */
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

/** The strong ETag of a version: `"7"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version a write expects, from `If-Match: "7"`; 428 without the header, 400 when it is not one of our ETags. */
export function requiredVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '') {
    throw new HttpError(428, 'precondition_required', 'This write needs an If-Match header with the version you read (the ETag of GET).');
  }
  const match = /^\s*"?(\d{1,15})"?\s*$/.exec(header);
  if (match === null) {
    throw new HttpError(400, 'invalid_if_match', 'If-Match must be one version ETag such as "7".');
  }
  return Number(match[1]);
}

/** The version from If-Match when the request sends one (for writes where it is optional). */
export function optionalVersion(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] === undefined ? undefined : requiredVersion(request);
}
