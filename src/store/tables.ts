/**
 * The rows of Debrief's tables as Kysely sees them (snake_case, engine-neutral types: text, integers,
 * 0/1 flags, ISO 8601 UTC timestamps as text, JSON as text). Mapping to the domain lives in *-rows.ts.
 */
import type { Role } from '../core/access.js';

export interface PostmortemTable {
  id: string;
  version: number;
  /** The whole document as JSON text (the source of truth; the other columns are derived from it). */
  document: string;
  title: string;
  status: string;
  severity: string | null;
  kind: string;
  author: string | null;
  /** `times.startedAt` padded to a fixed width so that text order is time order (see sortable-instant.ts). */
  started_at: string | null;
  /** 0 or 1. */
  restricted: number;
  created_at: string;
  updated_at: string;
  /**
   * JSON of the list row's document-derived fields (see PostmortemSummary), written with the document; null only
   * between migration 0002 and the backfill that follows it.
   */
  summary: string | null;
  /** The derived duration in whole minutes (null when unknown), a sort key of the list (migration 0003). */
  duration_minutes: number | null;
  /** How many action items are not done, verified or won't do, a sort key of the list (migration 0003). */
  open_action_items: number;
  /** JSON of what finding similar postmortems compares (StoredSimilarity), written with the document (migration 0020). */
  similarity: string | null;
}

export interface PostmortemServiceTable {
  postmortem_id: string;
  /** Lower case, for case-insensitive filtering. */
  service: string;
}

/** The salient words of a postmortem every signed-in user may read (its 40 most salient), for counting how many hold a word (migration 0020). */
export interface PostmortemWordTable {
  postmortem_id: string;
  word: string;
}

/** Per word, how many postmortems count it among their most salient (postmortem_words), moved with every write (migration 0020). */
export interface SimilarityWordCountTable {
  word: string;
  postmortems: number;
}

export interface PostmortemTagTable {
  postmortem_id: string;
  /** Lower case, for case-insensitive filtering. */
  tag: string;
}

export interface PostmortemTeamTable {
  postmortem_id: string;
  /** Lower case, for case-insensitive filtering. */
  team: string;
}

export interface PostmortemMemberTable {
  postmortem_id: string;
  /** Lower case. */
  email: string;
}

export interface ActionItemTable {
  postmortem_id: string;
  position: number;
  item_id: string | null;
  title: string;
  rationale: string | null;
  owner: string | null;
  /** As written. */
  due: string | null;
  /** `due` when it is a real `YYYY-MM-DD` date, else null (what `overdue` compares). */
  due_date: string | null;
  priority: string | null;
  status: string;
  ticket: string | null;
  verification: string | null;
}

export interface TimelineEventTable {
  postmortem_id: string;
  position: number;
  at: string | null;
  written: string;
  /** 0 or 1. */
  approximate: number;
  text: string;
  actor: string | null;
  kind: string | null;
  source: string | null;
}

export interface RevisionTable {
  postmortem_id: string;
  number: number;
  at: string;
  user_id: string;
  user_email: string;
  /** JSON array of top-level field names. */
  changed: string;
  note: string;
  /** The whole document after this change, as JSON text. */
  document: string;
}

export interface CommentTable {
  id: string;
  postmortem_id: string;
  user_id: string;
  user_email: string;
  at: string;
  body: string;
  /** The part commented on (`section:rootCause`, `action-item:AI-1`), or null for the whole postmortem. */
  anchor: string | null;
  /** The first comment of the thread this one answers, or null for a first comment. */
  parent_id: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  /** The e-mails of the users it mentions, as a JSON array. */
  mentions: string;
}

export interface ApprovalTable {
  id: string;
  postmortem_id: string;
  user_id: string;
  user_email: string;
  at: string;
  /** The version of the postmortem approved. */
  version: number;
  /** The key of the content approved (contentKey): another key now means an edit since. */
  content_key: string;
}

export interface DeletedPostmortemTable {
  id: string;
  postmortem_id: string;
  title: string;
  deleted_at: string;
  /** The e-mail of the admin who deleted it. */
  deleted_by: string;
  /** Everything of it, as a JSON array of dump lines (postmortem, members, revisions, comments, approvals). */
  bundle: string;
}

export interface UserTable {
  id: string;
  /** Lower case, unique. */
  email: string;
  name: string;
  role: Role;
  /** `scrypt$N$r$p$salt$hash` (see password.ts). */
  password_hash: string;
  created_at: string;
  /** When an admin disabled the account (migration 0006); null while it may sign in. */
  disabled_at: string | null;
  /** When the password was last set after the account was created (migration 0006). */
  password_changed_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  /** SHA-256 of the token, hex. */
  token_hash: string;
  created_at: string;
  /** When it stops working (migration 0006; null only in rows restored from old dumps, which restore fills in). */
  expires_at: string | null;
  /** The most it may do (null: whatever its user's role allows); never more than its user's current role. */
  role: Role | null;
  /** When it last authenticated a request (updated at most once a minute). */
  last_used_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the session id, hex: the id itself lives only in the cookie. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  /** The absolute end of the session. */
  expires_at: string;
  /** When it last authenticated a request (updated at most once a minute): the idle timeout counts from here. */
  last_seen_at: string;
}

/** A count of events (sign-in attempts, API requests) for one key and time window, shared by every instance. */
export interface RateCounterTable {
  /** What is counted and its window, e.g. `login:account:ana@example.com@29001234`. */
  key: string;
  count: number;
  /** When the window is over and the row may be deleted. */
  expires_at: string;
}

/** A security event: sign-ins, account and token changes, membership changes. Never changed once written. */
export interface AuditEventTable {
  id: string;
  at: string;
  /** e.g. `auth.login`, `user.disabled`, `token.created` (see core/audit.ts). */
  action: string;
  outcome: 'success' | 'failure';
  /** Who did it (null for a failed sign-in of an unknown e-mail, or the command line). */
  actor_id: string | null;
  actor_email: string | null;
  /** What it was done to: an e-mail, a token name, a postmortem id. */
  target: string | null;
  /** The client address (null from the command line). */
  ip: string | null;
  /** JSON object of what else is worth knowing (the role set, the token's expiry, `via: "cli"`…). */
  details: string;
}

/** An incident: its facts (JSON of IncidentFacts, with columns copied out for lists and repeats) and the policy's decision. */
export interface IncidentTable {
  /** `INC-<number>`. */
  id: string;
  number: number;
  /** Starts at 1; every change adds 1 (the API's ETag). */
  version: number;
  title: string;
  severity: string | null;
  started_at: string | null;
  resolved_at: string | null;
  failure_mode: string | null;
  facts: string;
  /** `full`, `lightweight` or `none`. */
  owed: string;
  /** JSON: `{ reasons, repeatOf }` as the policy gave them. */
  decision: string;
  /** The version of the policy that decided. */
  policy_version: number;
  postmortem_id: string | null;
  /** JSON `{ reason, by, at }`, or null. */
  waiver: string | null;
  created_at: string;
  /** The e-mail of who recorded it. */
  created_by: string;
  updated_at: string;
}

/** One version of an incident, as it was after a change. Never changed once written. */
export interface IncidentRevisionTable {
  incident_id: string;
  number: number;
  at: string;
  by_email: string;
  /** `created`, `facts: severity, resolvedAt`, `waived: …`, `postmortem PM-12`. */
  note: string;
  /** JSON of the incident record after the change (facts, decision, postmortem, waiver). */
  record: string;
}

/** A team: who leads it, who is in it, which services it owns, where it hears of things. */
export interface TeamTable {
  /** The name in lower case. */
  key: string;
  name: string;
  /** The lead's e-mail. */
  lead: string | null;
  /** JSON array of e-mails. */
  members: string;
  /** JSON array of service names. */
  services: string;
  created_at: string;
  updated_at: string;
}

/** A service level objective: the impact arithmetic measures a postmortem's services against it. */
export interface ServiceSloTable {
  /** The service name in lower case. */
  key: string;
  service: string;
  /** Percent of good minutes, strictly between 0 and 100 (99.9). */
  target_percent: number;
  window_days: number;
  created_at: string;
  updated_at: string;
}

/** One version of the owed-postmortem policy (YAML as the admin wrote it). The highest version is in force. */
export interface PolicyTable {
  version: number;
  document: string;
  created_at: string;
  created_by: string;
}

/** When an action item was created, done, verified or declined: kept across the rewrites of the document's rows. */
export interface ActionItemTimeTable {
  postmortem_id: string;
  /** The item's id, else `title:` and its title in lower case (`#2`, `#3`… after repeats). */
  item_key: string;
  status: string;
  owner: string | null;
  /** The due date when it is a real date (`YYYY-MM-DD`), else null. */
  due_date: string | null;
  created_at: string;
  done_at: string | null;
  verified_at: string | null;
  /** The e-mail of who verified it. */
  verified_by: string | null;
  /** The note or link that shows it works. */
  evidence: string | null;
  wont_do_at: string | null;
  wont_do_reason: string | null;
}

/** A notification channel. */
export interface ChannelTable {
  id: string;
  /** `instance`, or `team:` and the team's key. */
  scope: string;
  name: string;
  /** `email`, `slack` or `webhook`. */
  kind: string;
  /** JSON of the channel's ChannelConfig, secrets included. */
  config: string;
  created_at: string;
  updated_at: string;
  created_by: string;
}

/** A notification on its way to one channel. */
export interface OutboxTable {
  id: string;
  channel_id: string;
  /** Unique: the same notification is never enqueued twice. */
  dedupe_key: string;
  /** JSON of the NotificationMessage. */
  message: string;
  /** `pending`, `sending` (claimed, under a lease until `locked_until`), `sent` or `failed`. */
  state: string;
  /** How many attempts were claimed so far (the current one's number while sending). */
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  locked_until: string | null;
}

/** One attempt to deliver a notification. */
export interface DeliveryTable {
  id: string;
  outbox_id: string;
  /** The attempt's number (1 for the first). */
  attempt: number;
  at: string;
  /** `sent`, `retry` (failed, tried again later), `failed` (given up) or `lease_expired` (no outcome was recorded). */
  outcome: string;
  /** The HTTP status or SMTP reply code, when there was one. */
  status: number | null;
  error: string | null;
  duration_ms: number;
}

/** An integration an admin configured. */
export interface IntegrationTable {
  id: string;
  /** `pagerduty`, `alertmanager`, `opsgenie` or `grafana`. */
  kind: string;
  /** `instance`, or `team:` and the team's key. */
  scope: string;
  name: string;
  /** JSON of the kind's settings: nothing secret. */
  settings: string;
  /** The secret, sealed (see secret-box.ts); null when it has none. */
  secret: string | null;
  /** The secret's last characters, shown to admins. */
  secret_hint: string | null;
  /** A tracker's webhook signing secret, sealed (bound to `<id>:webhook`); null when it has none. */
  webhook_secret: string | null;
  webhook_secret_hint: string | null;
  created_at: string;
  updated_at: string;
  created_by: string;
}

/** One delivery an integration's hook received. */
export interface HookDeliveryTable {
  id: string;
  integration_id: string;
  /** The vendor's delivery id or the body's hash (unique per integration); null for a refused delivery. */
  delivery_key: string | null;
  received_at: string;
  /** `created`, `updated`, `unchanged`, `ignored`, `refused` or `failed`. */
  outcome: string;
  /** The HTTP status it was answered with. */
  status: number;
  detail: string;
  incident_id: string | null;
}

/** An action item filed in a tracker: its ticket, the ticket's state as last read, and the change still to write. */
export interface TrackerTicketTable {
  postmortem_id: string;
  /** The item's key (core/action-item-keys.ts). */
  item_key: string;
  integration_id: string;
  /** `OPS-12` or `#12`; null until the ticket is created. */
  ticket_key: string | null;
  url: string | null;
  /** What the tracker's API addresses the ticket by. */
  external_id: string | null;
  /** JSON of the TicketDraft to create (while `pending` is `create`). */
  draft: string | null;
  /** `create`, `open`, `close`, or null when the tracker has every change. */
  pending: string | null;
  /** When the pending change was made in Debrief. */
  pending_since: string | null;
  attempts: number;
  next_attempt_at: string | null;
  locked_until: string | null;
  last_error: string | null;
  remote_status: string | null;
  /** 1 open, 0 closed, null never read. */
  remote_open: number | null;
  remote_updated_at: string | null;
  polled_at: string | null;
  filed_by: string;
  created_at: string;
  updated_at: string;
}

/** A vendor's incident (or alert group) and the Debrief incident it made. */
export interface AlertLinkTable {
  kind: string;
  external_key: string;
  incident_id: string;
  /** `triggered`, `acknowledged` or `resolved`, as the vendor last said. */
  status: string;
  /** When the vendor said it (so that an older delivery arriving later does not undo it). */
  status_at: string;
  acknowledged_at: string | null;
  updated_at: string;
}

/** Every table Debrief's queries touch (engine-specific search structures are reached through the dialect). */
/** Which account a provider's user signs in as (migration 0017): one per (issuer, subject), one per account and issuer. */
export interface OidcIdentityTable {
  issuer: string;
  /** The provider's `sub` claim: stable and never reassigned, unlike an e-mail. */
  subject: string;
  user_id: string;
  created_at: string;
  last_sign_in_at: string;
}

/** A sign-in under way at the provider (migration 0017): taken once by its callback, gone after `expires_at`. */
export interface OidcSignInTable {
  /** SHA-256 of the state, hex: the state itself lives only in the browser's cookie and the provider's redirect. */
  state_hash: string;
  nonce: string;
  code_verifier: string;
  expires_at: string;
}

/** A setting admins change at run time (migration 0017), e.g. `local_passwords`; `value` is JSON. */
export interface InstanceSettingTable {
  name: string;
  value: string;
  updated_at: string;
  /** The e-mail of the admin who set it, or `cli`. */
  updated_by: string;
}

/** The public version of a postmortem (migration 0019): the reviewed text being prepared, and the copy that is published. */
export interface PublicVersionTable {
  postmortem_id: string;
  /** Unique: the page is /public/postmortems/{slug}. */
  slug: string;
  /** Starts at 1; every save, publish and unpublish adds 1. The API's ETag. */
  version: number;
  title: string;
  /** The reviewed public Markdown. */
  text: string;
  /** JSON array of the reviewed redactions (ReviewedRedaction). */
  redactions: string;
  created_at: string;
  updated_at: string;
  /** The e-mail of who changed it last. */
  updated_by: string;
  /** The version that is public, or null while nothing is (never published, or unpublished). */
  published_version: number | null;
  published_title: string | null;
  published_text: string | null;
  /** When it was last published (the page's Last-Modified), null while not public. */
  published_at: string | null;
  /** When it was first published (the feed entry's published date); kept across unpublishing. */
  first_published_at: string | null;
}

/** One change of a public version (migration 0019): saved, published or unpublished, with the text as it then was. */
export interface PublicRevisionTable {
  postmortem_id: string;
  /** The version this change made. */
  number: number;
  at: string;
  user_id: string;
  user_email: string;
  action: string;
  slug: string;
  title: string;
  text: string;
  /** JSON array of the reviewed redactions. */
  redactions: string;
}

export interface Database {
  postmortems: PostmortemTable;
  postmortem_services: PostmortemServiceTable;
  postmortem_tags: PostmortemTagTable;
  postmortem_words: PostmortemWordTable;
  similarity_word_counts: SimilarityWordCountTable;
  postmortem_teams: PostmortemTeamTable;
  postmortem_members: PostmortemMemberTable;
  action_items: ActionItemTable;
  timeline_events: TimelineEventTable;
  revisions: RevisionTable;
  comments: CommentTable;
  approvals: ApprovalTable;
  deleted_postmortems: DeletedPostmortemTable;
  users: UserTable;
  api_tokens: ApiTokenTable;
  sessions: SessionTable;
  rate_counters: RateCounterTable;
  audit_events: AuditEventTable;
  incidents: IncidentTable;
  incident_revisions: IncidentRevisionTable;
  teams: TeamTable;
  service_slos: ServiceSloTable;
  policies: PolicyTable;
  action_item_times: ActionItemTimeTable;
  channels: ChannelTable;
  outbox: OutboxTable;
  deliveries: DeliveryTable;
  oidc_identities: OidcIdentityTable;
  oidc_sign_ins: OidcSignInTable;
  instance_settings: InstanceSettingTable;
  integrations: IntegrationTable;
  hook_deliveries: HookDeliveryTable;
  alert_links: AlertLinkTable;
  public_versions: PublicVersionTable;
  public_revisions: PublicRevisionTable;
  tracker_tickets: TrackerTicketTable;
}
