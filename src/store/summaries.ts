/**
 * Filling the list columns (summary, sort keys), team rows and search index entries of postmortems written before
 * they existed or before their derivation changed (after migrations 0002, 0003, 0005, 0007, 0009, 0020).
 */
import type { Postmortem } from '../core/postmortem.schema.js';
import type { Connection } from './dialect/dialect.js';
import { listColumns } from './postmortem-rows.js';
import { writeTeams } from './postmortem-write.js';
import { writeWords } from './salient-words.js';
import { searchText } from './search-text.js';

/** How many postmortems one backfill transaction summarises. */
const BATCH = 500;

/** Writes the list columns, team rows and search index entry of every postmortem that has no summary; returns how many it wrote. */
export async function backfillSummaries({ db, dialect }: Connection): Promise<number> {
  let written = 0;
  for (;;) {
    const done = await dialect.writeTransaction(db, async (trx) => {
      const rows = await trx.selectFrom('postmortems').select(['id', 'document']).where('summary', 'is', null).orderBy('id').limit(BATCH).execute();
      for (const row of rows) {
        const pm = { ...(JSON.parse(row.document) as Postmortem), id: row.id };
        await trx.updateTable('postmortems').set(listColumns(pm)).where('id', '=', row.id).execute();
        await writeTeams(trx, pm, true);
        await writeWords(trx, pm, true);
        // 0007 took restricted postmortems out of SQLite's public search table; this puts them in their own.
        await dialect.indexSearch(trx, pm.id, searchText(pm));
      }
      return rows.length;
    });
    written += done;
    if (done < BATCH) return written;
  }
}
