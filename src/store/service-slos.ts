/** Service level objectives, one per service, set by admins (each change audited, in the same transaction). */
import type { Kysely } from 'kysely';
import { InputError, NotFoundError } from '../core/errors.js';
import { sloSchema, type Slo } from '../knowledge/impact/slo.js';
import { auditSourceOf, recordAudit } from './audit.js';
import { isoAt } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import type { StoreContext } from './store-context.js';
import type { Actor, StoredSlo } from './store.types.js';
import type { Database, ServiceSloTable } from './tables.js';
import type { FieldIssue } from './validate.js';
import { requireAdmin } from './visibility.js';

/** A service_slos row as the domain sees it. */
function sloOfRow(row: ServiceSloTable): StoredSlo {
  return { service: row.service, targetPercent: Number(row.target_percent), windowDays: row.window_days, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The key of a service: its name trimmed, in lower case. */
function keyOf(service: string): string {
  return service.trim().toLowerCase();
}

/** Every SLO, by service. */
export async function listSlos({ db }: Connection): Promise<StoredSlo[]> {
  return (await db.selectFrom('service_slos').selectAll().orderBy('key').execute()).map(sloOfRow);
}

/** An SLO checked: InputError whose details name each wrong field (`targetPercent`, `windowDays`, `service`). */
function checkedSlo(input: Slo): Slo {
  const result = sloSchema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((i) => ({ path: i.path.join('.') || '(slo)', message: i.message }));
  throw new InputError(issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

/** Sets the SLO of a service, replacing the one it had; admins. */
export async function putSlo({ db, dialect }: Connection, context: StoreContext, actor: Actor, input: Slo): Promise<StoredSlo> {
  requireAdmin(actor, 'change SLOs');
  const slo = checkedSlo(input);
  return dialect.writeTransaction(db, async (trx: Kysely<Database>) => {
    const key = keyOf(slo.service);
    const existing = await trx.selectFrom('service_slos').select('created_at').where('key', '=', key).executeTakeFirst();
    const at = isoAt(context.clock());
    const row: ServiceSloTable = { key, service: slo.service, target_percent: slo.targetPercent, window_days: slo.windowDays, created_at: existing?.created_at ?? at, updated_at: at };
    if (existing === undefined) await trx.insertInto('service_slos').values(row).execute();
    else await trx.updateTable('service_slos').set(row).where('key', '=', key).execute();
    await recordAudit(trx, context, { action: 'slo.saved', by: auditSourceOf(actor), target: slo.service, details: { targetPercent: slo.targetPercent, windowDays: slo.windowDays, created: existing === undefined } });
    return sloOfRow(row);
  });
}

/** Removes the SLO of a service; admins. */
export async function deleteSlo({ db, dialect }: Connection, context: StoreContext, actor: Actor, service: string): Promise<void> {
  requireAdmin(actor, 'change SLOs');
  await dialect.writeTransaction(db, async (trx) => {
    const { numDeletedRows } = await trx.deleteFrom('service_slos').where('key', '=', keyOf(service)).executeTakeFirst();
    if (numDeletedRows === 0n) throw new NotFoundError(`no SLO for service "${service}"`, { service });
    await recordAudit(trx, context, { action: 'slo.deleted', by: auditSourceOf(actor), target: service });
  });
}
