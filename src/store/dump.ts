/** Writing a dump: every dumped table in primary-key order, from one consistent snapshot, in batches. */
import type { Kysely } from 'kysely';
import type { IncidentFacts, Owed, Waiver } from '../core/incident.js';
import type { Connection } from './dialect/dialect.js';
import { DUMP_HEADER, type DumpLine } from './dump-format.js';
import type { CommentTable, Database, PostmortemTable, RevisionTable } from './tables.js';

/** Rows read per query. */
const BATCH = 500;

/** Every row of a query that pages by key: `page(last)` returns the rows after `last` (in key order). */
async function* paged<R>(page: (last: R | undefined) => Promise<R[]>): AsyncGenerator<R> {
  let last: R | undefined;
  for (;;) {
    const rows = await page(last);
    yield* rows;
    if (rows.length < BATCH) return;
    last = rows.at(-1);
  }
}

/** The rows of a table keyed by a text `id`, in id order. */
function byId<T extends 'users' | 'api_tokens' | 'comments' | 'approvals' | 'deleted_postmortems' | 'audit_events'>(trx: Kysely<Database>, table: T): AsyncGenerator<Database[T]> {
  return paged((last: { id: string } | undefined) => {
    // The tables share the text `id` key; the cast only lets the compiler pick one of them.
    const query = trx.selectFrom(table as 'users').selectAll().orderBy('id').limit(BATCH);
    return (last === undefined ? query : query.where('id', '>', last.id)).execute() as Promise<Database[T][]>;
  });
}

/** A postmortem row as a dump line (its document inlined as JSON). */
export function postmortemLine({ document, ...row }: Pick<PostmortemTable, 'id' | 'version' | 'document' | 'created_at' | 'updated_at'>): DumpLine {
  return { table: 'postmortems', row: { ...row, document: JSON.parse(document) as unknown } };
}

/** A revision row as a dump line. */
export function revisionLine({ changed, document, ...row }: RevisionTable): DumpLine {
  return { table: 'revisions', row: { ...row, changed: JSON.parse(changed) as string[], document: JSON.parse(document) as unknown } };
}

/** A comment row as a dump line. */
export function commentLine({ mentions, ...row }: CommentTable): DumpLine {
  return { table: 'comments', row: { ...row, mentions: JSON.parse(mentions) as string[] } };
}

/** The incidents (by number) and their revisions (by incident and number) as dump lines. */
async function* incidentLines(trx: Kysely<Database>): AsyncGenerator<DumpLine> {
  const incidents = paged((last: { number: number } | undefined) =>
    trx.selectFrom('incidents').selectAll().$if(last !== undefined, (q) => q.where('number', '>', last?.number ?? 0)).orderBy('number').limit(BATCH).execute(),
  );
  // Title, severity, times and failure mode are copies of the facts' own: restore writes them again.
  for await (const { facts, decision, waiver, title: _title, severity: _severity, started_at: _started, resolved_at: _resolved, failure_mode: _mode, ...row } of incidents) {
    yield { table: 'incidents', row: { ...row, facts: JSON.parse(facts) as IncidentFacts, owed: row.owed as Owed, decision: JSON.parse(decision) as { reasons: string[]; repeatOf: string[] }, waiver: waiver === null ? null : (JSON.parse(waiver) as Waiver) } };
  }
  const revisions = paged((last: { incident_id: string; number: number } | undefined) =>
    trx
      .selectFrom('incident_revisions')
      .selectAll()
      .$if(last !== undefined, (q) => q.where((eb) => eb(eb.refTuple('incident_id', 'number'), '>', eb.tuple(last?.incident_id ?? '', last?.number ?? 0))))
      .orderBy('incident_id')
      .orderBy('number')
      .limit(BATCH)
      .execute(),
  );
  for await (const { record, ...row } of revisions) yield { table: 'incident_revisions', row: { ...row, record: JSON.parse(record) as Record<string, unknown> } };
}

/** The dump lines of every table, in DUMP_TABLES order. */
async function* tableLines(trx: Kysely<Database>): AsyncGenerator<DumpLine> {
  for await (const row of byId(trx, 'users')) yield { table: 'users', row };
  for await (const row of byId(trx, 'api_tokens')) yield { table: 'api_tokens', row };
  for (const row of await trx.selectFrom('oidc_identities').selectAll().orderBy('issuer').orderBy('subject').execute()) yield { table: 'oidc_identities', row };
  const postmortems = paged((last: { id: string } | undefined) =>
    trx
      .selectFrom('postmortems')
      .select(['id', 'version', 'document', 'created_at', 'updated_at'])
      .$if(last !== undefined, (q) => q.where('id', '>', last?.id ?? ''))
      .orderBy('id')
      .limit(BATCH)
      .execute(),
  );
  for await (const row of postmortems) yield postmortemLine(row);
  const members = paged((last: { postmortem_id: string; email: string } | undefined) =>
    trx
      .selectFrom('postmortem_members')
      .selectAll()
      .$if(last !== undefined, (q) => q.where((eb) => eb(eb.refTuple('postmortem_id', 'email'), '>', eb.tuple(last?.postmortem_id ?? '', last?.email ?? ''))))
      .orderBy('postmortem_id')
      .orderBy('email')
      .limit(BATCH)
      .execute(),
  );
  for await (const row of members) yield { table: 'postmortem_members', row };
  const revisions = paged((last: { postmortem_id: string; number: number } | undefined) =>
    trx
      .selectFrom('revisions')
      .selectAll()
      .$if(last !== undefined, (q) => q.where((eb) => eb(eb.refTuple('postmortem_id', 'number'), '>', eb.tuple(last?.postmortem_id ?? '', last?.number ?? 0))))
      .orderBy('postmortem_id')
      .orderBy('number')
      .limit(BATCH)
      .execute(),
  );
  for await (const row of revisions) yield revisionLine(row);
  for await (const row of byId(trx, 'comments')) yield commentLine(row);
  for await (const row of byId(trx, 'approvals')) yield { table: 'approvals', row };
  const times = paged((last: { postmortem_id: string; item_key: string } | undefined) =>
    trx
      .selectFrom('action_item_times')
      .selectAll()
      .$if(last !== undefined, (q) => q.where((eb) => eb(eb.refTuple('postmortem_id', 'item_key'), '>', eb.tuple(last?.postmortem_id ?? '', last?.item_key ?? ''))))
      .orderBy('postmortem_id')
      .orderBy('item_key')
      .limit(BATCH)
      .execute(),
  );
  for await (const row of times) yield { table: 'action_item_times', row };
  for (const { redactions, ...row } of await trx.selectFrom('public_versions').selectAll().orderBy('postmortem_id').execute()) {
    yield { table: 'public_versions', row: { ...row, redactions: JSON.parse(redactions) as Record<string, unknown>[] } };
  }
  for (const { redactions, action, ...row } of await trx.selectFrom('public_revisions').selectAll().orderBy('postmortem_id').orderBy('number').execute()) {
    yield { table: 'public_revisions', row: { ...row, action: action as 'saved' | 'published' | 'unpublished', redactions: JSON.parse(redactions) as Record<string, unknown>[] } };
  }
  for await (const { bundle, ...row } of byId(trx, 'deleted_postmortems')) yield { table: 'deleted_postmortems', row: { ...row, bundle: JSON.parse(bundle) as unknown[] } };
  for (const row of await trx.selectFrom('policies').selectAll().orderBy('version').execute()) yield { table: 'policies', row };
  for (const { members, services, ...row } of await trx.selectFrom('teams').selectAll().orderBy('key').execute()) {
    yield { table: 'teams', row: { ...row, members: JSON.parse(members) as string[], services: JSON.parse(services) as string[] } };
  }
  for (const row of await trx.selectFrom('service_slos').selectAll().orderBy('key').execute()) yield { table: 'service_slos', row };
  for (const { config, ...row } of await trx.selectFrom('channels').selectAll().orderBy('id').execute()) {
    yield { table: 'channels', row: { ...row, kind: row.kind as 'email' | 'slack' | 'webhook', config: JSON.parse(config) as Record<string, unknown> } };
  }
  for (const { settings, ...row } of await trx.selectFrom('integrations').selectAll().orderBy('id').execute()) {
    yield { table: 'integrations', row: { ...row, settings: JSON.parse(settings) as Record<string, unknown> } };
  }
  for (const { value, ...row } of await trx.selectFrom('instance_settings').selectAll().orderBy('name').execute()) {
    yield { table: 'instance_settings', row: { ...row, name: row.name as 'local_passwords', value: JSON.parse(value) as unknown } };
  }
  yield* incidentLines(trx);
  for (const row of await trx.selectFrom('alert_links').selectAll().orderBy('kind').orderBy('external_key').execute()) {
    yield { table: 'alert_links', row: { ...row, status: row.status as 'triggered' | 'acknowledged' | 'resolved' } };
  }
  for (const row of await trx.selectFrom('tracker_tickets').selectAll().orderBy('postmortem_id').orderBy('item_key').execute()) {
    yield { table: 'tracker_tickets', row: { ...row, pending: row.pending as 'create' | 'open' | 'close' | null, remote_open: row.remote_open as 0 | 1 | null } };
  }
  for await (const { details, ...row } of byId(trx, 'audit_events')) yield { table: 'audit_events', row: { ...row, details: JSON.parse(details) as Record<string, unknown> } };
}

/** The whole database as JSON lines (each without its newline), header first. */
export async function* dump({ db, dialect }: Connection): AsyncGenerator<string> {
  const trx = await dialect.readSnapshot(db);
  try {
    yield JSON.stringify(DUMP_HEADER);
    for await (const line of tableLines(trx)) yield JSON.stringify(line);
  } finally {
    await trx.rollback().execute();
  }
}
