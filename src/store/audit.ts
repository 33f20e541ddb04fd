/** The audit log: security events written with the change they record (same transaction), read newest first by admins. */
import type { Kysely } from 'kysely';
import { isAuditAction, type AuditEntry, type AuditEvent, type AuditSource } from '../core/audit.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { isoAt } from './clock.js';
import { newId } from './secrets.js';
import type { Actor, Page } from './store.types.js';
import type { StoreContext } from './store-context.js';
import type { AuditEventTable, Database } from './tables.js';
import { fieldError, normalEmail } from './validate.js';

/** Filters of the audit log. */
export interface AuditFilter {
  /** One action, e.g. `auth.login_failed`. */
  action?: string;
  /** Events done by or to this account. */
  email?: string;
}

/** The source of what an actor does: a user over the API (from the actor's address, when the server knows it). */
export function auditSourceOf(actor: Actor): AuditSource {
  return { userId: actor.userId, email: actor.email, via: 'api', ...(actor.ip === undefined ? {} : { ip: actor.ip }) };
}

/** The largest page of the audit log. */
const MAX_AUDIT_PAGE = 500;

/**
 * Writes one event, now by the store's clock (inside the caller's transaction when given one, which is the last
 * thing it does), and tells the store's listener.
 */
export async function recordAudit(db: Kysely<Database>, context: StoreContext, entry: AuditEntry): Promise<AuditEvent> {
  const row: AuditEventTable = {
    id: newId('ev'),
    at: isoAt(context.auditClock()),
    action: entry.action,
    outcome: entry.outcome ?? 'success',
    actor_id: entry.by.userId ?? null,
    actor_email: entry.by.email?.toLowerCase() ?? null,
    target: entry.target ?? null,
    ip: entry.by.ip ?? null,
    details: JSON.stringify({ ...entry.details, via: entry.by.via }),
  };
  await db.insertInto('audit_events').values(row).execute();
  const event = auditEventOf(row);
  context.audited(event);
  return event;
}

/** An audit row as the domain sees it. */
function auditEventOf(row: AuditEventTable): AuditEvent {
  const { via, ...details } = JSON.parse(row.details) as Record<string, unknown>;
  return {
    id: row.id,
    at: row.at,
    action: isAuditAction(row.action) ? row.action : 'auth.login',
    outcome: row.outcome,
    actor: { userId: row.actor_id, email: row.actor_email },
    target: row.target,
    ip: row.ip,
    via: via === 'cli' ? 'cli' : 'api',
    details,
  };
}

/** One page of the audit log, newest first. */
export async function listAudit(db: Kysely<Database>, filter: AuditFilter, page: { limit?: number; cursor?: string }): Promise<Page<AuditEvent>> {
  const limit = page.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_PAGE) throw fieldError('limit', `must be a whole number from 1 to ${MAX_AUDIT_PAGE}`);
  if (filter.action !== undefined && !isAuditAction(filter.action)) throw fieldError('action', `"${filter.action}" is not an audit action`);
  const after = page.cursor === undefined ? null : decodeCursor('audit', page.cursor);
  const email = filter.email === undefined ? undefined : normalEmail(filter.email);
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .$if(filter.action !== undefined, (q) => q.where('action', '=', filter.action as string))
    .$if(email !== undefined, (q) => q.where((eb) => eb.or([eb('actor_email', '=', email as string), eb('target', '=', email as string)])))
    .$if(after !== null, (q) =>
      q.where((eb) => eb.or([eb('at', '<', String(after?.key)), eb.and([eb('at', '=', String(after?.key)), eb('id', '<', after?.id as string)])])),
    )
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { items: shown.map(auditEventOf), nextCursor: rows.length > limit && last !== undefined ? encodeCursor('audit', { key: last.at, id: last.id }) : null };
}
