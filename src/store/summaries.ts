/** Filling the list columns (summary, sort keys) and team rows of postmortems written before they existed (after migrations 0002, 0003). */
import type { Postmortem } from '../core/postmortem.schema.js';
import type { Connection } from './dialect/dialect.js';
import { listColumns } from './postmortem-rows.js';
import { writeTeams } from './postmortem-write.js';

/** How many postmortems one backfill transaction summarises. */
const BATCH = 500;

/** Writes the list columns and team rows of every postmortem that has no summary; returns how many it wrote. */
export async function backfillSummaries({ db, dialect }: Connection): Promise<number> {
  let written = 0;
  for (;;) {
    const done = await dialect.writeTransaction(db, async (trx) => {
      const rows = await trx.selectFrom('postmortems').select(['id', 'document']).where('summary', 'is', null).orderBy('id').limit(BATCH).execute();
      for (const row of rows) {
        const pm = { ...(JSON.parse(row.document) as Postmortem), id: row.id };
        await trx.updateTable('postmortems').set(listColumns(pm)).where('id', '=', row.id).execute();
        await writeTeams(trx, pm, true);
      }
      return rows.length;
    });
    written += done;
    if (done < BATCH) return written;
  }
}
