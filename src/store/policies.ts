/** The owed-postmortem policy's versions: each one set is kept; the highest is in force. */
import { auditSourceOf, recordAudit } from './audit.js';
import { isoAt } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import type { StoreContext } from './store-context.js';
import type { Actor, PolicyVersion } from './store.types.js';
import type { PolicyTable } from './tables.js';
import { requireAdmin } from './visibility.js';

/** A policies row as the domain sees it. */
function policyOf(row: PolicyTable): PolicyVersion {
  return { version: row.version, document: row.document, createdAt: row.created_at, createdBy: row.created_by };
}

/** The version in force, or null when none was ever set. */
export async function currentPolicy({ db }: Connection): Promise<PolicyVersion | null> {
  const row = await db.selectFrom('policies').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? null : policyOf(row);
}

/** Every version, newest first. */
export async function listPolicies({ db }: Connection): Promise<PolicyVersion[]> {
  const rows = await db.selectFrom('policies').selectAll().orderBy('version', 'desc').execute();
  return rows.map(policyOf);
}

/** Stores `document` (checked by the caller) as the next version; admins. Two admins at once: one of them fails on the key and may retry. */
export async function setPolicy({ db, dialect }: Connection, context: StoreContext, actor: Actor, document: string): Promise<PolicyVersion> {
  requireAdmin(actor, 'change the policy');
  return dialect.writeTransaction(db, async (trx) => {
    const top = await trx.selectFrom('policies').select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
    const row: PolicyTable = { version: Number(top?.v ?? 0) + 1, document, created_at: isoAt(context.clock()), created_by: actor.email.toLowerCase() };
    await trx.insertInto('policies').values(row).execute();
    await recordAudit(trx, context, { action: 'policy.changed', by: auditSourceOf(actor), target: `policy v${row.version}` });
    return policyOf(row);
  });
}
