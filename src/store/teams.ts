/** Teams: name, lead, members and services, set by admins (each change audited, in the same transaction). */
import type { Kysely } from 'kysely';
import { NotFoundError } from '../core/errors.js';
import { auditSourceOf, recordAudit } from './audit.js';
import { isoAt } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import type { StoreContext } from './store-context.js';
import type { Actor, Team, TeamInput } from './store.types.js';
import type { Database, TeamTable } from './tables.js';
import { checkedText, fieldError, normalEmail } from './validate.js';
import { requireAdmin } from './visibility.js';

/** A teams row as the domain sees it. */
function teamOf(row: TeamTable): Team {
  return { name: row.name, lead: row.lead, members: JSON.parse(row.members) as string[], services: JSON.parse(row.services) as string[], createdAt: row.created_at, updatedAt: row.updated_at };
}

/** NotFoundError for a team name. */
function noSuchTeam(name: string): NotFoundError {
  return new NotFoundError(`no team named "${name}"`, { name });
}

/** The team's row, read by its name in any case. */
async function teamRow(db: Kysely<Database>, name: string): Promise<TeamTable | undefined> {
  return db.selectFrom('teams').selectAll().where('key', '=', name.trim().toLowerCase()).executeTakeFirst();
}

/** Every team, by name. */
export async function listTeams({ db }: Connection): Promise<Team[]> {
  const rows = await db.selectFrom('teams').selectAll().orderBy('key').execute();
  return rows.map(teamOf);
}

/** One team by name (in any case). */
export async function getTeam({ db }: Connection, name: string): Promise<Team> {
  const row = await teamRow(db, name);
  if (row === undefined) throw noSuchTeam(name);
  return teamOf(row);
}

/** Service names as a team lists them: trimmed, each once (case-insensitively), in the order given. */
function serviceList(services: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  services.forEach((s, i) => {
    const name = checkedText(s, `services.${i}`, 120);
    if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  });
  return [...byKey.values()];
}

/** Creates a team, or replaces the one of the same name; admins. */
export async function putTeam({ db, dialect }: Connection, context: StoreContext, actor: Actor, input: TeamInput): Promise<Team> {
  requireAdmin(actor, 'change teams');
  const name = checkedText(input.name, 'name', 120);
  if (/[/\\]/.test(name)) throw fieldError('name', 'must not hold / or \\ (a team name is part of its address)');
  const lead = input.lead === undefined || input.lead === null || input.lead.trim() === '' ? null : normalEmail(input.lead, 'lead');
  const members = [...new Set((input.members ?? []).map((m, i) => normalEmail(m, `members.${i}`)))].sort();
  const services = serviceList(input.services ?? []);
  return dialect.writeTransaction(db, async (trx) => {
    const existing = await teamRow(trx, name);
    const at = isoAt(context.clock());
    const row: TeamTable = { key: name.toLowerCase(), name, lead, members: JSON.stringify(members), services: JSON.stringify(services), created_at: existing?.created_at ?? at, updated_at: at };
    if (existing === undefined) await trx.insertInto('teams').values(row).execute();
    else await trx.updateTable('teams').set(row).where('key', '=', row.key).execute();
    await recordAudit(trx, context, { action: 'team.saved', by: auditSourceOf(actor), target: name, details: { lead, members, services, created: existing === undefined } });
    return teamOf(row);
  });
}

/** Removes a team; admins. */
export async function deleteTeam({ db, dialect }: Connection, context: StoreContext, actor: Actor, name: string): Promise<void> {
  requireAdmin(actor, 'change teams');
  await dialect.writeTransaction(db, async (trx) => {
    const { numDeletedRows } = await trx.deleteFrom('teams').where('key', '=', name.trim().toLowerCase()).executeTakeFirst();
    if (numDeletedRows === 0n) throw noSuchTeam(name);
    await recordAudit(trx, context, { action: 'team.deleted', by: auditSourceOf(actor), target: name });
  });
}
