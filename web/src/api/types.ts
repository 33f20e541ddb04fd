/**
 * The shapes the HTTP API answers with (see docs/api.md). Where the API answers a type of the engine or the
 * store contract as it is, the type is imported from there (type-only: nothing of it reaches the bundle).
 */
import type { AuditEvent } from '../../../src/core/audit.js';
import type { Derived } from '../../../src/core/derived.js';
import type { Postmortem } from '../../../src/core/postmortem.schema.js';
import type { LintMessage, LintResult } from '../../../src/lint/types.js';
export type { Approval, Approvals } from '../../../src/core/approvals.js';
import type { Deadlines, IncidentFacts } from '../../../src/core/incident.js';
import type {
  ActionItemRow as StoredActionItemRow,
  IncidentDecision,
  IncidentRecord,
  IncidentRevision,
  Page,
  PostmortemSummary,
  RevisionInfo,
  Team,
  TokenInfo,
  User,
} from '../../../src/store/store.types.js';

export type { AuditEvent, IncidentFacts, IncidentRevision, Page, RevisionInfo, Team, User };

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

/** An incident as the API shows it: its facts at the top level, what the policy owes and why, its postmortem, waiver and deadlines. */
export type Incident = IncidentFacts & Omit<IncidentRecord, 'facts'> & { deadlines: Deadlines | null };

/** The owed-postmortem policy in force: its version (0 for the defaults), the YAML, and who set it when. */
export interface PolicyView {
  version: number;
  document: string;
  createdAt: string | null;
  createdBy: string | null;
}

/** What a policy owes for an incident, and why (`policyVersion` is null for a document tried without saving it). */
export type PolicyDecision = Omit<IncidentDecision, 'policyVersion'> & { policyVersion: number | null };
