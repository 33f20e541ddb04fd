/**
 * Integrations as stored: their settings in the clear, their secret sealed under the instance's key (secret-box.ts)
 * and opened only for the hook that verifies a delivery. The log of what each hook received, and the links from a
 * vendor's incident to the Debrief incident it made.
 */
import { ConflictError, InputError, NotFoundError } from '../core/errors.js';
import { secretHint, validateIntegration, type HookKind, type IntegrationKind, type IntegrationSettings, type PublicIntegration } from '../core/integrations.js';
import type { ChannelScope } from '../core/channels.js';
import { isoAt, type Clock } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import { requireScope } from './outbox.js';
import { newId, newSecret } from './secrets.js';
import { noSecretKey, open, seal } from './secret-box.js';
import type { AlertLink, HookDelivery, HookDeliveryResult, IntegrationSaved, IntegrationWithSecret } from './store.types.js';
import type { AlertLinkTable, HookDeliveryTable, IntegrationTable } from './tables.js';

/** The deliveries kept per integration in the log (older ones are removed as new ones arrive). */
const KEPT_DELIVERIES = 200;

/** An integrations row as the API shows it. */
function publicOf(row: IntegrationTable): PublicIntegration {
  return {
    id: row.id,
    kind: row.kind as IntegrationKind,
    name: row.name,
    scope: row.scope as ChannelScope,
    settings: JSON.parse(row.settings) as IntegrationSettings,
    hasSecret: row.secret !== null,
    secretHint: row.secret_hint,
    hasWebhookSecret: row.webhook_secret !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
  };
}

/** NotFoundError for an integration id. */
function noSuchIntegration(id: string): NotFoundError {
  return new NotFoundError(`no integration with id ${id}`, { id });
}

/** ConflictError for a name already taken in a scope. */
function nameTaken(scope: string, name: string): ConflictError {
  return new ConflictError(`${scope} already has an integration named "${name}"; choose another name`, { scope, name });
}

/** The secret columns of a row for a secret, sealed for the row `id`. */
function sealedColumns(key: Buffer | null, id: string, secret: string): Pick<IntegrationTable, 'secret' | 'secret_hint'> {
  if (key === null) throw noSecretKey('the integration\u2019s secret');
  return { secret: seal(key, id, secret), secret_hint: secretHint(secret) };
}

/** The webhook-secret columns of a row for a tracker's signing secret, sealed for the row `id`. */
function sealedWebhookColumns(key: Buffer | null, id: string, secret: string): Pick<IntegrationTable, 'webhook_secret' | 'webhook_secret_hint'> {
  if (key === null) throw noSecretKey('the integration\u2019s webhook secret');
  return { webhook_secret: seal(key, `${id}:webhook`, secret), webhook_secret_hint: secretHint(secret) };
}

/** Inserts or updates a row, a name taken in its scope answered with ConflictError. */
async function writeRow(conn: Connection, row: IntegrationTable, insert: boolean): Promise<void> {
  try {
    if (insert) await conn.db.insertInto('integrations').values(row).execute();
    else await conn.db.updateTable('integrations').set(row).where('id', '=', row.id).execute();
  } catch (error) {
    if (conn.dialect.isUniqueViolation(error)) throw nameTaken(row.scope, row.name);
    throw error;
  }
}

/** Creates an integration from what an admin wrote; one left without a secret gets a generated one, answered once. */
export async function createIntegration(conn: Connection, clock: Clock, key: Buffer | null, input: unknown, createdBy: string): Promise<IntegrationSaved> {
  const checked = validateIntegration(input, true);
  await requireScope(conn.db, checked.scope);
  const generated = checked.secret === undefined ? newSecret() : null;
  const id = newId('int');
  const at = isoAt(clock());
  const row: IntegrationTable = {
    id,
    kind: checked.kind,
    scope: checked.scope,
    name: checked.name,
    settings: JSON.stringify(checked.settings),
    ...sealedColumns(key, id, checked.secret ?? (generated as string)),
    ...(checked.webhookSecret === undefined ? { webhook_secret: null, webhook_secret_hint: null } : sealedWebhookColumns(key, id, checked.webhookSecret)),
    created_at: at,
    updated_at: at,
    created_by: createdBy,
  };
  await writeRow(conn, row, true);
  return { integration: publicOf(row), newSecret: generated };
}

/** The row of an integration; NotFoundError when there is none. */
async function integrationRow({ db }: Connection, id: string): Promise<IntegrationTable> {
  const row = await db.selectFrom('integrations').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw noSuchIntegration(id);
  return row;
}

/** One integration, without its secret. */
export async function getIntegration(conn: Connection, id: string): Promise<PublicIntegration> {
  return publicOf(await integrationRow(conn, id));
}

/** The integrations, of one kind when asked, by scope, name and id. */
export async function listIntegrations({ db }: Connection, kind?: string): Promise<PublicIntegration[]> {
  let query = db.selectFrom('integrations').selectAll();
  if (kind !== undefined) query = query.where('kind', '=', kind);
  const rows = await query.orderBy('scope').orderBy('name').orderBy('id').execute();
  return rows.map(publicOf);
}

/**
 * Replaces an integration's name, scope and settings with what an admin wrote (its kind stays what it is, and its
 * scope when none is given); a new secret replaces the old one, none keeps it.
 */
export async function updateIntegration(conn: Connection, clock: Clock, key: Buffer | null, id: string, input: unknown): Promise<IntegrationSaved> {
  const current = await integrationRow(conn, id);
  // Left out, the scope stays what it is.
  const checked = validateIntegration(typeof input === 'object' && input !== null ? { scope: current.scope, ...input } : input, false);
  if (checked.kind !== current.kind) throw new InputError(`invalid integration: kind: is ${current.kind} and stays so; add a new ${checked.kind} integration instead`, [{ path: 'kind', message: `is ${current.kind} and cannot change` }]);
  await requireScope(conn.db, checked.scope);
  const row: IntegrationTable = {
    ...current,
    scope: checked.scope,
    name: checked.name,
    settings: JSON.stringify(checked.settings),
    ...(checked.secret === undefined ? {} : sealedColumns(key, id, checked.secret)),
    ...(checked.webhookSecret === undefined ? {} : sealedWebhookColumns(key, id, checked.webhookSecret)),
    updated_at: isoAt(clock()),
  };
  await writeRow(conn, row, false);
  return { integration: publicOf(row), newSecret: null };
}

/** Removes an integration and its delivery log (the incidents it made and their links stay). */
export async function deleteIntegration(conn: Connection, id: string): Promise<PublicIntegration> {
  const row = await integrationRow(conn, id);
  await conn.dialect.writeTransaction(conn.db, async (trx) => {
    await trx.deleteFrom('hook_deliveries').where('integration_id', '=', id).execute();
    await trx.deleteFrom('integrations').where('id', '=', id).execute();
  });
  return publicOf(row);
}

/** The integrations of a kind (or the one with `id`, when it is of that kind), each with its secret opened. */
export async function hookIntegrations({ db }: Connection, key: Buffer | null, kind: IntegrationKind, id?: string): Promise<IntegrationWithSecret[]> {
  let query = db.selectFrom('integrations').selectAll().where('kind', '=', kind);
  if (id !== undefined) query = query.where('id', '=', id);
  const rows = await query.orderBy('id').execute();
  return rows.map((row) => {
    if ((row.secret !== null || row.webhook_secret !== null) && key === null) throw noSecretKey(`the secret of integration ${row.id}`);
    return {
      integration: publicOf(row),
      secret: row.secret === null || key === null ? null : open(key, row.id, row.secret),
      webhookSecret: row.webhook_secret === null || key === null ? null : open(key, `${row.id}:webhook`, row.webhook_secret),
    };
  });
}

/** A delivery log row as the API shows it. */
function deliveryOf(row: HookDeliveryTable): HookDelivery {
  return { id: row.id, integrationId: row.integration_id, receivedAt: row.received_at, outcome: row.outcome as HookDelivery['outcome'], status: row.status, detail: row.detail, incidentId: row.incident_id };
}

/**
 * Claims a verified delivery by its key before it is acted on: null when the key was claimed before (a replay, which
 * must change nothing), else the claim's id, to be finished with `finishDelivery`.
 */
export async function claimDelivery({ db, dialect }: Connection, clock: Clock, integrationId: string, deliveryKey: string): Promise<string | null> {
  const id = newId('hd');
  try {
    await db.insertInto('hook_deliveries').values({ id, integration_id: integrationId, delivery_key: deliveryKey, received_at: isoAt(clock()), outcome: 'processing', status: 202, detail: '', incident_id: null }).execute();
    return id;
  } catch (error) {
    if (dialect.isUniqueViolation(error)) return null;
    throw error;
  }
}

/**
 * Records what became of a delivery: a claimed one (`claimId`) is finished, one that failed gives its key back (so
 * the vendor's retry is acted on); a refused or replayed one is logged without a key. Keeps the log to its size.
 */
export async function recordDelivery({ db }: Connection, clock: Clock, integrationId: string, result: HookDeliveryResult, claimId?: string): Promise<void> {
  const values = { outcome: result.outcome, status: result.status, detail: result.detail.slice(0, 2000), incident_id: result.incidentId ?? null };
  if (claimId === undefined) {
    await db.insertInto('hook_deliveries').values({ id: newId('hd'), integration_id: integrationId, delivery_key: null, received_at: isoAt(clock()), ...values }).execute();
  } else {
    await db.updateTable('hook_deliveries').set({ ...values, ...(result.outcome === 'failed' ? { delivery_key: null } : {}) }).where('id', '=', claimId).execute();
  }
  const old = await db.selectFrom('hook_deliveries').select('received_at').where('integration_id', '=', integrationId).orderBy('received_at', 'desc').orderBy('id', 'desc').offset(KEPT_DELIVERIES).limit(1).executeTakeFirst();
  if (old !== undefined) await db.deleteFrom('hook_deliveries').where('integration_id', '=', integrationId).where('received_at', '<=', old.received_at).where('outcome', '!=', 'processing').execute();
}

/** The latest deliveries of an integration, newest first. */
export async function listHookDeliveries(conn: Connection, integrationId: string, limit: number): Promise<HookDelivery[]> {
  await integrationRow(conn, integrationId);
  const rows = await conn.db.selectFrom('hook_deliveries').selectAll().where('integration_id', '=', integrationId).orderBy('received_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(deliveryOf);
}

/** An alert_links row as the domain sees it. */
function linkOf(row: AlertLinkTable): AlertLink {
  return { kind: row.kind as HookKind, externalKey: row.external_key, incidentId: row.incident_id, status: row.status as AlertLink['status'], statusAt: row.status_at, acknowledgedAt: row.acknowledged_at };
}

/** The link of a vendor's incident, or null. */
export async function getAlertLink({ db }: Connection, kind: HookKind, externalKey: string): Promise<AlertLink | null> {
  const row = await db.selectFrom('alert_links').selectAll().where('kind', '=', kind).where('external_key', '=', externalKey).executeTakeFirst();
  return row === undefined ? null : linkOf(row);
}

/** The links of a Debrief incident (the vendors' incidents that made or updated it). */
export async function alertLinksOf({ db }: Connection, incidentId: string): Promise<AlertLink[]> {
  const rows = await db.selectFrom('alert_links').selectAll().where('incident_id', '=', incidentId).orderBy('kind').orderBy('external_key').execute();
  return rows.map(linkOf);
}

/** Writes the link of a vendor's incident as it now is. */
export async function putAlertLink({ db }: Connection, clock: Clock, link: AlertLink): Promise<void> {
  const row: AlertLinkTable = { kind: link.kind, external_key: link.externalKey, incident_id: link.incidentId, status: link.status, status_at: link.statusAt, acknowledged_at: link.acknowledgedAt, updated_at: isoAt(clock()) };
  const { kind: _kind, external_key: _key, ...changes } = row;
  await db.insertInto('alert_links').values(row).onConflict((oc) => oc.columns(['kind', 'external_key']).doUpdateSet(changes)).execute();
}
