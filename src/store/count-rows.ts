/** Counting the rows of a table (PostgreSQL answers COUNT as a bigint string, SQLite as a number). */
import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

/** How many rows the table has. */
export async function countRows(db: Kysely<Database>, table: 'users' | 'postmortems'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
