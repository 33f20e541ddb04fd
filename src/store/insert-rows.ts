/** Inserting many rows at once, in chunks that stay under both engines' limits on bound parameters. */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './tables.js';

/** Rows per INSERT: 500 rows of up to 12 columns stay far below SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const CHUNK_ROWS = 500;

/** Inserts the rows into the table (nothing when there are none). */
export async function insertRows<T extends keyof Database & string>(trx: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await trx.insertInto(table).values(rows.slice(start, start + CHUNK_ROWS)).execute();
  }
}
