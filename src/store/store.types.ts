/**
 * The contract of Debrief's store: what the server and the CLI may ask of it, on SQLite and PostgreSQL alike.
 * Domain errors only (InputError, NotFoundError, ConflictError, ForbiddenError from core/errors); no HTTP here.
 */
import type { SimilarPostmortem } from './similar.js';
import type { PatternData, PatternSpan } from './patterns.js';
import type { Role } from '../core/access.js';
import type { AuditEntry, AuditEvent, AuditSource } from '../core/audit.js';
import type { Derived } from '../core/derived.js';
import type { Slo } from '../knowledge/impact/slo.js';
import type { ChannelConfig, DeliveryOutcome, NotificationMessage, PublicChannel } from '../core/channels.js';
import type { HookKind, IntegrationKind, PublicIntegration } from '../core/integrations.js';
import type { TicketRef, TicketState } from '../core/trackers.js';
import type { ClaimOptions, RemoteOutcome, TicketClaim, TicketFiling } from './tracker-tickets.js';
import type { IncidentFacts, Owed, Waiver } from '../core/incident.js';
import type { PublicRevision, PublicVersion, PublicVersionInput, PublishedPostmortem } from '../core/public-postmortem.js';
import type { ActionItem, ActionStatus, KeyTimes, Kind, Postmortem, Priority, Severity, Status } from '../core/postmortem.schema.js';

/** What a user may do (defined with the role policy in core/access). */
export type { Role };

/** Who is asking. Visibility of restricted postmortems and every revision's author come from it. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** The client address, when the actor comes over the API (for the audit log). */
  ip?: string;
}

/** A user account (never with its password hash). */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  /** When an admin disabled the account (it cannot sign in), or null. */
  disabledAt: string | null;
}

/** The outcome of a sign-in's password check (`user` is known when the e-mail is). */
export type SignInCheck =
  | { ok: true; user: User }
  | { ok: false; reason: 'unknown_email' }
  | { ok: false; reason: 'wrong_password' | 'disabled'; user: User };

/** What the identity provider says of a user signing in, and the role their groups map to (null: none said). */
export interface IdentityClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
  role: Role | null;
}

/** The outcome of a sign-in with the identity provider. */
export type IdentitySignIn =
  | { ok: true; user: User; outcome: 'signed_in' | 'linked' | 'created' }
  | { ok: false; reason: 'email_missing' | 'email_unverified' | 'disabled' | 'linked_to_another'; email: string | null };

/** A sign-in under way at the identity provider: what its callback must check and send. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** How people sign in: whether local passwords may (admins turn them off when everyone uses the identity provider). */
export interface SignInSettings {
  localPasswords: boolean;
}

/** How long web sessions last: at most `maxSeconds` from sign-in, and until `idleSeconds` pass without a request. */
export interface SessionPolicy {
  maxSeconds: number;
  idleSeconds: number;
}

/** An API token as it is listed (never its secret). */
export interface TokenInfo {
  id: string;
  name: string;
  /** Its user's e-mail. */
  email: string;
  /** The most it may do (null: whatever its user's role allows). */
  role: Role | null;
  createdAt: string;
  /** When it stops working (null only for tokens restored from an old dump). */
  expiresAt: string | null;
  lastUsedAt: string | null;
}

/** What a new token is made with. */
export interface TokenRequest {
  name: string;
  /** 1–365 days; 90 when not given. */
  expiresInDays?: number;
  /** Cap it below its user's role (a read-only token for a dashboard, say). */
  role?: Role;
}

/** A stored postmortem: the document, with the id, version and access list the store keeps. */
export interface StoredPostmortem {
  /** Equals `postmortem.id` (the store fills it in when the document had none). */
  id: string;
  /** Starts at 1; every change adds 1. The server's ETag. */
  version: number;
  postmortem: Postmortem & { id: string };
  /** E-mail addresses of the users who may see it when `postmortem.restricted` is true. */
  members: string[];
  createdAt: string;
  updatedAt: string;
}

/**
 * A stored postmortem as the text it is kept in, for answering reads without parsing the document:
 * `document` is the postmortem's JSON exactly as stored, `derived` its metrics computed when it was written.
 */
export interface StoredPostmortemText extends Omit<StoredPostmortem, 'postmortem'> {
  document: string;
  derived: Derived;
  /** As in the document: only members and admins may see it. */
  restricted: boolean;
}

/**
 * One postmortem in a list: what a list row shows, kept in a summary column written with the document (a list
 * never reads whole documents). Key times are filled from the timeline; durations and counts are derived.
 */
export interface PostmortemSummary {
  id: string;
  version: number;
  title: string;
  severity: Severity | null;
  status: Status;
  kind: Kind;
  author: string | null;
  services: string[];
  teams: string[];
  tags: string[];
  restricted: boolean;
  times: KeyTimes;
  derived: Derived;
  /** How many action items it has. */
  actionItems: number;
  /** How many of them are not done, verified or won't do. */
  openActionItems: number;
  updatedAt: string;
}

/**
 * Orders of the postmortem list: a key, ascending, or descending with `-`; unknown values (no start, no severity,
 * no duration) come last either way, ties by id. `relevance` (best match first) is for searches only.
 */
export type PostmortemSort =
  | '-started' | 'started' | '-updated' | 'updated' | 'severity' | '-severity' | 'title' | '-title'
  | '-duration' | 'duration' | '-open_actions' | 'open_actions' | 'relevance';

/** Filters of the postmortem list; all optional, combined with AND (and the order, which filters nothing). */
export interface PostmortemFilter {
  status?: Status;
  severity?: Severity;
  service?: string;
  tag?: string;
  author?: string;
  /** Incidents that started at or after this instant (ISO 8601 UTC). */
  from?: string;
  /** Incidents that started before this instant. */
  to?: string;
  /** Full-text search over title and prose; results then come best match first unless `sort` says otherwise. */
  q?: string;
  /** The order: `-started` (newest incident first) by default, `relevance` by default with `q`. */
  sort?: PostmortemSort;
}

/** One page of a list, and the opaque cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One recorded change of a postmortem. */
export interface RevisionInfo {
  /** 1 for the creation, then 2, 3…: equals the postmortem version it produced. */
  number: number;
  at: string;
  by: { userId: string; email: string };
  /** Top-level fields of the postmortem that changed (`['title', 'actionItems']`); all of them for number 1. */
  changed: string[];
  /** A short note of why (`created`, `status: draft -> in_review`, `restored revision 3`). */
  note: string;
}

/** A revision read back in full. */
export interface Revision extends RevisionInfo {
  postmortem: Postmortem;
}

/** Filters of the cross-postmortem action-item list. */
export interface ActionItemFilter {
  owner?: string;
  /** Items of postmortems that list this team in `teams` (case-insensitive). */
  team?: string;
  status?: ActionStatus;
  priority?: Priority;
  /** Only items with a real due date before `today` that are not done, verified or won't do. */
  overdue?: boolean;
  /** `YYYY-MM-DD`, the reference day of `overdue` (default: today in UTC). */
  today?: string;
  /** `YYYY-MM-DD`: only items due on or after this day. */
  dueFrom?: string;
  /** Only items not done, verified or won't do. */
  open?: boolean;
}

/** How many items a filter keeps: in all, and per owner (lower case; null for items without one), the most first. */
export interface ActionItemCounts {
  total: number;
  byOwner: { owner: string | null; count: number }[];
}

/** An action item with the postmortem it belongs to. */
export interface ActionItemRow {
  postmortemId: string;
  postmortemTitle: string;
  /** Position in the postmortem's action items (0-based): the item's key when it has no id. */
  index: number;
  item: ActionItem;
}

/** An action item as the completion rate counts it. */
export interface TrackedActionItem {
  postmortemId: string;
  key: string;
  owner: string | null;
  /** `YYYY-MM-DD`, or null when the item has no real date. */
  dueDate: string | null;
  /** The postmortem's teams, in lower case. */
  teams: string[];
  createdAt: string;
  doneAt: string | null;
  verifiedAt: string | null;
  wontDoAt: string | null;
}

/** A comment on a postmortem. */
export interface Comment {
  id: string;
  postmortemId: string;
  by: { userId: string; email: string };
  at: string;
  body: string;
  /** What it is about (`section:rootCause`, `action-item:AI-1`; see core/comment-anchor.ts), or null for the whole postmortem. */
  anchor: string | null;
  /** The first comment of the thread it answers, or null when it starts one. */
  parentId: string | null;
  /** When the thread it starts was resolved, and by whom (an e-mail); null while open. */
  resolved: { at: string; by: string } | null;
  /** The e-mails of the users it mentions. */
  mentions: string[];
}

/** A comment to add: its text, and what it is about or which thread it answers. */
export interface NewComment {
  body: string;
  anchor?: string | null;
  parentId?: string | null;
}

/** A reviewer's approval of one version of a postmortem, as stored (whether it is still current is the server's to say). */
export interface ApprovalRecord {
  postmortemId: string;
  by: { userId: string; email: string };
  at: string;
  /** The version approved. */
  version: number;
  /** The key of the content approved (contentKey in core/content-key.ts). */
  contentKey: string;
}

/** A deleted postmortem an admin can still restore. */
export interface DeletedPostmortem {
  /** The id of the deleted copy (what restoring names). */
  id: string;
  postmortemId: string;
  title: string;
  deletedAt: string;
  /** The e-mail of the admin who deleted it. */
  deletedBy: string;
  /** After this it is purged for good. */
  restorableUntil: string;
}

/** What the policy decided for an incident, and under which version of the policy. */
export interface IncidentDecision {
  owed: Owed;
  /** Every reason, in words ("customer-visible impact 42 min ≥ 15 min"). */
  reasons: string[];
  /** For a repeat: the earlier incidents of the same failure, oldest first. */
  repeatOf: string[];
  policyVersion: number;
}

/** An incident as stored: its facts, the policy's decision, the postmortem that answers it, a waiver. */
export interface IncidentRecord extends IncidentDecision {
  /** `INC-<number>`. */
  id: string;
  number: number;
  /** Starts at 1; every change adds 1 (the API's ETag). */
  version: number;
  facts: IncidentFacts;
  postmortemId: string | null;
  waiver: Waiver | null;
  createdAt: string;
  /** The e-mail of who recorded it. */
  createdBy: string;
  updatedAt: string;
}

/**
 * Decides what an incident owes, given the other recorded incidents of its failure mode (newest first, none when it
 * has none); called by the store inside the write, so the decision is made on what is recorded.
 */
export type IncidentDecider = (incident: IncidentFacts & { id: string }, sameFailureMode: readonly IncidentRecord[]) => IncidentDecision;

/** A change to an incident: any of its parts (undefined: unchanged), and the note its revision keeps. */
export interface IncidentChange {
  facts?: IncidentFacts;
  postmortemId?: string | null;
  waiver?: Waiver | null;
  note?: string;
}

/** Filters of the incident list; all optional, combined with AND. */
export interface IncidentFilter {
  owed?: Owed;
  /** Incidents that started at or after this instant. */
  from?: string;
  /** Incidents that started before this instant. */
  to?: string;
  failureMode?: string;
}

/** One recorded change of an incident. */
export interface IncidentRevision {
  number: number;
  at: string;
  /** The e-mail of who made it. */
  by: string;
  note: string;
}

/** A team: whom reminders, escalations, the digest and the metrics concern. */
export interface Team {
  name: string;
  /** The lead's e-mail (escalations go there), or null. */
  lead: string | null;
  members: string[];
  services: string[];
  createdAt: string;
  updatedAt: string;
}

/** A team as an admin writes it. */
export interface TeamInput {
  name: string;
  lead?: string | null;
  members?: string[];
  services?: string[];
}

/** A service's SLO as the store keeps it. */
export interface StoredSlo extends Slo {
  createdAt: string;
  updatedAt: string;
}

/** One version of the owed-postmortem policy. */
export interface PolicyVersion {
  version: number;
  /** The YAML as the admin wrote it. */
  document: string;
  createdAt: string;
  /** The e-mail of the admin who set it. */
  createdBy: string;
}

/** Where a notification stands. */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/** A notification in the outbox. */
export interface OutboxEntry {
  id: string;
  channelId: string;
  dedupeKey: string;
  message: NotificationMessage;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** A notification claimed for one attempt: the channel with its secrets, and the attempt's number. */
export interface ClaimedNotification {
  id: string;
  attempt: number;
  /** The channel's id, or `person:` and the e-mail of one person's own address. */
  channelId: string;
  /** Where it goes, secrets included. */
  config: ChannelConfig;
  message: NotificationMessage;
  createdAt: string;
}

/** What identifies a claim when its outcome is recorded. */
export type OutboxClaim = Pick<ClaimedNotification, 'id' | 'attempt' | 'createdAt'>;

/** A claimed notification's attempt: how it went and how long it took. */
export interface AttemptResult {
  claim: OutboxClaim;
  outcome: DeliveryOutcome;
  durationMs: number;
}

/** What an attempt's delivery row says about it. */
export type AttemptOutcome = 'sent' | 'retry' | 'failed' | 'lease_expired';

/** One attempt in the delivery log. */
export interface DeliveryRecord {
  id: string;
  outboxId: string;
  channelId: string;
  /** The channel's name ("e-mail to …" for one person's own address); null once the channel is deleted. */
  channelName: string | null;
  type: string;
  subject: string;
  attempt: number;
  at: string;
  outcome: AttemptOutcome;
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** Which attempts the log lists. */
export interface DeliveryFilter {
  channelId?: string;
  outboxId?: string;
  outcome?: AttemptOutcome;
}

/** A saved channel, and the signing secret generated for it (null when none was): the only time it leaves the store. */
export interface ChannelSaved {
  channel: PublicChannel;
  newSecret: string | null;
}

/** A saved integration, and the secret generated for it (null when the admin gave one): the only time it leaves the store. */
export interface IntegrationSaved {
  integration: PublicIntegration;
  newSecret: string | null;
}

/** An integration with its secret opened: for the hook that verifies a delivery, never for an answer. */
/** An action item filed in a tracker. */
export interface TrackerTicket {
  postmortemId: string;
  itemKey: string;
  integrationId: string;
  /** `OPS-12` or `#12`; null until created. */
  key: string | null;
  url: string | null;
  externalId: string | null;
  /** The change still owed to the tracker, or null. */
  pending: 'create' | 'open' | 'close' | null;
  attempts: number;
  nextAttemptAt: string | null;
  /** Why the last attempt failed (null after a success). */
  lastError: string | null;
  remoteStatus: string | null;
  remoteOpen: boolean | null;
  remoteUpdatedAt: string | null;
  filedBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface IntegrationWithSecret {
  integration: PublicIntegration;
  secret: string | null;
  /** A tracker's webhook signing secret (null for other kinds, or none set). */
  webhookSecret: string | null;
}

/** What became of one delivery to a hook. */
export interface HookDeliveryResult {
  /** `created`/`updated`/`unchanged` an incident, `ignored` (an event Debrief does not act on), `refused` (401), `replayed`, or `failed` (a fault: the vendor's retry is acted on). */
  outcome: 'created' | 'updated' | 'unchanged' | 'ignored' | 'refused' | 'replayed' | 'failed';
  /** The HTTP status it was answered with. */
  status: number;
  /** What was done, or why not, in words. */
  detail: string;
  incidentId?: string | null;
}

/** One delivery in an integration's log. */
export interface HookDelivery extends Omit<Required<HookDeliveryResult>, 'outcome'> {
  /** As a result's, or `processing` while it is being acted on. */
  outcome: HookDeliveryResult['outcome'] | 'processing';
  id: string;
  integrationId: string;
  receivedAt: string;
}

/** A vendor's incident (or alert group) and the Debrief incident it made, with the state the vendor last gave it. */
export interface AlertLink {
  kind: HookKind;
  externalKey: string;
  incidentId: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  /** When the vendor said so (an older delivery arriving later does not undo it). */
  statusAt: string;
  acknowledgedAt: string | null;
}

/** A web session; the CSRF token must accompany cookie-authenticated writes. */
export interface Session {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

/** What every store offers, whichever engine is underneath. */
export interface Store {
  /** Which engine this is. */
  readonly dialect: 'sqlite' | 'postgres';
  /** True when the database answers a trivial query (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;

  // Postmortems. Restricted ones the actor may not see behave as if they did not exist (NotFoundError).
  // Writes need an editor or admin (ForbiddenError); invalid input is an InputError whose details are
  // `[{ path, message }]` field problems (`actionItems.0.owner`).
  /** Stores version 1 (the creator is always among the members); ConflictError when the document's id is taken. */
  createPostmortem(actor: Actor, postmortem: Postmortem, members?: string[]): Promise<StoredPostmortem>;
  getPostmortem(actor: Actor, id: string): Promise<StoredPostmortem>;
  /** The teams (lower case) of those of some postmortems the actor may see, by id; one with no team is absent. */
  postmortemTeams(actor: Actor, ids: readonly string[]): Promise<Map<string, string[]>>;
  /** The same postmortem as `getPostmortem`, its document left as JSON text (what a read answers). */
  getPostmortemText(actor: Actor, id: string): Promise<StoredPostmortemText>;
  /** Of some postmortem ids, those that exist and the actor may see (a set query: for lists that link postmortems). */
  visiblePostmortems(actor: Actor, ids: readonly string[]): Promise<Set<string>>;
  /** Summaries (not whole documents) in the filter's `sort` order: newest incident first, or best match first with `q`. */
  listPostmortems(actor: Actor, filter: PostmortemFilter, page: { limit: number; cursor?: string }): Promise<Page<PostmortemSummary>>;
  /** The `limit` postmortems most similar to one the actor may see, best first, each with why (NotFoundError when they may not see it). */
  similarPostmortems(actor: Actor, id: string, limit: number): Promise<SimilarPostmortem[]>;
  /** The rows a pattern report counts over the span: postmortems the actor may see, incident records, tracked action items. */
  patternData(actor: Actor, span: PatternSpan): Promise<PatternData>;
  /**
   * Replaces the document if `expectedVersion` is current; else ConflictError whose details are `{ currentVersion }`.
   * A change that changes nothing (same document, same members) writes nothing and returns the current version.
   */
  updatePostmortem(
    actor: Actor,
    id: string,
    expectedVersion: number,
    next: Postmortem,
    options?: { members?: string[]; note?: string },
  ): Promise<StoredPostmortem>;
  /** Deletes it (admins), keeping a copy an admin can restore for 30 days. */
  deletePostmortem(actor: Actor, id: string): Promise<void>;
  /** The deleted postmortems that can still be restored, newest first (admins). */
  listDeleted(actor: Actor): Promise<DeletedPostmortem[]>;
  /** Puts a deleted postmortem back whole (admins); ConflictError when its id is taken again. Answers its id. */
  restoreDeleted(actor: Actor, deletedId: string): Promise<string>;
  listRevisions(actor: Actor, id: string): Promise<RevisionInfo[]>;
  getRevision(actor: Actor, id: string, number: number): Promise<Revision>;

  // Action items, across every postmortem the actor may see.
  /** One page (`limit` 1–1000, default 200; `cursor` the previous page's nextCursor), P1 first, then by due date. */
  listActionItems(actor: Actor, filter: ActionItemFilter, page?: { limit?: number; cursor?: string }): Promise<Page<ActionItemRow>>;
  /** How many items each filter keeps, in all and per owner (one pass over the items, however many filters). */
  countActionItems<Filters extends readonly ActionItemFilter[]>(actor: Actor, filters: readonly [...Filters]): Promise<{ [K in keyof Filters]: ActionItemCounts }>;
  /**
   * Sets one item's status (by its id, or its index as a string) and records a revision; `wont_do` needs a reason,
   * and `verified` is refused (ConflictError): see verifyActionItem.
   */
  setActionItemStatus(actor: Actor, postmortemId: string, itemKey: string, status: ActionStatus, reason?: string): Promise<StoredPostmortem>;
  /** Verifies a done item with evidence, by someone other than its owner (ForbiddenError), and records a revision. */
  verifyActionItem(actor: Actor, postmortemId: string, itemKey: string, evidence: string): Promise<StoredPostmortem>;
  /** What the completion rate counts: every tracked item created at or after `since` (ISO), with its teams. */
  actionItemTimes(since: string, dueBefore?: string): Promise<TrackedActionItem[]>;

  // Comments, in threads: anyone who may see the postmortem may comment; InputError at body, anchor or parentId.
  addComment(actor: Actor, postmortemId: string, comment: NewComment): Promise<Comment>;
  /** Comments written at or after `since` (ISO) that mention someone, oldest first (for the scheduler, which tells them). */
  listMentioningComments(since: string): Promise<Comment[]>;
  /** Resolves a thread (its first comment) or opens it again: its author, an editor or an admin. */
  setCommentResolved(actor: Actor, postmortemId: string, commentId: string, resolved: boolean): Promise<Comment>;
  listComments(actor: Actor, postmortemId: string): Promise<Comment[]>;

  // Approvals (giving one needs an editor or admin; who may approve what is the server's rule).
  /** Records the actor's approval of `version`, replacing theirs; ConflictError when `version` is no longer current. */
  recordApproval(actor: Actor, postmortemId: string, version: number, contentKey: string): Promise<ApprovalRecord>;
  /** Withdraws the actor's approval; false when there was none. */
  withdrawApproval(actor: Actor, postmortemId: string): Promise<boolean>;
  listApprovals(actor: Actor, postmortemId: string): Promise<ApprovalRecord[]>;

  // Incidents (anyone signed in reads them; editors and admins record and change them), teams and the policy
  // (admins change them).
  /** Records an incident, numbered INC-1, INC-2…, with the decision `decide` makes. */
  createIncident(actor: Actor, facts: IncidentFacts, decide: IncidentDecider): Promise<IncidentRecord>;
  /** Changes an incident if `expectedVersion` is current (or null); new facts are decided again. ConflictError with `{ currentVersion }` else. */
  updateIncident(actor: Actor, id: string, expectedVersion: number | null, change: IncidentChange, decide: IncidentDecider): Promise<IncidentRecord>;
  getIncident(id: string): Promise<IncidentRecord>;
  /** The incident a postmortem answers, or null. */
  incidentOfPostmortem(postmortemId: string): Promise<IncidentRecord | null>;
  /** Newest first; `limit` 1–500 (default 100). */
  listIncidents(filter: IncidentFilter, page?: { limit?: number; cursor?: string }): Promise<Page<IncidentRecord>>;
  listIncidentRevisions(id: string): Promise<IncidentRevision[]>;
  listTeams(): Promise<Team[]>;
  getTeam(name: string): Promise<Team>;
  /** Creates a team or replaces the one of that name (case-insensitive); admins. */
  putTeam(actor: Actor, team: TeamInput): Promise<Team>;
  /** Removes a team; admins. */
  deleteTeam(actor: Actor, name: string): Promise<void>;
  /** Every service's SLO (anyone signed in reads them), by service. */
  listSlos(): Promise<StoredSlo[]>;
  /** Sets a service's SLO, replacing its old one (the service matched in any case); admins; audited. */
  putSlo(actor: Actor, slo: Slo): Promise<StoredSlo>;
  /** Removes a service's SLO; admins; audited. NotFoundError when it has none. */
  deleteSlo(actor: Actor, service: string): Promise<void>;
  /** The policy in force (the highest version), or null while none was ever set (the defaults apply). */
  currentPolicy(): Promise<PolicyVersion | null>;
  /** Every version of the policy, newest first. */
  listPolicies(): Promise<PolicyVersion[]>;
  /** Stores a new version of the policy (already checked by the caller); admins. */
  setPolicy(actor: Actor, document: string): Promise<PolicyVersion>;

  // Notifications: channels (admins set them; secrets never leave the store but once, when generated), the outbox
  // (each notification once per channel: its dedupe key), and the log of delivery attempts.
  /** Creates a channel in `instance` or `team:NAME` (admins; audited); a webhook without a secret gets one, answered once. */
  createChannel(actor: Actor, scope: string, input: unknown): Promise<ChannelSaved>;
  listChannels(scope?: string): Promise<PublicChannel[]>;
  /**
   * Replaces a channel's name and settings, and moves it to `scope` (`instance` or `team:NAME`; NotFoundError for a team
   * that does not exist) when one is given (admins; audited); a webhook written without a secret keeps its own.
   */
  updateChannel(actor: Actor, id: string, input: unknown, scope?: string): Promise<ChannelSaved>;
  /** Removes a channel (admins; audited): what it had not delivered fails, the log stays. */
  deleteChannel(actor: Actor, id: string): Promise<void>;
  /** Puts a notification for a channel in the outbox; a dedupe key already there is a no-op answering that row (`created` false). */
  enqueueNotification(entry: { channelId: string; dedupeKey: string; message: NotificationMessage }): Promise<{ entry: OutboxEntry; created: boolean }>;
  /** Puts many notifications in the outbox at once; answers the dedupe keys that were new, and those refused with why. */
  enqueueNotifications(entries: readonly { channelId: string; dedupeKey: string; message: NotificationMessage }[]): Promise<{ created: string[]; refused: { dedupeKey: string; error: Error }[] }>;
  /** Takes due notifications for one attempt each (never the same one twice at once, on any number of instances). */
  claimDueNotifications(options: { limit: number; leaseMs: number }): Promise<ClaimedNotification[]>;
  /** Records how attempts went, in one transaction; each one's new state, null where the claim was lost (its lease expired and another took it). */
  recordNotificationAttempts(attempts: readonly AttemptResult[]): Promise<(OutboxState | null)[]>;
  /** The delivery log, newest first. */
  listDeliveries(filter?: DeliveryFilter, page?: { limit?: number; cursor?: string }): Promise<Page<DeliveryRecord>>;

  // Integrations (admins; secrets sealed under DEBRIEF_SECRET_KEY, never returned but once when generated), the log of
  // the deliveries their hooks received, and the links from vendors' incidents to Debrief's.
  /** Creates an integration (admins; audited); one without a secret gets a generated one, answered once. */
  createIntegration(actor: Actor, input: unknown): Promise<IntegrationSaved>;
  /** The integrations, of one kind when asked. */
  listIntegrations(kind?: string): Promise<PublicIntegration[]>;
  getIntegration(id: string): Promise<PublicIntegration>;
  /** Replaces an integration's name, scope and settings, and its secret when a new one is given (admins; audited). */
  updateIntegration(actor: Actor, id: string, input: unknown): Promise<IntegrationSaved>;
  /** Removes an integration and its delivery log (admins; audited). */
  deleteIntegration(actor: Actor, id: string): Promise<void>;
  /** The integrations a hook of `kind` may verify a delivery with (one, when `id` is given), secrets opened. */
  hookIntegrations(kind: IntegrationKind, id?: string): Promise<IntegrationWithSecret[]>;
  /** Claims a verified delivery's key: null when it was claimed before (a replay), else the claim to finish. */
  claimHookDelivery(integrationId: string, deliveryKey: string): Promise<string | null>;
  /** Logs what became of a delivery (finishing its claim when it has one). */
  recordHookDelivery(integrationId: string, result: HookDeliveryResult, claimId?: string): Promise<void>;
  /** The latest deliveries of an integration, newest first. */
  listHookDeliveries(integrationId: string, limit: number): Promise<HookDelivery[]>;
  getAlertLink(kind: HookKind, externalKey: string): Promise<AlertLink | null>;
  alertLinksOf(incidentId: string): Promise<AlertLink[]>;
  putAlertLink(link: AlertLink): Promise<void>;

  // Action items filed in trackers (tracker-tickets.ts): one row per item, its ticket and the change owed to the tracker.
  trackerTicket(postmortemId: string, itemKey: string): Promise<TrackerTicket | null>;
  ticketsOf(postmortemId: string): Promise<TrackerTicket[]>;
  ticketByExternalId(integrationId: string, externalId: string): Promise<TrackerTicket | null>;
  /** Owes the creation of an item's ticket to its tracker (never a second one: an item filed before answers its row). */
  fileTicket(filing: TicketFiling): Promise<{ ticket: TrackerTicket; created: boolean }>;
  claimDueTickets(options: ClaimOptions): Promise<TicketClaim[]>;
  recordTicketWritten(claim: TicketClaim, state: TicketState, ref?: TicketRef): Promise<TrackerTicket | null>;
  /** Answers when the change is due again. */
  recordTicketFailed(claim: TicketClaim, error: string, retryAfterMs?: number): Promise<string>;
  takeRemoteState(ticket: TrackerTicket, state: TicketState): Promise<RemoteOutcome>;
  ticketsToPoll(everyMs: number, limit: number): Promise<TrackerTicket[]>;
  markPolled(ticket: TrackerTicket): Promise<void>;
  /** Changes one item by its key as `change` says (a revision with `note`); false when it is gone or nothing changes. */
  changeItemByKey(actor: Actor, postmortemId: string, itemKey: string, change: (item: ActionItem) => ActionItem | null, note: string): Promise<boolean>;

  // Users, passwords (hashed with scrypt), API tokens (stored hashed, shown once), sessions. Changes to accounts
  // and tokens are recorded in the audit log with `by` (who, from where), in the same transaction.
  countUsers(): Promise<number>;
  createUser(input: { email: string; name?: string; role: Role; password: string }, by: AuditSource): Promise<User>;
  listUsers(): Promise<User[]>;
  /** ConflictError when it would leave no admin who can sign in. */
  setUserRole(email: string, role: Role, by: AuditSource): Promise<User>;
  /** Disabling ends the account's sessions and revokes its tokens at once; ConflictError for the last admin. */
  setUserDisabled(email: string, disabled: boolean, by: AuditSource): Promise<User>;
  /** Sets a password (checked for strength) and ends the user's sessions but `keepSession` (a session id). */
  setPassword(email: string, password: string, by: AuditSource, keepSession?: string): Promise<void>;
  /** Checks a sign-in (the same hashing work whatever the outcome); rehashes a password stored at a lower cost. */
  verifyPassword(email: string, password: string): Promise<SignInCheck>;
  /** Returns the token in clear: the only time it is ever seen. */
  createToken(email: string, request: TokenRequest, by: AuditSource): Promise<TokenInfo & { token: string }>;
  /** The tokens of one user, or every token, without their secrets. */
  listTokens(email?: string): Promise<TokenInfo[]>;
  /**
   * Revokes a token by user and name, or by id (of `ownerId`'s tokens only, when given). Takes effect at once in this
   * process (the token cache is emptied); other processes see it within a few seconds.
   */
  revokeToken(which: { email: string; name: string } | { id: string; ownerId?: string }, by: AuditSource): Promise<TokenInfo>;
  /**
   * The user a token acts as (its role capped by the token's), or null. Answers from a short-lived in-process cache
   * (5 s, see token-cache.ts); changes to accounts and tokens through this store empty it, so only changes made by
   * another process can take that long to be seen.
   */
  userForToken(token: string): Promise<User | null>;
  createSession(userId: string, policy: SessionPolicy): Promise<Session>;
  /** The session and its user, or null when unknown, ended (lifetime or idle timeout) or the account is disabled. */
  getSession(id: string, policy: SessionPolicy): Promise<{ session: Session; user: User } | null>;
  deleteSession(id: string): Promise<void>;
  /** The account an identity provider's user signs in as: linked, linked now by a verified e-mail, or created. */
  signInWithIdentity(claims: IdentityClaims, defaultRole: Role, by: AuditSource): Promise<IdentitySignIn>;
  /** Keeps a sign-in under way at the provider for `ttlMs`. */
  saveSignIn(pending: PendingSignIn, ttlMs: number): Promise<void>;
  /** Takes a sign-in under way by its state, once; null when unknown, taken or expired. */
  takeSignIn(state: string): Promise<PendingSignIn | null>;
  getSignInSettings(): Promise<SignInSettings>;
  /** ConflictError when turning local passwords off while no enabled admin has signed in with the provider. */
  setSignInSettings(settings: SignInSettings, by: AuditSource): Promise<SignInSettings>;

  // Public versions: the redacted, reviewed text of a published postmortem for customers.
  /** The public version of a postmortem the actor may see; NotFoundError when it has none. */
  getPublicVersion(actor: Actor, postmortemId: string): Promise<PublicVersion>;
  /** Saves the reviewed public text: new when `expectedVersion` is null, else its next version; ConflictError unless the postmortem is published and unrestricted. */
  savePublicVersion(actor: Actor, postmortemId: string, expectedVersion: number | null, input: PublicVersionInput): Promise<PublicVersion>;
  /** Publishes the public version as it is at `version` (checked by the caller); ConflictError when stale or the postmortem may not be public. */
  publishPublicVersion(actor: Actor, postmortemId: string, version: number): Promise<PublicVersion>;
  /** Takes the public version down; ConflictError when it is not published. */
  unpublishPublicVersion(actor: Actor, postmortemId: string): Promise<PublicVersion>;
  /** Every save, publish and unpublish of a postmortem's public version, oldest first. */
  listPublicRevisions(actor: Actor, postmortemId: string): Promise<PublicRevision[]>;
  /** What anyone may read without signing in: published public versions of unrestricted postmortems, newest first (one with `slug`). */
  listPublished(slug?: string): Promise<PublishedPostmortem[]>;

  // The audit log and shared counters.
  /** Records a security event that is not a change made through the store (sign-ins, refused attempts). */
  recordAudit(entry: AuditEntry): Promise<AuditEvent>;
  /** The audit log, newest first, filtered by action or by the account that acted or was acted on. */
  listAudit(filter: { action?: string; email?: string }, page: { limit?: number; cursor?: string }): Promise<Page<AuditEvent>>;
  /**
   * Adds to counters shared by every instance (keys of fixed windows, each with when it ends, epoch ms) and returns
   * their totals; counters whose window has ended are swept away now and then.
   */
  addToCounters(increments: readonly { key: string; amount: number; expiresAt: number }[]): Promise<Map<string, number>>;
  /** The totals of counters as they stand (0 for absent ones), read without adding: a refusal need not write. */
  readCounters(keys: readonly string[]): Promise<Map<string, number>>;
  /** The store's clock (epoch ms): what expiry, idle timeouts and rate windows are measured against. */
  now(): number;
  /**
   * A marker that changes with every write through this store and every commit another process makes (where the
   * engine can tell: `?` in it when it cannot), for caches of what is derived from the data.
   */
  changeMarker(): string;

  /**
   * Every row of every table as JSON lines, each without its newline (a header line first): a lossless,
   * engine-neutral copy (sessions excepted). On SQLite it holds the connection until the iteration ends.
   */
  dump(): AsyncIterable<string>;
  /** Loads a dump into an empty database, all or nothing; InputError (`line N: …`, details `{ line }`) on a bad line. */
  restore(lines: AsyncIterable<string>): Promise<{ postmortems: number; users: number }>;
}
