/** Filling the list-summary column of postmortems written before it existed (after migration 0002). */
import type { Postmortem } from '../core/postmortem.schema.js';
import type { Connection } from './dialect/dialect.js';
import { summaryFields } from './postmortem-rows.js';

/** How many postmortems one backfill transaction summarises. */
const BATCH = 500;

/** Writes the summary of every postmortem that has none; returns how many it wrote. */
export async function backfillSummaries({ db, dialect }: Connection): Promise<number> {
  let written = 0;
  for (;;) {
    const done = await dialect.writeTransaction(db, async (trx) => {
      const rows = await trx.selectFrom('postmortems').select(['id', 'document']).where('summary', 'is', null).orderBy('id').limit(BATCH).execute();
      for (const row of rows) {
        const summary = JSON.stringify(summaryFields(JSON.parse(row.document) as Postmortem));
        await trx.updateTable('postmortems').set({ summary }).where('id', '=', row.id).execute();
      }
      return rows.length;
    });
    written += done;
    if (done < BATCH) return written;
  }
}
