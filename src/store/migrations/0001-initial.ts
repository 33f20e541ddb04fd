/**
 * 0001: the first schema. Frozen in time: it imports nothing from the app, so later changes to the
 * code never change what this migration did. Text columns are byte-ordered on both engines (`collate "C"`
 * on PostgreSQL, SQLite's default BINARY), so ids, e-mails and timestamps sort the same everywhere.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates every table, index and search structure of the first release. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  const flag = (column: string) => sql`${sql.ref(column)} in (0, 1)`;

  await db.schema
    .createTable('users')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('email', text, (c) => c.notNull().unique())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('role', text, (c) => c.notNull().check(sql`role in ('viewer', 'editor', 'admin')`))
    .addColumn('password_hash', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('token_hash', text, (c) => c.notNull().unique())
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('api_tokens_user_name', ['user_id', 'name'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', text, (c) => c.primaryKey())
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('postmortems')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('severity', text)
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('author', text)
    .addColumn('started_at', text)
    .addColumn('restricted', 'integer', (c) => c.notNull().check(flag('restricted')))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    // Last, so that reading the small columns never walks the large document's overflow pages (SQLite).
    .addColumn('document', text, (c) => c.notNull())
    .execute();
  // The default list order: started_at descending (unknown last), then id.
  await sql`create index postmortems_started_order on postmortems ((coalesce(started_at, '')) desc, id)`.execute(db);
  await db.schema.createIndex('postmortems_status').on('postmortems').column('status').execute();
  await db.schema.createIndex('postmortems_severity').on('postmortems').column('severity').execute();

  for (const [table, column] of [
    ['postmortem_services', 'service'],
    ['postmortem_tags', 'tag'],
    ['postmortem_members', 'email'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('postmortem_id', text, (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
      .addColumn(column, text, (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['postmortem_id', column])
      .execute();
    await db.schema.createIndex(`${table}_${column}`).on(table).columns([column, 'postmortem_id']).execute();
  }

  await db.schema
    .createTable('action_items')
    .addColumn('postmortem_id', text, (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('item_id', text)
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('rationale', text)
    .addColumn('owner', text)
    .addColumn('due', text)
    .addColumn('due_date', text)
    .addColumn('priority', text)
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('ticket', text)
    .addColumn('verification', text)
    .addPrimaryKeyConstraint('action_items_pk', ['postmortem_id', 'position'])
    .execute();
  await db.schema.createIndex('action_items_status').on('action_items').columns(['status', 'due_date']).execute();
  await sql`create index action_items_owner on action_items ((lower(owner)))`.execute(db);

  await db.schema
    .createTable('timeline_events')
    .addColumn('postmortem_id', text, (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('at', text)
    .addColumn('written', text, (c) => c.notNull())
    .addColumn('approximate', 'integer', (c) => c.notNull().check(flag('approximate')))
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('actor', text)
    .addColumn('kind', text)
    .addColumn('source', text)
    .addPrimaryKeyConstraint('timeline_events_pk', ['postmortem_id', 'position'])
    .execute();

  await db.schema
    .createTable('revisions')
    .addColumn('postmortem_id', text, (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('user_id', text, (c) => c.notNull())
    .addColumn('user_email', text, (c) => c.notNull())
    .addColumn('changed', text, (c) => c.notNull())
    .addColumn('note', text, (c) => c.notNull())
    .addColumn('document', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('revisions_pk', ['postmortem_id', 'number'])
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('postmortem_id', text, (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('user_id', text, (c) => c.notNull())
    .addColumn('user_email', text, (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('body', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('comments_postmortem').on('comments').columns(['postmortem_id', 'at', 'id']).execute();

  if (engine === 'postgres') {
    // English stemming without the stop-word list, so that every word counts as it does in SQLite's FTS5.
    await sql`create text search dictionary debrief_english_stem (template = snowball, language = english)`.execute(db);
    await sql`create text search configuration debrief_english (copy = english)`.execute(db);
    await sql`alter text search configuration debrief_english alter mapping replace english_stem with debrief_english_stem`.execute(db);
    await sql`alter table postmortems add column search tsvector not null default ''::tsvector`.execute(db);
    await sql`create index postmortems_search on postmortems using gin (search)`.execute(db);
  } else {
    // A contentless FTS5 index (the text lives in the documents) keyed by a small table whose integer key
    // survives VACUUM; deleting a postmortem cascades to that table, whose trigger drops the index entry.
    await sql`create table postmortem_search (
      id integer primary key,
      postmortem_id text not null unique references postmortems (id) on delete cascade
    )`.execute(db);
    await sql`create virtual table postmortem_fts using fts5(
      title, body, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
    await sql`create trigger postmortem_search_delete after delete on postmortem_search begin
      delete from postmortem_fts where rowid = old.id;
    end`.execute(db);
  }
}
