/**
 * The shapes the HTTP API answers with (see docs/api.md). Where the API answers a type of the engine or the
 * store contract as it is, the type is imported from there (type-only: nothing of it reaches the bundle).
 */
import type { AuditEvent } from '../../../src/core/audit.js';
import type { PublicChannel } from '../../../src/core/channels.js';
import type { ConnectionTest, IntegrationKind, PublicIntegration } from '../../../src/core/integrations.js';
import type { CompletionReport } from '../../../src/core/completion-rate.js';
import type { Derived } from '../../../src/core/derived.js';
import type { Postmortem } from '../../../src/core/postmortem.schema.js';
import type { LintMessage, LintResult } from '../../../src/lint/types.js';
export type { Approval, Approvals } from '../../../src/core/approvals.js';
import type { Deadlines, IncidentFacts } from '../../../src/core/incident.js';
export type { MeetingKit } from '../../../src/core/meeting-kit.js';
export type { SimilarPostmortem } from '../../../src/store/similar.js';
export type { PatternReport } from '../../../src/knowledge/patterns/report.js';
import type { Policy } from '../../../src/core/policy/policy-document.js';
import type {
  ActionItemRow as StoredActionItemRow,
  AlertLink,
  AttemptOutcome,
  DeliveryRecord,
  HookDelivery,
  IncidentDecision,
  IncidentRecord,
  IncidentRevision,
  Page,
  PostmortemSummary,
  RevisionInfo,
  StoredSlo,
  Team,
  TokenInfo,
  TrackerTicket,
  User,
} from '../../../src/store/store.types.js';

export type { AuditEvent, CompletionReport, IncidentFacts, IncidentRevision, Page, RevisionInfo, StoredSlo, Team, User };

/** A user as the API shows it: with `disabled` spelled out beside `disabledAt`. */
export type Account = User & { disabled: boolean };

/** An API token as listed (never its secret). */
export type Token = TokenInfo;

/** A token just made: the listing plus the secret, which the API shows this once. */
export type CreatedToken = Token & { token: string };

/** One lint finding (1 = warning, 2 = error); lines refer to the postmortem's Markdown export. */
export type LintFinding = LintMessage;

/** The lint result of one postmortem. */
export type { LintResult };

/** Who is signed in, and the CSRF token of the session. */
export interface SignedIn {
  user: User;
  csrfToken: string | null;
}

/** A postmortem as GET answers it: the document, its derived metrics and what the store keeps. */
export type PostmortemView = Postmortem & {
  id: string;
  derived: Derived;
  version: number;
  members: string[];
  createdAt: string;
  updatedAt: string;
};

/** One row of the postmortem list: the store's summary, as the API sends it. */
export type PostmortemRow = PostmortemSummary;

/** What the Markdown importer could not read, or read only by converting (`converted`) or assuming (`check`). */
export interface ImportDiagnostic {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  suggestion?: string;
  outcome?: 'converted' | 'check';
}

/** A revision read back in full. */
export interface Revision extends RevisionInfo {
  postmortem: Postmortem & { derived: Derived };
}

/** An action item with the postmortem it belongs to, and the key that addresses it in PATCH. */
export type ActionItemRow = StoredActionItemRow & { key: string };

/**
 * An incident as the API shows it: its facts at the top level, what the policy owes and why, its postmortem, waiver and
 * deadlines; `redacted` for a security incident the user may not read (title, services, teams, reasons, links withheld).
 */
export type Incident = IncidentFacts & Omit<IncidentRecord, 'facts'> & { deadlines: Deadlines | null; redacted: boolean; alerts?: IncidentAlert[] };

/** An alerting tool's incident linked to an incident (given with one incident, not in lists). */
export type IncidentAlert = Omit<AlertLink, 'incidentId'>;

/** The owed-postmortem policy in force: its version (0 for the defaults), the YAML, the policy as read (every default filled in), and who set it when. */
export interface PolicyView {
  version: number;
  document: string;
  policy: Policy;
  createdAt: string | null;
  createdBy: string | null;
}

/** What a policy owes for an incident, and why (`policyVersion` is null for a document tried without saving it). */
export type PolicyDecision = Omit<IncidentDecision, 'policyVersion'> & { policyVersion: number | null };

/** An owed postmortem that is not final yet: its incident, and which of its deadlines are late or due soon. */
export interface OwedPostmortem {
  incident: Incident;
  late: (keyof Deadlines)[];
  dueSoon: (keyof Deadlines)[];
}

/** The signed-in user's home (GET /dashboard): what they owe, then where the practice stands. */
export interface Dashboard {
  at: string;
  /** Postmortems they author or command, items they own (open or in progress), done items of their postmortems waiting for verification. */
  mine: { owed: OwedPostmortem[]; actionItems: ActionItemRow[]; verifications: ActionItemRow[] };
  owed: OwedPostmortem[];
  /** Owners with overdue items, the most first: how many each has, and the first few of them. */
  overdueByOwner: { owner: string; total: number; items: ActionItemRow[] }[];
  /** The first open or in-progress P1 items (`counts` says how many there are). */
  openP1: ActionItemRow[];
  /** The first done items waiting for verification. */
  awaitingVerification: ActionItemRow[];
  /** How many there are of each list in all. */
  counts: { overdue: number; openP1: number; awaitingVerification: number };
  completion: CompletionReport;
}

/** A notification channel as the API shows it: no secret, a Slack URL cut to its origin, a webhook's without its query. */
export type Channel = PublicChannel;

/** A channel as an admin writes it (a webhook without `secret` gets one, or keeps its own when changed). */
export interface ChannelInput {
  scope: string;
  name: string;
  kind: Channel['config']['kind'];
  to?: string[];
  url?: string;
  secret?: string;
}

/** A channel just saved, and the signing secret generated for it: shown this once (null when none was generated). */
export interface SavedChannel {
  channel: Channel;
  secret: string | null;
}

/** One attempt to deliver a notification, as the delivery log lists it. */
export type Delivery = DeliveryRecord;

/** How an attempt went: sent, to be retried, failed for good, or its claim lapsed. */
export type DeliveryOutcome = AttemptOutcome;

/** An integration as the API shows it: no secret (whether it has one, and its last 4 characters), and its hook URL. */
export type Integration = PublicIntegration & { hookUrl: string | null };

/** An integration as an admin writes it (a secret left out is generated, or kept when changed). */
export interface IntegrationInput {
  kind: IntegrationKind;
  name: string;
  scope?: string;
  settings?: Record<string, string | null>;
  secret?: string;
  /** Trackers: what their webhooks are signed with. */
  webhookSecret?: string;
}

/** An integration just saved, and the secret generated for it: shown this once (null when none was generated). */
export interface SavedIntegration {
  integration: Integration;
  secret: string | null;
}

/** One delivery a hook received, and what became of it. */
export type { HookDelivery };

/** The result of testing an integration. */
export type IntegrationTest = ConnectionTest<HookDelivery> & { hookUrl: string | null };

/** What filing an action item in a tracker answered (POST …/action-items/{key}/ticket). */
export interface TicketFiling {
  outcome: 'filed' | 'pending' | 'linked';
  itemKey: string;
  ticket: TrackerTicket | null;
  written: string | null;
}
