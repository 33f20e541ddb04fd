/**
 * 0014: when each action item was created, done, verified (by whom, with what evidence) or declined (and why), with
 * its status, owner and due date: what the completion rate counts. Kept apart from the document-derived rows (rewritten on every change), keyed by the
 * item's id, or its title where it has none. Frozen in time: it imports nothing from the app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the table, and gives the items already stored the time of their postmortem's last change. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('action_item_times')
    .addColumn('postmortem_id', text, (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('item_key', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('owner', text)
    .addColumn('due_date', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('done_at', text)
    .addColumn('verified_at', text)
    .addColumn('verified_by', text)
    .addColumn('evidence', text)
    .addColumn('wont_do_at', text)
    .addColumn('wont_do_reason', text)
    .addPrimaryKeyConstraint('action_item_times_pk', ['postmortem_id', 'item_key'])
    .execute();
  await db.schema.createIndex('action_item_times_created').on('action_item_times').column('created_at').execute();
  const stored = await (db as Kysely<{ postmortems: { id: string; document: string; updated_at: string } }>).selectFrom('postmortems').select(['id', 'document', 'updated_at']).execute();
  for (const pm of stored) {
    const items = (JSON.parse(pm.document) as { actionItems?: { id: string | null; title: string; status: string; owner: string | null; due: string | null }[] }).actionItems ?? [];
    const seen = new Map<string, number>();
    for (const item of items) {
      const base = item.id ?? `title:${item.title.trim().toLowerCase()}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const at = pm.updated_at;
      await (db as Kysely<Record<string, Record<string, unknown>>>)
        .insertInto('action_item_times')
        .values({
          postmortem_id: pm.id,
          item_key: n === 1 ? base : `${base}#${n}`,
          status: item.status,
          owner: item.owner,
          due_date: item.due !== null && /^\d{4}-\d{2}-\d{2}$/.test(item.due.trim()) ? item.due.trim() : null,
          created_at: at,
          done_at: item.status === 'done' || item.status === 'verified' ? at : null,
          verified_at: item.status === 'verified' ? at : null,
          wont_do_at: item.status === 'wont_do' ? at : null,
        })
        .execute();
    }
  }
}
