/** The Store: the store functions bound to one open database (the same functions on either engine). */
import { sql } from 'kysely';
import { actionItemTimes } from './action-item-times.js';
import { countActionItems, listActionItems, setActionItemStatus, verifyActionItem } from './action-items.js';
import { listApprovals, recordApproval, withdrawApproval } from './approvals.js';
import { addComment, listComments, listMentioningComments, setCommentResolved } from './comments.js';
import { closeConnection, type Connection } from './dialect/dialect.js';
import { dump } from './dump.js';
import { createDocumentCache } from './document-cache.js';
import { createListCache } from './list-cache.js';
import { listPostmortems } from './postmortem-list.js';
import { similarPostmortems } from './similar.js';
import { patternData } from './patterns.js';
import { createWordCountCache } from './word-count-cache.js';
import { getPostmortem, getPostmortemText, postmortemTeams, getRevision, listRevisions, visibleAmong } from './postmortem-read.js';
import { createPostmortem, deletePostmortem, updatePostmortem } from './postmortem-write.js';
import { restore } from './restore.js';
import { createIncident, getIncident, incidentOfPostmortem, listIncidentRevisions, listIncidents, updateIncident } from './incidents.js';
import { currentPolicy, listPolicies, setPolicy } from './policies.js';
import { claimDue, createChannel, deleteChannel, enqueue, enqueueAll, listChannels, listDeliveries, recordAttempts, updateChannel } from './outbox.js';
import {
  alertLinksOf,
  claimDelivery,
  createIntegration,
  deleteIntegration,
  getAlertLink,
  getIntegration,
  hookIntegrations,
  listHookDeliveries,
  listIntegrations,
  putAlertLink,
  recordDelivery,
  updateIntegration,
} from './integrations.js';
import { getPublicVersion, listPublicRevisions, listPublished, publishPublicVersion, savePublicVersion, unpublishPublicVersion } from './public-versions.js';
import { changeItemByKey, claimDueTickets, fileTicket, markPolled, recordTicketFailed, recordTicketWritten, takeRemoteState, ticketByExternalId, ticketsOf, ticketsToPoll, trackerTicket } from './tracker-tickets.js';
import { deleteSlo, listSlos, putSlo } from './service-slos.js';
import { deleteTeam, getTeam, listTeams, putTeam } from './teams.js';
import type { AuditEvent } from '../core/audit.js';
import type { StoreContext } from './store-context.js';
import { auditSourceOf, listAudit, recordAudit } from './audit.js';
import { requireAdmin } from './visibility.js';
import { increasing, type Clock } from './clock.js';
import type { ScryptCost } from './hashing-pool.js';
import { OWASP_SCRYPT_COST } from './password.js';
import { addToCounters, readCounters, sweepCounters } from './rate-counters.js';
import { createSession, deleteSession, getSession } from './sessions.js';
import { signInWithIdentity } from './identities.js';
import { getSignInSettings, setSignInSettings } from './instance-settings.js';
import { saveSignIn, takeSignIn } from './oidc-sign-ins.js';
import type { Store } from './store.types.js';
import { listDeleted, restoreDeleted } from './trash.js';
import { createTokenCache } from './token-cache.js';
import { createToken, listTokens, revokeToken, userForToken } from './tokens.js';
import { countUsers, createUser, listUsers, setPassword, setUserDisabled, setUserRole, verifyPassword } from './users.js';

/** What a store may be given besides its database. */
export interface StoreSettings {
  /** The clock of expiry, idle timeouts, rate windows and the audit log (default `Date.now`; tests move their own). */
  clock?: Clock;
  /** The scrypt cost of new password hashes (default OWASP's; lower only in tests, where hashing time adds up). */
  passwordCost?: ScryptCost;
  /** Told of each audit event as it is written (`debrief serve` logs them). */
  onAudit?: (event: AuditEvent) => void;
  /** The key integration secrets are sealed under (DEBRIEF_SECRET_KEY); without one, no secret can be stored or opened. */
  secretKey?: Buffer | null;
}

/** Expired counters are swept at most this often. */
const SWEEP_EVERY_MS = 60_000;

/** A Store over an open, migrated database; `close()` closes the database (once, however often it is called). */
export function createStore(conn: Connection, settings: StoreSettings = {}): Store {
  let closing: Promise<void> | undefined;
  // Read at each call (not captured), so a clock faked after the store opened is the one it reads.
  const clock = settings.clock ?? (() => Date.now());
  const secretKey = settings.secretKey ?? null;
  // Hook deliveries are listed in the order they came, however close together.
  const deliveryClock = increasing(clock);
  const context: StoreContext = { clock, auditClock: increasing(clock), passwordCost: settings.passwordCost ?? OWASP_SCRYPT_COST, audited: settings.onAudit ?? (() => undefined) };
  const tokens = createTokenCache(clock);
  let sweptAt = 0;
  const lists = createListCache(() => conn.dialect.externalChanges());
  const documents = createDocumentCache(() => conn.dialect.externalChanges());
  const wordCounts = createWordCountCache(() => conn.dialect.externalChanges());
  // Every write through this store moves it on: what was derived from the data before is out of date.
  let generation = 0;
  const clearCaches = () => {
    generation++;
    lists.clear();
    documents.clear();
    wordCounts.clear();
  };
  /** Runs a write with the read caches emptied before and after it (what is read while it runs is not kept). */
  /** Runs a change to accounts or tokens with the token cache emptied before and after it. */
  const changingAccess = async <T>(work: () => Promise<T>): Promise<T> => {
    tokens.clear();
    try {
      return await work();
    } finally {
      tokens.clear();
    }
  };
  const writing = async <T>(work: () => Promise<T>): Promise<T> => {
    clearCaches();
    try {
      return await work();
    } finally {
      clearCaches();
    }
  };
  return {
    dialect: conn.dialect.name,
    async ping() {
      try {
        await sql`select 1`.execute(conn.db);
        return true;
      } catch {
        return false;
      }
    },
    // Closing twice (a shutdown hook and an error path, say) closes once.
    close: () => (closing ??= closeConnection(conn)),
    createPostmortem: (actor, pm, members) => writing(() => createPostmortem(conn, context, actor, pm, members)),
    getPostmortem: (actor, id) => getPostmortem(conn, actor, id),
    postmortemTeams: (actor, ids) => postmortemTeams(conn, actor, ids),
    getPostmortemText: (actor, id) => documents.lookup(actor, id, () => getPostmortemText(conn, actor, id)),
    visiblePostmortems: (actor, ids) => visibleAmong(conn, actor, ids),
    similarPostmortems: (actor, id, limit) => similarPostmortems(conn, wordCounts, actor, id, limit),
    patternData: (actor, span) => patternData(conn, actor, span),
    listPostmortems: (actor, filter, page) => lists.lookup(actor, filter, page, () => listPostmortems(conn, actor, filter, page)),
    updatePostmortem: (actor, id, expectedVersion, next, options) => writing(() => updatePostmortem(conn, context, actor, id, expectedVersion, next, options)),
    deletePostmortem: (actor, id) => writing(() => deletePostmortem(conn, context, actor, id)),
    listDeleted: (actor) => listDeleted(conn, actor),
    restoreDeleted: (actor, deletedId) => writing(() => restoreDeleted(conn, context, actor, deletedId)),
    listRevisions: (actor, id) => listRevisions(conn, actor, id),
    getRevision: (actor, id, number) => getRevision(conn, actor, id, number),
    listActionItems: (actor, filter, page) => listActionItems(conn, actor, filter, page),
    countActionItems: (actor, filters) => countActionItems(conn, actor, filters),
    setActionItemStatus: (actor, postmortemId, itemKey, status, reason) => writing(() => setActionItemStatus(conn, context, actor, postmortemId, itemKey, status, reason)),
    verifyActionItem: (actor, postmortemId, itemKey, evidence) => writing(() => verifyActionItem(conn, context, actor, postmortemId, itemKey, evidence)),
    actionItemTimes: (since, dueBefore) => actionItemTimes(conn.db, since, dueBefore),
    addComment: (actor, postmortemId, comment) => addComment(conn, actor, postmortemId, comment),
    listMentioningComments: (since) => listMentioningComments(conn, since),
    setCommentResolved: (actor, postmortemId, commentId, resolved) => setCommentResolved(conn, actor, postmortemId, commentId, resolved),
    listComments: (actor, postmortemId) => listComments(conn, actor, postmortemId),
    recordApproval: (actor, postmortemId, version, contentKey) => recordApproval(conn, actor, postmortemId, version, contentKey),
    withdrawApproval: (actor, postmortemId) => withdrawApproval(conn, actor, postmortemId),
    listApprovals: (actor, postmortemId) => listApprovals(conn, actor, postmortemId),
    createIncident: (actor, facts, decide) => writing(() => createIncident(conn, context, actor, facts, decide)),
    updateIncident: (actor, id, expectedVersion, change, decide) => writing(() => updateIncident(conn, context, actor, id, expectedVersion, change, decide)),
    getIncident: (id) => getIncident(conn, id),
    incidentOfPostmortem: (postmortemId) => incidentOfPostmortem(conn, postmortemId),
    listIncidents: (filter, page) => listIncidents(conn, filter, page),
    listIncidentRevisions: (id) => listIncidentRevisions(conn, id),
    listTeams: () => listTeams(conn),
    getTeam: (name) => getTeam(conn, name),
    putTeam: (actor, team) => writing(() => putTeam(conn, context, actor, team)),
    deleteTeam: (actor, name) => writing(() => deleteTeam(conn, context, actor, name)),
    listSlos: () => listSlos(conn),
    putSlo: (actor, slo) => writing(() => putSlo(conn, context, actor, slo)),
    deleteSlo: (actor, service) => writing(() => deleteSlo(conn, context, actor, service)),
    currentPolicy: () => currentPolicy(conn),
    listPolicies: () => listPolicies(conn),
    setPolicy: (actor, document) => writing(() => setPolicy(conn, context, actor, document)),
    async createChannel(actor, scope, input) {
      requireAdmin(actor, 'change notification channels');
      const saved = await createChannel(conn, clock, scope, input, actor.email.toLowerCase());
      await recordAudit(conn.db, context, { action: 'channel.saved', by: auditSourceOf(actor), target: saved.channel.name, details: { id: saved.channel.id, scope: saved.channel.scope, kind: saved.channel.config.kind, created: true } });
      return saved;
    },
    listChannels: (scope) => listChannels(conn, scope),
    async updateChannel(actor, id, input, scope) {
      requireAdmin(actor, 'change notification channels');
      const saved = await updateChannel(conn, clock, id, input, scope);
      await recordAudit(conn.db, context, { action: 'channel.saved', by: auditSourceOf(actor), target: saved.channel.name, details: { id, scope: saved.channel.scope, kind: saved.channel.config.kind, created: false } });
      return saved;
    },
    async deleteChannel(actor, id) {
      requireAdmin(actor, 'change notification channels');
      await deleteChannel(conn, id);
      await recordAudit(conn.db, context, { action: 'channel.deleted', by: auditSourceOf(actor), target: id });
    },
    enqueueNotification: (entry) => enqueue(conn, clock, entry),
    enqueueNotifications: (entries) => enqueueAll(conn, clock, entries),
    claimDueNotifications: (options) => claimDue(conn, clock, options),
    recordNotificationAttempts: (attempts) => recordAttempts(conn, clock, attempts),
    listDeliveries: (filter, page) => listDeliveries(conn, filter, page),
    async createIntegration(actor, input) {
      requireAdmin(actor, 'change integrations');
      const saved = await createIntegration(conn, clock, secretKey, input, actor.email.toLowerCase());
      await recordAudit(conn.db, context, { action: 'integration.saved', by: auditSourceOf(actor), target: saved.integration.name, details: { id: saved.integration.id, scope: saved.integration.scope, kind: saved.integration.kind, created: true } });
      return saved;
    },
    listIntegrations: (kind) => listIntegrations(conn, kind),
    getIntegration: (id) => getIntegration(conn, id),
    async updateIntegration(actor, id, input) {
      requireAdmin(actor, 'change integrations');
      const saved = await updateIntegration(conn, clock, secretKey, id, input);
      const secretChanged = typeof (input as { secret?: unknown } | null)?.secret === 'string';
      await recordAudit(conn.db, context, { action: 'integration.saved', by: auditSourceOf(actor), target: saved.integration.name, details: { id, scope: saved.integration.scope, kind: saved.integration.kind, created: false, secretChanged } });
      return saved;
    },
    async deleteIntegration(actor, id) {
      requireAdmin(actor, 'change integrations');
      const removed = await deleteIntegration(conn, id);
      await recordAudit(conn.db, context, { action: 'integration.deleted', by: auditSourceOf(actor), target: removed.name, details: { id, scope: removed.scope, kind: removed.kind } });
    },
    hookIntegrations: (kind, id) => hookIntegrations(conn, secretKey, kind, id),
    claimHookDelivery: (integrationId, deliveryKey) => claimDelivery(conn, deliveryClock, integrationId, deliveryKey),
    recordHookDelivery: (integrationId, result, claimId) => recordDelivery(conn, deliveryClock, integrationId, result, claimId),
    listHookDeliveries: (integrationId, limit) => listHookDeliveries(conn, integrationId, limit),
    getAlertLink: (kind, key) => getAlertLink(conn, kind, key),
    alertLinksOf: (incidentId) => alertLinksOf(conn, incidentId),
    putAlertLink: (link) => putAlertLink(conn, clock, link),
    trackerTicket: (postmortemId, itemKey) => trackerTicket(conn, postmortemId, itemKey),
    ticketsOf: (postmortemId) => ticketsOf(conn, postmortemId),
    ticketByExternalId: (integrationId, externalId) => ticketByExternalId(conn, integrationId, externalId),
    fileTicket: (filing) => fileTicket(conn, clock, filing),
    claimDueTickets: (options) => claimDueTickets(conn, clock, options),
    recordTicketWritten: (claim, state, ref) => recordTicketWritten(conn, clock, claim, state, ref),
    recordTicketFailed: (claim, error, retryAfterMs) => recordTicketFailed(conn, clock, claim, error, retryAfterMs),
    takeRemoteState: (ticket, state) => takeRemoteState(conn, clock, ticket, state),
    ticketsToPoll: (everyMs, limit) => ticketsToPoll(conn, clock, everyMs, limit),
    markPolled: (ticket) => markPolled(conn, clock, ticket),
    changeItemByKey: (actor, postmortemId, itemKey, change, note) => writing(() => changeItemByKey(conn, context, actor, postmortemId, itemKey, change, note)),
    countUsers: () => countUsers(conn),
    createUser: (input, by) => createUser(conn, context, input, by),
    listUsers: () => listUsers(conn),
    setUserRole: (email, role, by) => changingAccess(() => setUserRole(conn, context, email, role, by)),
    setUserDisabled: (email, disabled, by) => changingAccess(() => setUserDisabled(conn, context, email, disabled, by)),
    setPassword: (email, password, by, keepSession) => setPassword(conn, context, email, password, by, keepSession),
    verifyPassword: (email, password) => verifyPassword(conn, context, email, password),
    createToken: (email, request, by) => createToken(conn, context, email, request, by),
    listTokens: (email) => listTokens(conn, email),
    revokeToken: (which, by) => changingAccess(() => revokeToken(conn, context, which, by)),
    userForToken: (token) => tokens.lookup(token, (t) => userForToken(conn, context, t)),
    createSession: (userId, policy) => createSession(conn, context, userId, policy),
    getSession: (id, policy) => getSession(conn, context, id, policy),
    deleteSession: (id) => deleteSession(conn, id),
    signInWithIdentity: (claims, defaultRole, by) => changingAccess(() => signInWithIdentity(conn, context, claims, defaultRole, by)),
    saveSignIn: (pending, ttlMs) => saveSignIn(conn, context, pending, ttlMs),
    takeSignIn: (state) => takeSignIn(conn, context, state),
    getSignInSettings: () => getSignInSettings(conn),
    setSignInSettings: (settings, by) => setSignInSettings(conn, context, settings, by),
    getPublicVersion: (actor, id) => getPublicVersion(conn, actor, id),
    savePublicVersion: (actor, id, expectedVersion, input) => savePublicVersion(conn, context, actor, id, expectedVersion, input),
    publishPublicVersion: (actor, id, version) => publishPublicVersion(conn, context, actor, id, version),
    unpublishPublicVersion: (actor, id) => unpublishPublicVersion(conn, context, actor, id),
    listPublicRevisions: (actor, id) => listPublicRevisions(conn, actor, id),
    listPublished: (slug) => listPublished(conn, slug),
    recordAudit: (entry) => recordAudit(conn.db, context, entry),
    listAudit: (filter, page) => listAudit(conn.db, filter, page),
    async addToCounters(increments) {
      const now = clock();
      if (now - sweptAt >= SWEEP_EVERY_MS) {
        sweptAt = now;
        await sweepCounters(conn, now);
      }
      return addToCounters(conn, increments);
    },
    readCounters: (keys) => readCounters(conn, keys),
    now: clock,
    changeMarker: () => `${generation}:${conn.dialect.externalChanges() ?? '?'}`,
    dump: () => dump(conn),
    restore: (lines) => writing(() => restore(conn, lines)),
  };
}
