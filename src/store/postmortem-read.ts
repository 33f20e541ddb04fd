/** Reading postmortems: one (as a document or as stored text), and their revisions (lists: postmortem-list.ts). */
import type { Kysely } from 'kysely';
import { NotFoundError } from '../core/errors.js';
import type { Connection } from './dialect/dialect.js';
import { postmortemNotFound } from './postmortem-write.js';
import { storedPostmortem, summaryOf, teamsByPostmortem } from './postmortem-rows.js';
import { revisionOf } from './revision-rows.js';
import type { Actor, Revision, RevisionInfo, StoredPostmortem, StoredPostmortemText } from './store.types.js';
import type { Database } from './tables.js';
import { visibleTo } from './visibility.js';

/** What reading one postmortem selects (the small summary lies past the document in the row: read with it, it costs little more). */
const CORE_COLUMNS = [
  'postmortems.id',
  'postmortems.version',
  'postmortems.document',
  'postmortems.summary',
  'postmortems.created_at',
  'postmortems.updated_at',
] as const;

/** The row of a postmortem the actor may see, with its summary and its members; NotFoundError otherwise. */
async function visiblePostmortemRow({ db, dialect }: Connection, actor: Actor, id: string) {
  // One query: the row and its members (as a JSON array) together.
  const row = await db
    .selectFrom('postmortems')
    .select(CORE_COLUMNS)
    .select(dialect.memberEmailsJson().as('members'))
    .where('postmortems.id', '=', id)
    .where(visibleTo(actor))
    .executeTakeFirst();
  if (row === undefined) throw postmortemNotFound(id);
  const members = typeof row.members === 'string' ? (JSON.parse(row.members) as string[]) : (row.members as string[]);
  return { ...row, members };
}

/** Ids asked for in one query at most (well under either engine's limit on bound values). */
const IDS_PER_QUERY = 1000;

/** The teams (in lower case) of those of some postmortems the actor may see; a postmortem with none is absent. */
export async function postmortemTeams({ db }: Connection, actor: Actor, ids: readonly string[]): Promise<Map<string, string[]>> {
  const unique = [...new Set(ids)];
  const rows: { postmortem_id: string; team: string }[] = [];
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
    const chunk = await db
      .selectFrom('postmortem_teams')
      .innerJoin('postmortems', 'postmortems.id', 'postmortem_teams.postmortem_id')
      .select(['postmortem_teams.postmortem_id', 'postmortem_teams.team'])
      .where('postmortem_teams.postmortem_id', 'in', unique.slice(i, i + IDS_PER_QUERY))
      .where(visibleTo(actor))
      .orderBy('postmortem_teams.postmortem_id')
      .orderBy('postmortem_teams.team')
      .execute();
    rows.push(...chunk);
  }
  return teamsByPostmortem(rows);
}

/** A postmortem the actor may see; NotFoundError otherwise. */
export async function getPostmortem(conn: Connection, actor: Actor, id: string): Promise<StoredPostmortem> {
  const row = await visiblePostmortemRow(conn, actor, id);
  return storedPostmortem(row, row.members);
}

/** A postmortem the actor may see, its document as stored (JSON text, not parsed); NotFoundError otherwise. */
export async function getPostmortemText(conn: Connection, actor: Actor, id: string): Promise<StoredPostmortemText> {
  const row = await visiblePostmortemRow(conn, actor, id);
  const { derived, restricted } = summaryOf(row);
  return {
    id: row.id,
    version: row.version,
    document: row.document,
    derived,
    restricted,
    members: row.members,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** NotFoundError unless the postmortem exists and the actor may see it. */
export async function requireVisible(db: Kysely<Database>, actor: Actor, id: string): Promise<void> {
  const row = await db.selectFrom('postmortems').select('postmortems.id').where('postmortems.id', '=', id).where(visibleTo(actor)).executeTakeFirst();
  if (row === undefined) throw postmortemNotFound(id);
}

/** Of some postmortem ids, those that exist and the actor may see (restricted ones only as a member or an admin). */
export async function visibleAmong({ db }: Connection, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Set();
  const rows = await db.selectFrom('postmortems').select('postmortems.id').where('postmortems.id', 'in', wanted).where(visibleTo(actor)).execute();
  return new Set(rows.map((row) => row.id));
}

/** The revisions of a postmortem the actor may see, oldest first. */
export async function listRevisions({ db }: Connection, actor: Actor, id: string): Promise<RevisionInfo[]> {
  await requireVisible(db, actor, id);
  const rows = await db
    .selectFrom('revisions')
    .select(['postmortem_id', 'number', 'at', 'user_id', 'user_email', 'changed', 'note'])
    .where('postmortem_id', '=', id)
    .orderBy('number')
    .execute();
  return rows.map((row) => revisionOf(row));
}

/** One revision in full. */
export async function getRevision({ db }: Connection, actor: Actor, id: string, number: number): Promise<Revision> {
  await requireVisible(db, actor, id);
  const row = await db.selectFrom('revisions').selectAll().where('postmortem_id', '=', id).where('number', '=', number).executeTakeFirst();
  if (row === undefined) throw new NotFoundError(`postmortem "${id}" has no revision ${number}`, { id, number });
  return revisionOf(row);
}
