/**
 * Every migration, listed by hand (a static provider, not a folder scan, so the built dist/ finds them).
 * Names sort in the order they run; a released migration is never edited, only followed by a new one.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as listSummary from './0002-list-summary.js';
import * as listOrder from './0003-list-order.js';
import * as summaryBackfillIndex from './0004-summary-backfill-index.js';
import * as startFromTimeline from './0005-start-from-timeline.js';
import * as accountSecurity from './0006-account-security.js';
import * as searchVisibility from './0007-search-visibility.js';
import * as derivedTimes from './0008-derived-times.js';
import * as searchPeopleTickets from './0009-search-people-tickets.js';
import * as approvals from './0010-approvals.js';
import * as commentThreads from './0011-comment-threads.js';
import * as deletedPostmortems from './0012-deleted-postmortems.js';
import * as incidents from './0013-incidents.js';
import * as actionItemTimes from './0014-action-item-times.js';
import * as outbox from './0015-outbox.js';
import * as integrations from './0016-integrations.js';
import * as oidc from './0017-oidc.js';
import * as trackerTickets from './0018-tracker-tickets.js';
import * as publicPostmortems from './0019-public-postmortems.js';
import * as similarity from './0020-similarity.js';
import * as itemListIndexes from './0021-item-list-indexes.js';
import * as serviceSlos from './0022-service-slos.js';
import * as similarityCountedWords from './0023-similarity-counted-words.js';

type Engine = 'sqlite' | 'postgres';

/** The migrations of one engine (a migration may create engine-specific structures such as search indexes). */
export function migrationProvider(engine: Engine): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': { up: (db: Kysely<unknown>) => initial.up(db, engine) },
    '0002-list-summary': { up: (db: Kysely<unknown>) => listSummary.up(db) },
    '0003-list-order': { up: (db: Kysely<unknown>) => listOrder.up(db) },
    '0004-summary-backfill-index': { up: (db: Kysely<unknown>) => summaryBackfillIndex.up(db) },
    '0005-start-from-timeline': { up: (db: Kysely<unknown>) => startFromTimeline.up(db) },
    '0006-account-security': { up: (db: Kysely<unknown>) => accountSecurity.up(db, engine) },
    '0007-search-visibility': { up: (db: Kysely<unknown>) => searchVisibility.up(db, engine) },
    '0008-derived-times': { up: (db: Kysely<unknown>) => derivedTimes.up(db) },
    '0009-search-people-tickets': { up: (db: Kysely<unknown>) => searchPeopleTickets.up(db) },
    '0010-approvals': { up: (db: Kysely<unknown>) => approvals.up(db, engine) },
    '0011-comment-threads': { up: (db: Kysely<unknown>) => commentThreads.up(db, engine) },
    '0012-deleted-postmortems': { up: (db: Kysely<unknown>) => deletedPostmortems.up(db, engine) },
    '0013-incidents': { up: (db: Kysely<unknown>) => incidents.up(db, engine) },
    '0014-action-item-times': { up: (db: Kysely<unknown>) => actionItemTimes.up(db, engine) },
    '0015-outbox': { up: (db: Kysely<unknown>) => outbox.up(db, engine) },
    '0016-integrations': { up: (db: Kysely<unknown>) => integrations.up(db, engine) },
    '0017-oidc': { up: (db: Kysely<unknown>) => oidc.up(db, engine) },
    '0018-tracker-tickets': { up: (db: Kysely<unknown>) => trackerTickets.up(db, engine) },
    '0019-public-postmortems': { up: (db: Kysely<unknown>) => publicPostmortems.up(db, engine) },
    '0020-similarity': { up: (db: Kysely<unknown>) => similarity.up(db, engine) },
    '0021-item-list-indexes': { up: (db: Kysely<unknown>) => itemListIndexes.up(db) },
    '0022-service-slos': { up: (db: Kysely<unknown>) => serviceSlos.up(db, engine) },
    '0023-similarity-counted-words': { up: (db: Kysely<unknown>) => similarityCountedWords.up(db, engine) },
  };
  return { getMigrations: async () => migrations };
}
