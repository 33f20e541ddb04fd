/**
 * Public versions of postmortems: the reviewed, redacted text being prepared (saved with optimistic concurrency),
 * the copy that is published, and every save, publish and unpublish kept as a revision and audited. Only a published,
 * unrestricted postmortem may have one; the world sees it only while its postmortem stays unrestricted.
 */
import type { Kysely } from 'kysely';
import { ConflictError, NotFoundError } from '../core/errors.js';
import { requirePublicEligible, slugOf, type PublicAction, type PublicRevision, type PublicVersion, type PublicVersionInput, type PublishedPostmortem, type ReviewedRedaction } from '../core/public-postmortem.js';
import { auditSourceOf, recordAudit } from './audit.js';
import { isoAt } from './clock.js';
import type { Connection, Dialect } from './dialect/dialect.js';
import { requireVisible } from './postmortem-read.js';
import { loadForWrite } from './postmortem-write.js';
import type { StoreContext } from './store-context.js';
import type { Actor } from './store.types.js';
import type { Database, PublicVersionTable } from './tables.js';
import { requireWrite } from './visibility.js';

/** NotFoundError for a postmortem without a public version. */
function noPublicVersion(id: string): NotFoundError {
  return new NotFoundError(`postmortem "${id}" has no public version yet: save one first (PUT /api/v1/postmortems/${id}/public, or debrief public save)`, { id });
}

/** A public_versions row as the domain sees it. */
function publicVersionOf(row: PublicVersionTable): PublicVersion {
  const published =
    row.published_version === null || row.published_at === null ? null : { version: row.published_version, title: row.published_title ?? row.title, at: row.published_at, firstAt: row.first_published_at ?? row.published_at };
  return {
    postmortemId: row.postmortem_id,
    slug: row.slug,
    version: row.version,
    title: row.title,
    text: row.text,
    redactions: JSON.parse(row.redactions) as ReviewedRedaction[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    published,
  };
}

/** ConflictError for a version that is no longer current. */
function stalePublic(id: string, expected: number, current: number): ConflictError {
  return new ConflictError(`the public version of postmortem "${id}" has changed: version ${expected} is no longer current (it is now ${current}); read it again, then apply your change`, { currentVersion: current });
}

/** The postmortem, locked, and ConflictError unless it may have a public version (published, not restricted). */
async function requireEligible(trx: Kysely<Database>, dialect: Dialect, actor: Actor, id: string): Promise<void> {
  requirePublicEligible((await loadForWrite(trx, dialect, actor, id)).postmortem);
}

/** The public version's row, locked where the engine can; undefined when there is none. */
async function rowForUpdate(trx: Kysely<Database>, dialect: Dialect, id: string): Promise<PublicVersionTable | undefined> {
  return trx.selectFrom('public_versions').selectAll().where('postmortem_id', '=', id).$if(dialect.rowLocks, (q) => q.forUpdate()).executeTakeFirst();
}

/** A slug for a new public version: the one asked for, else the title's, made unique with -2, -3… */
async function freeSlug(trx: Kysely<Database>, id: string, wanted: string): Promise<string> {
  const taken = await trx.selectFrom('public_versions').select(['slug', 'postmortem_id']).where('slug', 'like', `${wanted}%`).execute();
  const others = new Set(taken.filter((t) => t.postmortem_id !== id).map((t) => t.slug));
  let slug = wanted;
  for (let n = 2; others.has(slug); n++) slug = `${wanted}-${n}`;
  return slug;
}

/** Writes the row and its revision, and audits the change. */
async function writeChange(trx: Kysely<Database>, context: StoreContext, actor: Actor, row: PublicVersionTable, action: PublicAction, inserting: boolean): Promise<PublicVersion> {
  if (inserting) await trx.insertInto('public_versions').values(row).execute();
  else await trx.updateTable('public_versions').set(row).where('postmortem_id', '=', row.postmortem_id).execute();
  await trx
    .insertInto('public_revisions')
    .values({ postmortem_id: row.postmortem_id, number: row.version, at: row.updated_at, user_id: actor.userId, user_email: row.updated_by, action, slug: row.slug, title: row.title, text: row.text, redactions: row.redactions })
    .execute();
  const accepted = (JSON.parse(row.redactions) as ReviewedRedaction[]).filter((r) => r.decision !== 'rejected').length;
  await recordAudit(trx, context, { action: `postmortem.public_${action}`, by: auditSourceOf(actor), target: row.postmortem_id, details: { version: row.version, slug: row.slug, redactions: accepted } });
  return publicVersionOf(row);
}

/**
 * Saves the reviewed public text of a published, unrestricted postmortem: a new one when `expectedVersion` is null
 * (ConflictError when one exists), else the next version of the current one. What is published does not change.
 */
export async function savePublicVersion({ db, dialect }: Connection, context: StoreContext, actor: Actor, id: string, expectedVersion: number | null, input: PublicVersionInput): Promise<PublicVersion> {
  requireWrite(actor);
  try {
    return await dialect.writeTransaction(db, async (trx) => {
      await requireEligible(trx, dialect, actor, id);
      const current = await rowForUpdate(trx, dialect, id);
      if (current === undefined && expectedVersion !== null) throw noPublicVersion(id);
      if (current !== undefined && expectedVersion === null) {
        throw new ConflictError(`postmortem "${id}" already has a public version (version ${current.version}): send If-Match with that version to change it`, { currentVersion: current.version });
      }
      if (current !== undefined && expectedVersion !== current.version) throw stalePublic(id, expectedVersion ?? 0, current.version);
      const at = isoAt(context.clock());
      const slug = input.slug ?? current?.slug ?? (await freeSlug(trx, id, slugOf(input.title)));
      const base = current ?? { postmortem_id: id, version: 0, created_at: at, published_version: null, published_title: null, published_text: null, published_at: null, first_published_at: null };
      const row: PublicVersionTable = { ...base, slug, version: base.version + 1, title: input.title, text: input.text, redactions: JSON.stringify(input.redactions), updated_at: at, updated_by: actor.email.toLowerCase() };
      return writeChange(trx, context, actor, row, 'saved', current === undefined);
    });
  } catch (error) {
    if (dialect.isUniqueViolation(error)) throw new ConflictError(`the slug "${input.slug ?? ''}" is already taken by another public postmortem: choose another`, { slug: input.slug ?? null });
    throw error;
  }
}

/**
 * Publishes the public version as it is at `version` (ConflictError when that is no longer current, or when the
 * postmortem may not be public): the world sees this copy until it is published again or taken down.
 */
export async function publishPublicVersion({ db, dialect }: Connection, context: StoreContext, actor: Actor, id: string, version: number): Promise<PublicVersion> {
  requireWrite(actor);
  return dialect.writeTransaction(db, async (trx) => {
    await requireEligible(trx, dialect, actor, id);
    const current = await rowForUpdate(trx, dialect, id);
    if (current === undefined) throw noPublicVersion(id);
    if (current.version !== version) throw stalePublic(id, version, current.version);
    const at = isoAt(context.clock());
    const next = current.version + 1;
    const row: PublicVersionTable = { ...current, version: next, updated_at: at, updated_by: actor.email.toLowerCase(), published_version: next, published_title: current.title, published_text: current.text, published_at: at, first_published_at: current.first_published_at ?? at };
    return writeChange(trx, context, actor, row, 'published', false);
  });
}

/** Takes the public version down (its page and feed entry go); the text stays, to publish again. ConflictError when it is not public. */
export async function unpublishPublicVersion({ db, dialect }: Connection, context: StoreContext, actor: Actor, id: string): Promise<PublicVersion> {
  requireWrite(actor);
  return dialect.writeTransaction(db, async (trx) => {
    await loadForWrite(trx, dialect, actor, id);
    const current = await rowForUpdate(trx, dialect, id);
    if (current === undefined) throw noPublicVersion(id);
    if (current.published_version === null) throw new ConflictError(`the public version of postmortem "${id}" is not published: there is nothing to take down`);
    const row: PublicVersionTable = { ...current, version: current.version + 1, updated_at: isoAt(context.clock()), updated_by: actor.email.toLowerCase(), published_version: null, published_title: null, published_text: null, published_at: null };
    return writeChange(trx, context, actor, row, 'unpublished', false);
  });
}

/** The public version of a postmortem the actor may see; NotFoundError when it has none. */
export async function getPublicVersion({ db }: Connection, actor: Actor, id: string): Promise<PublicVersion> {
  await requireVisible(db, actor, id);
  const row = await db.selectFrom('public_versions').selectAll().where('postmortem_id', '=', id).executeTakeFirst();
  if (row === undefined) throw noPublicVersion(id);
  return publicVersionOf(row);
}

/** Every change of the public version of a postmortem the actor may see, oldest first. */
export async function listPublicRevisions({ db }: Connection, actor: Actor, id: string): Promise<PublicRevision[]> {
  await requireVisible(db, actor, id);
  const rows = await db.selectFrom('public_revisions').selectAll().where('postmortem_id', '=', id).orderBy('number').execute();
  return rows.map((r) => ({ number: r.number, at: r.at, by: { userId: r.user_id, email: r.user_email }, action: r.action as PublicAction, slug: r.slug, title: r.title, text: r.text, redactions: JSON.parse(r.redactions) as ReviewedRedaction[] }));
}

/** The published public postmortems whose postmortem is still unrestricted (what anyone may read), newest first; with `slug`, that one only. */
export async function listPublished({ db }: Connection, slug?: string): Promise<PublishedPostmortem[]> {
  const rows = await db
    .selectFrom('public_versions')
    .innerJoin('postmortems', 'postmortems.id', 'public_versions.postmortem_id')
    .select(['public_versions.slug', 'public_versions.published_title', 'public_versions.published_text', 'public_versions.published_at', 'public_versions.first_published_at'])
    .where('postmortems.restricted', '=', 0)
    .where('public_versions.published_version', 'is not', null)
    .$if(slug !== undefined, (q) => q.where('public_versions.slug', '=', slug ?? ''))
    .orderBy('public_versions.first_published_at', 'desc')
    .orderBy('public_versions.slug')
    .execute();
  return rows.map((r) => ({ slug: r.slug, title: r.published_title ?? '', text: r.published_text ?? '', publishedAt: r.published_at ?? '', firstPublishedAt: r.first_published_at ?? r.published_at ?? '' }));
}
