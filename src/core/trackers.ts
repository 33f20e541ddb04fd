/**
 * Trackers: the issue trackers action items are filed in (Jira Cloud, Linear, GitHub Issues). Each is an integration
 * of its kind, configured per team (site and project, team, or repository) with its credential as the secret. A
 * ticket is drafted from an action item (title; description with the why, the verification criterion and a link back
 * to the postmortem; assignee by e-mail; due date; priority) and its state read back as open or closed.
 */
import { z } from 'zod';
import type { ActionItem, ActionStatus } from './postmortem.schema.js';
import { CLOSED_ACTION_STATUSES } from './vocabulary.js';

/** The trackers action items can be filed in. */
export const TRACKER_KINDS = ['jira', 'linear', 'github'] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

/** True when `value` names a kind of tracker. */
export function isTrackerKind(value: string): value is TrackerKind {
  return (TRACKER_KINDS as readonly string[]).includes(value);
}

/** An http(s) base address, without a trailing slash. */
export const baseUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/]+(\/\S*)?$/i, 'must be an https:// address')
  .transform((url) => url.replace(/\/+$/, ''));

/** What each of Debrief's priorities is called in a tracker that names its priorities. */
const priorityNames = (p1: string, p2: string, p3: string) =>
  z.strictObject({ P1: z.string().trim().min(1).max(100).default(p1), P2: z.string().trim().min(1).max(100).default(p2), P3: z.string().trim().min(1).max(100).default(p3) }).default({ P1: p1, P2: p2, P3: p3 });

/** Each tracker's settings (nothing secret: the credential is the integration's secret). */
export const trackerSettingsSchemas = {
  /** Jira Cloud: the site, the project key, the account the API token belongs to, the issue type and the priority names. */
  jira: z.strictObject({
    site: baseUrl.describe('the Jira Cloud site, e.g. https://acme.atlassian.net'),
    project: z.string().trim().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'must be a Jira project key such as OPS'),
    email: z.string().trim().regex(/^[^\s@]+@[^\s@]+$/, 'must be the e-mail address of the account the API token belongs to'),
    issueType: z.string().trim().min(1).max(100).default('Task'),
    priorities: priorityNames('High', 'Medium', 'Low'),
  }),
  /** Linear: the team issues are created in; the API address (a proxy's, or a test server's). */
  linear: z.strictObject({
    teamId: z.string().trim().min(1).max(100).describe('the Linear team\u2019s id (Settings → Teams → the team → copy the id)'),
    apiUrl: baseUrl.default('https://api.linear.app/graphql'),
  }),
  /** GitHub Issues: the repository; the API address (GitHub Enterprise Server's, or a test server's); the priority labels. */
  github: z.strictObject({
    owner: z.string().trim().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub user or organisation name'),
    repo: z.string().trim().regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be a repository name'),
    apiUrl: baseUrl.default('https://api.github.com'),
    priorityLabels: priorityNames('priority: P1', 'priority: P2', 'priority: P3'),
  }),
} as const satisfies Record<TrackerKind, z.ZodType>;

/** The settings of one tracker kind. */
export type TrackerSettings<K extends TrackerKind = TrackerKind> = z.output<(typeof trackerSettingsSchemas)[K]>;

/** A ticket to create, drafted from an action item. */
export interface TicketDraft {
  title: string;
  /** Markdown: the why, the verification criterion, the owner as written, and the link back to the postmortem. */
  description: string;
  /** The owner's e-mail, when the owner is written as one (matched to a tracker account; none found leaves it unassigned). */
  assigneeEmail: string | null;
  /** `YYYY-MM-DD`, when the item has a calendar due date. */
  due: string | null;
  priority: 'P1' | 'P2' | 'P3' | null;
}

/** A ticket as a tracker names it. */
export interface TicketRef {
  /** The human key: `OPS-12` (Jira, Linear) or `#12` (GitHub). */
  key: string;
  url: string;
  /** What the tracker's API addresses it by (Jira's key, Linear's issue id, GitHub's number). */
  externalId: string;
}

/** A ticket's state as last read. */
export interface TicketState {
  open: boolean;
  /** The tracker's own name of the status ("In Progress", "closed"). */
  status: string;
  /** When the tracker last changed the ticket (ISO 8601). */
  updatedAt: string;
}

/** The draft of a ticket for an action item of a postmortem, linking back to `link`. */
export function ticketDraft(item: ActionItem, postmortemTitle: string, link: string): TicketDraft {
  const owner = item.owner?.trim().replace(/^@/, '') ?? '';
  const lines = [
    `Action item of the postmortem **${postmortemTitle}**.`,
    '',
    `**Why:** ${item.rationale?.trim() || '(not written)'}`,
    '',
    `**Verified when:** ${item.verification?.trim() || '(not written)'}`,
    ...(owner === '' ? [] : ['', `**Owner:** ${owner}`]),
    ...(item.due === null || item.due.trim() === '' ? [] : ['', `**Due:** ${item.due.trim()}`]),
    '',
    `Postmortem: ${link}`,
  ];
  return {
    title: item.title.trim().slice(0, 250),
    description: lines.join('\n'),
    assigneeEmail: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(owner) ? owner.toLowerCase() : null,
    due: item.due !== null && /^\d{4}-\d{2}-\d{2}$/.test(item.due.trim()) ? item.due.trim() : null,
    priority: item.priority,
  };
}

/** Whether an item's status means its ticket should be open. */
export function wantsOpen(status: ActionStatus): boolean {
  return !CLOSED_ACTION_STATUSES.has(status);
}

/** The status an item takes from its ticket's state (closed: done, never verified; reopened: open), or null when it stays. */
export function statusFromTicket(current: ActionStatus, open: boolean): ActionStatus | null {
  if (open) return wantsOpen(current) ? null : 'open';
  return wantsOpen(current) ? 'done' : null;
}
