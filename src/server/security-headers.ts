/**
 * The headers every answer carries: no MIME sniffing, a referrer policy, no caching unless a route chose a cache
 * policy (API answers hold restricted postmortems and who is signed in), no framing of HTML pages, and HSTS
 * whenever the app is reached over HTTPS.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The Content-Security-Policy of our pages (the web app, the API reference): scripts, styles, fonts and images only
 * from our origin (images also as data: URLs; never from elsewhere, so an author cannot track readers with a remote
 * image), no plugins, no framing, no form posts elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** One year, and every subdomain: what browsers' preload lists ask for. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** What the headers depend on besides the request. */
export interface SecurityHeaderOptions {
  /** The app is served over HTTPS even when a request looks like plain HTTP (TLS ends at a proxy). */
  https: boolean;
}

function isHtml(reply: FastifyReply): boolean {
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && type.startsWith('text/html');
}

/** Sets the headers on an answer about to be sent; for the few that no hook sees (Fastify's frameworkErrors). */
export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply, options: SecurityHeaderOptions): FastifyReply {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'same-origin');
  // No ETag-based revalidation exists to lose: an ETag serves If-Match on writes, never If-None-Match on reads.
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  if (isHtml(reply)) reply.header('x-frame-options', 'DENY');
  if (options.https || request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  return reply;
}

/** Installs the headers on every answer of `app` (routes, errors, not-found, static files). */
export function installSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  // A callback hook, not an async one: it runs on every answer, and a promise per answer is measurable.
  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
    setSecurityHeaders(request, reply, options);
    done(null, payload);
  });
}
