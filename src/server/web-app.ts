/**
 * The web app: serves the Vite build (dist/web) at `/`, and its index.html for every other GET that is a
 * client-side route. API, health and docs paths never fall back to the page: they keep the JSON 404.
 * Text files are sent as the brotli or gzip copies the build wrote beside them (web/precompress.ts) when the
 * request's Accept-Encoding allows, else as they are.
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

/** Where `npm run build:web` writes the app (next to the compiled server in dist/). */
export const WEB_ROOT = resolve(import.meta.dirname, '../web');

/** Paths that belong to the server, not to the app's client-side routes. */
const SERVER_PATHS = /^\/(?:api|healthz|readyz)(?:[/?#]|$)/;
/**
 * Paths of files, not of pages: the built assets, and names with the extension of a web file (`/favicon.ico`,
 * an old `/assets/index-1a2b.js` after a deploy; not `/postmortems/INC-1.2`). A missing one is 404: answering
 * the page instead made a browser report "expected a JavaScript module" rather than a missing file.
 */
const FILE_PATHS = /^(?:\/assets\/|[^?#]*\.(?:js|mjs|css|map|ico|png|svg|jpe?g|gif|webp|txt|xml|json|webmanifest|woff2?)(?:[?#]|$))/i;

/** A precompressed copy's suffix, which the headers of the file it stands for must not depend on. */
const COMPRESSED_SUFFIX = /\.(?:br|gz)$/;

/** The page itself is always revalidated; hashed assets under /assets/ never change. (security-headers.ts adds the rest.) */
function setCacheHeaders(reply: FastifyReply, sentPath: string): void {
  const path = sentPath.replace(COMPRESSED_SUFFIX, '');
  if (path.endsWith('.html')) {
    reply.header('cache-control', 'no-cache');
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  } else if (path.includes(`${sep}assets${sep}`)) {
    reply.header('cache-control', 'public, max-age=31536000, immutable');
  }
}

/**
 * Registers the web app on `app` (after the API routes). Without a build (`npm run build:web` not run)
 * it logs a warning and serves nothing, so the API still works.
 */
export async function registerWebApp(app: FastifyInstance, root: string = WEB_ROOT): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built (npm run build:web); serving the API only');
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: false, cacheControl: false, preCompressed: true, setHeaders: setCacheHeaders });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (SERVER_PATHS.test(request.url) || FILE_PATHS.test(request.url)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
