/**
 * What anyone may read without signing in: the published public postmortems at /public/postmortems/{slug}, their
 * index, and an Atom feed. Server-rendered, sanitized, no script; cacheable, with ETag and Last-Modified, and 304
 * when the copy a reader (or a cache) holds is current. Nothing else of Debrief is reachable this way.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Feed } from 'feed';
import { SLUG, type PublishedPostmortem } from '../../core/public-postmortem.js';
import { markdownHtml, standalonePage, STANDALONE_PAGE_CSP } from '../../markdown/html.js';
import { markdown } from '../../markdown/markdown-it.js';
import type { Store } from '../../store/store.types.js';
import { publicPath } from '../views/public-version.js';

const escape = markdown.utils.escapeHtml;

/** How long a reader or a shared cache may keep a page before asking again. */
const CACHE_CONTROL = 'public, max-age=300, must-revalidate';
const INDEX_PATH = '/public/postmortems';
const FEED_PATH = '/public/postmortems/feed.atom';

/** A date as people read it, `2024-03-01`. */
function day(at: string): string {
  return at.slice(0, 10);
}

/** When the newest of them was published, or null for none. */
function lastPublished(all: readonly PublishedPostmortem[]): string | null {
  return all.reduce<string | null>((latest, pm) => (latest === null || pm.publishedAt > latest ? pm.publishedAt : latest), null);
}

/** The origin links in the feed use: DEBRIEF_PUBLIC_URL, else the request's own. */
function originOf(request: FastifyRequest, publicUrl: string | null): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

/**
 * Sends `body` with the caching headers (a strong ETag of the body, Last-Modified at `modified`), or 304 when the
 * request's If-None-Match (or, without one, If-Modified-Since) shows the reader has it already.
 */
function sendCached(request: FastifyRequest, reply: FastifyReply, type: string, body: string, modified: string | null): FastifyReply {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const lastModified = modified === null ? null : new Date(modified);
  reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('content-security-policy', STANDALONE_PAGE_CSP).header('x-robots-tag', 'noarchive');
  if (lastModified !== null) reply.header('last-modified', lastModified.toUTCString());
  const inm = request.headers['if-none-match'];
  const ims = request.headers['if-modified-since'];
  const fresh =
    inm !== undefined
      ? inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')
      : ims !== undefined && lastModified !== null && Math.floor(lastModified.getTime() / 1000) <= Math.floor(Date.parse(ims) / 1000);
  if (fresh) return reply.code(304).send();
  return reply.type(type).send(body);
}

/** The page of one public postmortem. */
function postmortemPage(pm: PublishedPostmortem): string {
  const when = `<p>Published <time datetime="${escape(pm.firstPublishedAt)}">${escape(day(pm.firstPublishedAt))}</time>${pm.publishedAt !== pm.firstPublishedAt ? `, updated <time datetime="${escape(pm.publishedAt)}">${escape(day(pm.publishedAt))}</time>` : ''}</p>`;
  const feedLink = `<link rel="alternate" type="application/atom+xml" title="Incident reports" href="${FEED_PATH}">`;
  return standalonePage(pm.title, `<header class="page"><p><a href="${INDEX_PATH}">All incident reports</a></p><h1>${escape(pm.title)}</h1>${when}</header>\n${markdownHtml(pm.text)}`, [feedLink]);
}

/** The index page: every public postmortem, newest first. */
function indexPage(all: readonly PublishedPostmortem[]): string {
  const items = all.map((pm) => `<li><a href="${publicPath(pm.slug)}">${escape(pm.title)}</a> <time datetime="${escape(pm.firstPublishedAt)}">${escape(day(pm.firstPublishedAt))}</time></li>`);
  const list = items.length === 0 ? '<p>No incident reports have been published.</p>' : `<ul>\n${items.join('\n')}\n</ul>`;
  const feedLink = `<link rel="alternate" type="application/atom+xml" title="Incident reports" href="${FEED_PATH}">`;
  return standalonePage('Incident reports', `<header class="page"><h1>Incident reports</h1><p><a href="${FEED_PATH}">Atom feed</a></p></header>\n${list}`, [feedLink]);
}

/** The Atom feed of every public postmortem, each entry with its whole sanitized text. */
function atomFeed(all: readonly PublishedPostmortem[], origin: string): string {
  const feed = new Feed({
    id: `${origin}${INDEX_PATH}`,
    title: 'Incident reports',
    link: `${origin}${INDEX_PATH}`,
    feedLinks: { atom: `${origin}${FEED_PATH}` },
    updated: new Date(lastPublished(all) ?? 0),
    generator: 'Debrief',
  });
  for (const pm of all) {
    const link = `${origin}${publicPath(pm.slug)}`;
    feed.addItem({ title: pm.title, id: link, link, date: new Date(pm.publishedAt), published: new Date(pm.firstPublishedAt), content: markdownHtml(pm.text) });
  }
  return feed.atom1();
}

/** A page saying there is no such public postmortem (404). */
function notFound(reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .header('cache-control', 'no-cache')
    .header('content-security-policy', STANDALONE_PAGE_CSP)
    .type('text/html; charset=utf-8')
    .send(standalonePage('Not found', `<h1>Not found</h1><p>There is no public incident report here. See <a href="${INDEX_PATH}">all incident reports</a>.</p>`));
}

/** Registers the public pages (no sign-in: they are outside /api/v1, which alone authenticates). */
export function registerPublicPages(app: FastifyInstance, store: Store, publicUrl: string | null): void {
  const hidden = { schema: { hide: true } };
  app.get(INDEX_PATH, hidden, async (request, reply) => {
    const all = await store.listPublished();
    return sendCached(request, reply, 'text/html; charset=utf-8', indexPage(all), lastPublished(all));
  });
  app.get(FEED_PATH, hidden, async (request, reply) => {
    const all = await store.listPublished();
    const body = atomFeed(all, originOf(request, publicUrl));
    return sendCached(request, reply, 'application/atom+xml; charset=utf-8', body, lastPublished(all));
  });
  app.get<{ Params: { slug: string } }>(`${INDEX_PATH}/:slug`, hidden, async (request, reply) => {
    const { slug } = request.params;
    const [pm] = SLUG.test(slug) ? await store.listPublished(slug) : [];
    if (pm === undefined) return notFound(reply);
    return sendCached(request, reply, 'text/html; charset=utf-8', postmortemPage(pm), pm.publishedAt);
  });
}
