/**
 * 0021: three indexes for the lists and counts of action items (the dashboard, the digest, the week's first scheduler
 * pass). Frozen in time: it imports nothing from the app.
 * - The restricted postmortems alone: whether an item may be seen is "its postmortem is not among the restricted ones
 *   the reader is no member of", and without this index every list and count read all the postmortems' rows (their
 *   documents with them) to find the few restricted ones — half of its time.
 * - The items in the order every list shows them (P1 first, then by due date, undated last): a first page is read off
 *   the index and stops after it, instead of sorting every item the filter keeps.
 * - The items by due date: the scheduler's "due soon or just overdue" is a range of days, read off this index rather
 *   than by walking every item in list order (which SQLite would otherwise choose, to save the sort).
 */
import { sql, type Kysely } from 'kysely';

/** Creates the indexes (the expressions are those of the lists' ORDER BY, on both engines). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index postmortems_restricted on postmortems (id) where restricted <> 0`.execute(db);
  await sql`create index action_items_list_order on action_items ((coalesce(priority, 'P9')), (coalesce(due_date, '9999-12-31')), postmortem_id, position)`.execute(db);
  await sql`create index action_items_due on action_items (due_date)`.execute(db);
}
