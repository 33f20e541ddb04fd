/**
 * What action items say besides their title, as teams write it: tickets (`ABC-123`, `#123`,
 * `owner/repo#12`, issue URLs), owners, due dates, priorities and statuses. Shared by tables and lists.
 */
import type { ActionStatus, Priority } from '../../core/postmortem.schema.js';

/** A value taken out of a text, and the text without it. */
export interface Taken<T> {
  value: T | null;
  text: string;
}

const PRIORITIES: Record<string, Priority> = {
  p0: 'P1', p1: 'P1', p2: 'P2', p3: 'P3',
  critical: 'P1', urgent: 'P1', high: 'P1',
  medium: 'P2', med: 'P2', normal: 'P2',
  low: 'P3',
};

const STATUSES: Record<string, ActionStatus> = {
  open: 'open', todo: 'open', 'to do': 'open', planned: 'open', 'not started': 'open', pending: 'open',
  'in progress': 'in_progress', 'in-progress': 'in_progress', in_progress: 'in_progress', ongoing: 'in_progress',
  wip: 'in_progress', started: 'in_progress', doing: 'in_progress',
  done: 'done', completed: 'done', complete: 'done', closed: 'done', fixed: 'done', resolved: 'done',
  verified: 'verified',
  "won't do": 'wont_do', 'wont do': 'wont_do', wont_do: 'wont_do', "won't fix": 'wont_do', wontfix: 'wont_do',
  declined: 'wont_do', cancelled: 'wont_do', canceled: 'wont_do', rejected: 'wont_do',
};

/** A priority as written (`P1`, `HIGH`, `Medium`, `low`); null when it is none of them. */
export function parsePriority(text: string): Priority | null {
  return PRIORITIES[text.trim().toLowerCase().replace(/[*_[\]()]/g, '')] ?? null;
}

/** A status as written (`open`, `in progress`, `done`, `verified`, `won't do`, `TODO`, `Completed` …); null otherwise. */
export function parseStatus(text: string): ActionStatus | null {
  const key = text.trim().toLowerCase().replace(/[*_[\]]/g, '').replace(/’/g, "'").replace(/\s+/g, ' ');
  return STATUSES[key] ?? null;
}

const CHECKBOX = /^\[([ xX])\]\s+/;
const PRIORITY_PREFIX =
  /^(?:(?:\*\*|__)(HIGH|MEDIUM|LOW|CRITICAL|P[0-3])(?:\*\*|__)|\[(HIGH|MEDIUM|LOW|CRITICAL|P[0-3])\]|\((P[0-3])\)|(HIGH|MEDIUM|LOW|CRITICAL|P[0-3])\b(?!-))\s*[:\-–—]?\s*/i;
const STATUS_MARKER = /\s*(?:\*\*|__|\[)(DONE|TODO|TO DO|IN PROGRESS|WON'?T DO|VERIFIED|COMPLETED|CLOSED)(?:\*\*|__|\])\s*/i;

/** A leading task-list checkbox: `[ ]` open, `[x]` done. */
export function takeCheckbox(text: string): Taken<ActionStatus> {
  const m = CHECKBOX.exec(text);
  if (!m) return { value: null, text };
  return { value: m[1] === ' ' ? 'open' : 'done', text: text.slice(m[0].length) };
}

/** A leading priority: `**HIGH**`, `MEDIUM:`, `[P2]`, `P1 -` (a bare word must be upper case). */
export function takePriorityPrefix(text: string): Taken<Priority> {
  const m = PRIORITY_PREFIX.exec(text);
  if (!m) return { value: null, text };
  const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
  if (m[4] !== undefined && word !== word.toUpperCase()) return { value: null, text };
  return { value: parsePriority(word), text: text.slice(m[0].length) };
}

/** A status marker anywhere: `**DONE**`, `**TODO**`, `[DONE]` (SRE book, status-im tables). */
export function takeStatusMarker(text: string): Taken<ActionStatus> {
  const m = STATUS_MARKER.exec(text);
  if (!m) return { value: null, text };
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).trim();
  return { value: parseStatus(m[1] ?? ''), text: rest };
}

const FIELD_STOP = String.raw`(?=$|[;|)]|,\s|\s\(|\s[-–—]\s|\s+[*_]*(?:owner|due|deadline|priority|ticket|status)[*_]*\s*:)`;
const OWNER_IN_PARENS = /\s*\(\s*(?:owners?|assignee|assigned to|who)\s*:\s*([^)]+)\)/i;
const OWNER_LABEL = new RegExp(String.raw`[\s,;.]*[*_]*\b(?:owners?|assignee|assigned to)[*_]*\s*:[*_]*\s*(.+?)\s*` + FIELD_STOP, 'i');
const OWNER_SUFFIX = /\s+(?:[-–—]{1,2}\s*|\(\s*)(@[A-Za-z0-9][\w.-]*?)\s*\)?\s*$/;

function take(text: string, m: RegExpExecArray, value: string): Taken<string> {
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\s{2,}/g, ' ').trim();
  const cleaned = value.trim().replace(/^[*_]+|[*_.]+$/g, '');
  return cleaned === '' ? { value: null, text } : { value: cleaned, text: rest };
}

/** An owner: `Owner: @lucasheriques`, `(owner: Jane Doe)`, a trailing `— @jane`; kept as written. */
export function takeOwner(text: string): Taken<string> {
  for (const pattern of [OWNER_IN_PARENS, OWNER_LABEL, OWNER_SUFFIX]) {
    const m = pattern.exec(text);
    if (m) return take(text, m, m[1] ?? '');
  }
  return { value: null, text };
}

const DUE_LABEL = new RegExp(
  String.raw`[\s,;]*\(?[*_]*\b(?:due(?: date)?|deadline|eta)[*_]*(?:\s*:[*_]*\s*|\s+(?=\d))(.+?)\s*` + FIELD_STOP + String.raw`\)?`,
  'i',
);
const DUE_BY =
  /\s+by\s+(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b/i;

/** A due date: `Due: 2024-05-01`, `(due 2024-05-01)`, `by 2024-05-01`; kept as written (`Due: next sprint` too). */
export function takeDue(text: string): Taken<string> {
  for (const pattern of [DUE_LABEL, DUE_BY]) {
    const m = pattern.exec(text);
    if (m) return take(text, m, m[1] ?? '');
  }
  return { value: null, text };
}

const TICKET_URL =
  /\/(?:issues|pulls?|merge_requests|browse|tickets?|work_?items|issue)\/[\w-]*\d|atlassian\.net\/browse\/|linear\.app\/[^/]+\/issue\//i;
const LINK = /\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g;
const URL = /<?(https?:\/\/[^\s<>)\]]+)>?/g;
const REPO_REF = /\b[\w.-]+\/[\w.-]+#\d+\b/;
const KEY_REF = /\b(?!(?:CVE|CWE|SEV|UTF|ISO|RFC|SHA|TLS|SSL|HTTP|GMT|UTC)-)[A-Z]{2,10}-\d{1,7}\b/;
const HASH_REF = /(?:^|[\s([,])(#\d{1,7})\b/;

/** True when a URL points at an issue, pull request or tracker ticket. */
export function isTicketUrl(url: string): boolean {
  return TICKET_URL.test(url);
}

/** A ticket reference written inside a text: `owner/repo#12`, `ABC-123` or `#123`. */
export function findTicketRef(text: string): string | null {
  return REPO_REF.exec(text)?.[0] ?? KEY_REF.exec(text)?.[0] ?? HASH_REF.exec(text)?.[1] ?? null;
}

/**
 * The ticket an action item names: a link to an issue (or a link whose text is a ticket reference,
 * GitLab's `[title (#1095)](url)`), a bare issue URL, else a written reference. Other URLs are not tickets.
 */
export function findTicket(text: string): string | null {
  for (const m of text.matchAll(LINK)) {
    const url = m[2] ?? '';
    if (isTicketUrl(url) || findTicketRef(m[1] ?? '') !== null) return url;
  }
  for (const m of text.matchAll(URL)) if (isTicketUrl(m[1] ?? '')) return m[1] ?? null;
  return findTicketRef(text);
}

const TRAILING_REFERENCE = /[\s:,-]*(?:\((?:\[[^\]]*\]\([^)\s]*\)|[^()]*)\)|\[[^\]]*\](?:\([^)\s]*\))?|<https?:\/\/[^>]*>)\s*$/;

/** The text without a trailing reference that holds the ticket (`… paged ([#12829](url))`, `… reverted: [#11134]`). */
export function dropTrailingTicket(text: string, ticket: string): string {
  const m = TRAILING_REFERENCE.exec(text);
  return m && m.index > 0 && m[0].includes(ticket) ? text.slice(0, m.index).trim() : text;
}

/** Ticket cells that mean "no ticket". */
const NO_TICKET = new Set(['', 'n/a', 'na', 'none', '-', '–', '—']);

/** A foreign table's ticket cell: the text as written, null when it says there is none. */
export function ticketCell(text: string): string | null {
  return NO_TICKET.has(text.trim().toLowerCase()) ? null : text.trim();
}
