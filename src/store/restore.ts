/**
 * Loading a dump into an empty database, all or nothing: one transaction, every line checked (format,
 * references to earlier lines, documents against the postmortem schema), errors as `line N: what is wrong`.
 */
import type { Kysely } from 'kysely';
import { InputError } from '../core/errors.js';
import { NUL_MESSAGE, nulPaths } from '../core/nul-text.js';
import { countRows } from './count-rows.js';
import type { Connection, Dialect } from './dialect/dialect.js';
import { DUMP_HEADER, DUMP_TABLES, dumpLineSchema, type DumpLine } from './dump-format.js';
import { postmortemRow, type IdentifiedPostmortem } from './postmortem-rows.js';
import { writeDerivedRows } from './postmortem-write.js';
import { DEFAULT_TOKEN_DAYS } from './tokens.js';
import type { Database } from './tables.js';
import { normalEmail, parsePostmortem } from './validate.js';

/** What a restore loaded. */
export interface RestoreCounts {
  postmortems: number;
  users: number;
}

/** What restoring has seen so far: the ids later lines may refer to, and where in the table order it is. */
export interface RestoreState {
  users: Set<string>;
  postmortems: Set<string>;
  incidents: Set<string>;
  tableIndex: number;
}

/** InputError about a line of the dump. */
function lineError(line: number, message: string): InputError {
  return new InputError(`line ${line}: ${message}`, { line });
}

/** Runs `check`, turning its InputError into one about the line. */
function atLine<T>(line: number, prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InputError) throw lineError(line, `${prefix}${error.message}`);
    throw error;
  }
}

/** Parses and checks one line of the dump. */
function parseLine(text: string, line: number): DumpLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw lineError(line, 'not valid JSON');
  }
  const result = dumpLineSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw lineError(line, `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'not a dump line'}`);
  }
  // JSON writes U+0000 only as the escape \u0000: most lines cannot hold one.
  const nul = text.includes('\\u0000') ? nulPaths(result.data)[0] : undefined;
  if (nul !== undefined) throw lineError(line, `${nul}: ${NUL_MESSAGE} (PostgreSQL cannot store them); remove them from the dump`);
  return result.data;
}

/** Checks the header line. */
function checkHeader(text: string, line: number): void {
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch {
    header = null;
  }
  const { format, version } = (header ?? {}) as { format?: unknown; version?: unknown };
  if (format !== DUMP_HEADER.format) throw lineError(line, `not a Debrief dump (the first line must be ${JSON.stringify(DUMP_HEADER)})`);
  if (version !== DUMP_HEADER.version) throw lineError(line, `dump format version ${String(version)} is not one this Debrief reads (it reads version ${DUMP_HEADER.version})`);
}

/** Requires a referenced id to have come earlier in the dump. */
function requireSeen(seen: Set<string>, id: string, what: string, line: number): void {
  if (!seen.has(id)) throw lineError(line, `refers to ${what} "${id}", which is not earlier in the dump`);
}

/** Inserts one parsed line (also how a deleted postmortem's lines are put back). */
export async function insertLine(trx: Kysely<Database>, dialect: Dialect, entry: DumpLine, line: number, state: RestoreState): Promise<void> {
  const tableIndex = DUMP_TABLES.indexOf(entry.table);
  if (tableIndex < state.tableIndex) throw lineError(line, `a ${entry.table} row after ${DUMP_TABLES[state.tableIndex]} rows; tables must come in the order ${DUMP_TABLES.join(', ')}`);
  state.tableIndex = tableIndex;
  switch (entry.table) {
    case 'users': {
      const email = atLine(line, 'row.', () => normalEmail(entry.row.email));
      await trx.insertInto('users').values({ ...entry.row, email }).execute();
      state.users.add(entry.row.id);
      return;
    }
    case 'api_tokens':
      requireSeen(state.users, entry.row.user_id, 'user', line);
      // A token from a dump made before tokens expired gets the default lifetime, counted from the restore.
      await trx.insertInto('api_tokens').values({ ...entry.row, expires_at: entry.row.expires_at ?? new Date(Date.now() + DEFAULT_TOKEN_DAYS * 86_400_000).toISOString() }).execute();
      return;
    case 'oidc_identities':
      requireSeen(state.users, entry.row.user_id, 'user', line);
      await trx.insertInto('oidc_identities').values(entry.row).execute();
      return;
    case 'postmortems': {
      const { id, version, created_at, updated_at } = entry.row;
      const parsed = atLine(line, 'row.document: ', () => parsePostmortem(entry.row.document));
      if (parsed.id !== id) throw lineError(line, `row.document.id (${JSON.stringify(parsed.id)}) differs from row.id ("${id}")`);
      const pm: IdentifiedPostmortem = { ...parsed, id };
      await trx.insertInto('postmortems').values(postmortemRow(pm, version, created_at, updated_at)).execute();
      await writeDerivedRows(trx, dialect, pm, false);
      state.postmortems.add(id);
      return;
    }
    case 'postmortem_members': {
      requireSeen(state.postmortems, entry.row.postmortem_id, 'postmortem', line);
      const email = atLine(line, 'row.', () => normalEmail(entry.row.email));
      await trx.insertInto('postmortem_members').values({ postmortem_id: entry.row.postmortem_id, email }).execute();
      return;
    }
    case 'revisions': {
      requireSeen(state.postmortems, entry.row.postmortem_id, 'postmortem', line);
      const document = atLine(line, 'row.document: ', () => parsePostmortem(entry.row.document));
      await trx
        .insertInto('revisions')
        .values({ ...entry.row, changed: JSON.stringify(entry.row.changed), document: JSON.stringify(document) })
        .execute();
      return;
    }
    case 'comments':
      requireSeen(state.postmortems, entry.row.postmortem_id, 'postmortem', line);
      await trx
        .insertInto('comments')
        .values({
          ...entry.row,
          anchor: entry.row.anchor ?? null,
          parent_id: entry.row.parent_id ?? null,
          resolved_at: entry.row.resolved_at ?? null,
          resolved_by: entry.row.resolved_by ?? null,
          mentions: JSON.stringify(entry.row.mentions ?? []),
        })
        .execute();
      return;
    case 'public_versions':
      requireSeen(state.postmortems, entry.row.postmortem_id, 'postmortem', line);
      await trx.insertInto('public_versions').values({ ...entry.row, redactions: JSON.stringify(entry.row.redactions) }).execute();
      return;
    case 'public_revisions':
      requireSeen(state.postmortems, entry.row.postmortem_id, 'postmortem', line);
      await trx.insertInto('public_revisions').values({ ...entry.row, redactions: JSON.stringify(entry.row.redactions) }).execute();
      return;
    case 'approvals':
      requireSeen(state.postmortems, entry.row.postmortem_id, 'postmortem', line);
      await trx.insertInto('approvals').values(entry.row).execute();
      return;
    case 'action_item_times': {
      requireSeen(state.postmortems, entry.row.postmortem_id, 'postmortem', line);
      // The postmortem's row wrote times as of now; the dump's are the true ones.
      const { postmortem_id: _id, item_key: _key, ...times } = entry.row;
      await trx.insertInto('action_item_times').values(entry.row).onConflict((oc) => oc.columns(['postmortem_id', 'item_key']).doUpdateSet(times)).execute();
      return;
    }
    case 'deleted_postmortems':
      await trx.insertInto('deleted_postmortems').values({ ...entry.row, bundle: JSON.stringify(entry.row.bundle) }).execute();
      return;
    case 'policies':
      await trx.insertInto('policies').values(entry.row).execute();
      return;
    case 'teams': {
      const { members, services, ...row } = entry.row;
      await trx.insertInto('teams').values({ ...row, members: JSON.stringify(members), services: JSON.stringify(services) }).execute();
      return;
    }
    case 'service_slos':
      await trx.insertInto('service_slos').values(entry.row).execute();
      return;
    case 'instance_settings':
      await trx.insertInto('instance_settings').values({ ...entry.row, value: JSON.stringify(entry.row.value) }).execute();
      return;
    case 'channels':
      await trx.insertInto('channels').values({ ...entry.row, config: JSON.stringify(entry.row.config) }).execute();
      return;
    case 'integrations':
      await trx.insertInto('integrations').values({ ...entry.row, settings: JSON.stringify(entry.row.settings) }).execute();
      return;
    case 'alert_links':
      requireSeen(state.incidents, entry.row.incident_id, 'incident', line);
      await trx.insertInto('alert_links').values(entry.row).execute();
      return;
    case 'tracker_tickets':
      await trx.insertInto('tracker_tickets').values(entry.row).execute();
      return;
    case 'incidents': {
      const { facts, decision, waiver, ...row } = entry.row;
      // Its postmortem may be in the trash (deleted, restorable): the link is kept either way.
      await trx
        .insertInto('incidents')
        .values({ ...row, title: facts.title, severity: facts.severity, started_at: facts.startedAt, resolved_at: facts.resolvedAt, failure_mode: facts.failureMode, facts: JSON.stringify(facts), decision: JSON.stringify(decision), waiver: waiver === null ? null : JSON.stringify(waiver) })
        .execute();
      state.incidents.add(row.id);
      return;
    }
    case 'incident_revisions':
      requireSeen(state.incidents, entry.row.incident_id, 'incident', line);
      await trx.insertInto('incident_revisions').values({ ...entry.row, record: JSON.stringify(entry.row.record) }).execute();
      return;
    case 'audit_events':
      await trx.insertInto('audit_events').values({ ...entry.row, details: JSON.stringify(entry.row.details) }).execute();
      return;
  }
}

/** InputError unless the database holds no users and no postmortems. */
async function requireEmpty(trx: Kysely<Database>): Promise<void> {
  const users = await countRows(trx, 'users');
  const postmortems = await countRows(trx, 'postmortems');
  if (users !== 0 || postmortems !== 0) {
    throw new InputError(`the database is not empty (${users} users, ${postmortems} postmortems); restore only into a new, empty database`);
  }
}

/** Loads a dump into an empty database; nothing is kept unless every line loads. */
export async function restore({ db, dialect }: Connection, lines: AsyncIterable<string>): Promise<RestoreCounts> {
  return dialect.writeTransaction(db, async (trx) => {
    await requireEmpty(trx);
    const state: RestoreState = { users: new Set(), postmortems: new Set(), incidents: new Set(), tableIndex: 0 };
    let line = 0;
    for await (const text of lines) {
      line += 1;
      if (line === 1) {
        checkHeader(text, line);
        continue;
      }
      if (text.trim() === '') continue;
      const entry = parseLine(text, line);
      try {
        await insertLine(trx, dialect, entry, line, state);
      } catch (error) {
        if (dialect.isUniqueViolation(error)) throw lineError(line, `a ${entry.table} row with the same key (id, e-mail or name) is earlier in the dump`);
        throw error;
      }
    }
    if (line === 0) throw lineError(1, 'the dump is empty');
    return { postmortems: state.postmortems.size, users: state.users.size };
  });
}
