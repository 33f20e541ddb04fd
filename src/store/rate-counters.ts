/**
 * Counters of events per key and fixed time window (sign-in attempts, API requests), kept in the database so that
 * every instance of the server counts together. Adding to a counter and reading its total is one statement, so two
 * instances adding at once both see the sum.
 */
import type { Connection } from './dialect/dialect.js';
import { isoAt } from './clock.js';

/** An amount to add to a counter (negative takes back), with when its window ends. */
export interface CounterIncrement {
  key: string;
  amount: number;
  /** Epoch ms: the end of the counter's window (the row may be deleted after it). */
  expiresAt: number;
}

/** The most counters one statement adds to (a flush of more is split). */
const MAX_PER_STATEMENT = 500;

/** Adds to counters (creating them at 0) and returns each counter's total afterwards, by key. */
export async function addToCounters({ db }: Connection, increments: readonly CounterIncrement[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  // One row per key in a statement: PostgreSQL refuses to update a row twice in one INSERT … ON CONFLICT.
  const merged = new Map<string, CounterIncrement>();
  for (const inc of increments) {
    const seen = merged.get(inc.key);
    merged.set(inc.key, seen === undefined ? inc : { ...seen, amount: seen.amount + inc.amount });
  }
  const rows = [...merged.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((inc) => ({ key: inc.key, count: inc.amount, expires_at: isoAt(inc.expiresAt) }));
  for (let i = 0; i < rows.length; i += MAX_PER_STATEMENT) {
    const answered = await db
      .insertInto('rate_counters')
      .values(rows.slice(i, i + MAX_PER_STATEMENT))
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ count: eb('rate_counters.count', '+', eb.ref('excluded.count')) })))
      .returning(['key', 'count'])
      .execute();
    for (const row of answered) totals.set(row.key, Number(row.count));
  }
  return totals;
}

/** Deletes the counters whose window ended before `nowMs`. */
export async function sweepCounters({ db }: Connection, nowMs: number): Promise<void> {
  await db.deleteFrom('rate_counters').where('expires_at', '<', isoAt(nowMs)).execute();
}

/** The totals of counters (absent ones are 0) as they stand, without adding to them: a read, which costs no commit. */
export async function readCounters({ db }: Connection, keys: readonly string[]): Promise<Map<string, number>> {
  const totals = new Map(keys.map((key) => [key, 0]));
  if (keys.length === 0) return totals;
  for (const row of await db.selectFrom('rate_counters').select(['key', 'count']).where('key', 'in', [...keys]).execute()) totals.set(row.key, Number(row.count));
  return totals;
}
