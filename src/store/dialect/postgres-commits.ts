/**
 * Seeing other instances' commits on PostgreSQL: every write transaction announces itself with `pg_notify` (sent
 * by PostgreSQL only when the transaction commits), and each store listens on one dedicated connection, counting
 * the announcements for its schema. The in-process caches compare that count, as they compare SQLite's
 * `data_version`. While the listening connection is down the count is unknown (undefined) and the caches fall
 * back to what they do without it; it reconnects by itself.
 */
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../tables.js';

/** The notification channel every Debrief instance on a database shares (the payload names the schema). */
const CHANNEL = 'debrief_commits';

/** How long to wait before listening again after the connection was lost. */
const RECONNECT_DELAY_MS = 1_000;

/** The commit counter of one store. */
export interface CommitWatch {
  /** Commits announced for the schema so far (any change means "something changed"); undefined while not listening. */
  count(): number | undefined;
  /** Announces the commit of the transaction `trx` (delivered to every listener when, and only if, it commits). */
  announce(trx: Kysely<Database>): Promise<void>;
  /** Stops listening. */
  close(): Promise<void>;
}

/** Watches the commits of `schema`; connects lazily, the first time `count()` is asked. */
export function watchCommits(clientConfig: pg.ClientConfig, schema: string): CommitWatch {
  let commits = 0;
  let listening = false;
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = (from: pg.Client) => {
    if (client !== from) return;
    client = undefined;
    listening = false;
    from.end().catch(() => undefined);
    if (!closed) retry ??= setTimeout(connect, RECONNECT_DELAY_MS).unref();
  };

  function connect() {
    retry = undefined;
    if (closed || client !== undefined) return;
    const next = new pg.Client(clientConfig);
    client = next;
    next.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload === schema) commits += 1;
    });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next
      .connect()
      .then(() => next.query(`listen ${CHANNEL}`))
      .then(() => {
        if (client !== next) return;
        // Whatever was committed while nobody listened is unknown: count it as a change.
        commits += 1;
        listening = true;
      })
      .catch(() => lost(next));
  }

  return {
    count() {
      // Connects when nothing is connected or waiting to reconnect (connect() itself refuses once closed).
      if (client === undefined && retry === undefined) connect();
      return listening ? commits : undefined;
    },
    async announce(trx) {
      await sql`select pg_notify(${CHANNEL}, ${schema})`.execute(trx);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const open = client;
      client = undefined;
      listening = false;
      await open?.end().catch(() => undefined);
    },
  };
}
