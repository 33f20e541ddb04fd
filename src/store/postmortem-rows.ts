/**
 * The one mapping between a postmortem (domain, camelCase) and its rows (snake_case): the postmortems row
 * with its queryable columns, and the rows derived from the document (services, tags, action items,
 * timeline events), which are always rebuilt from it.
 */
import { deriveMetrics, keyTimesInForce } from '../core/derived.js';
import type { ActionItem, Postmortem } from '../core/postmortem.schema.js';
import { CLOSED_ACTION_STATUSES } from '../core/vocabulary.js';
import { dueCalendarDate } from '../core/due-date.js';
import { storedSimilarity } from '../knowledge/similarity/similarity.js';
import type { ActionItemRow, PostmortemSummary, StoredPostmortem } from './store.types.js';
import type { ActionItemTable, PostmortemTable, TimelineEventTable } from './tables.js';

/** A document with its id settled. */
export type IdentifiedPostmortem = Postmortem & { id: string };

/** The columns of a postmortems row that make up a stored postmortem (the rest are derived for queries). */
export type PostmortemCore = Pick<PostmortemTable, 'id' | 'version' | 'document' | 'created_at' | 'updated_at'>;

/**
 * An instant padded to nanoseconds (`2024-03-01T14:05:00.000000000Z`), so that comparing the text compares
 * the times whatever fraction digits were written.
 */
export function sortableInstant(instant: string): string {
  const [whole = '', fraction = ''] = instant.replace(/Z$/, '').split('.');
  return `${whole}.${fraction.padEnd(9, '0')}Z`;
}

/** The postmortems row of a document at a version. */
export function postmortemRow(pm: IdentifiedPostmortem, version: number, createdAt: string, updatedAt: string): PostmortemTable {
  return {
    id: pm.id,
    version,
    document: JSON.stringify(pm),
    title: pm.title,
    status: pm.status,
    severity: pm.severity,
    kind: pm.kind,
    author: pm.author,
    restricted: pm.restricted ? 1 : 0,
    created_at: createdAt,
    updated_at: updatedAt,
    ...listColumns(pm),
  };
}

/** The largest duration kept as a sort key (a 32-bit integer column; longer ones sort as this long). */
const MAX_SORT_MINUTES = 2_147_483_646;

/**
 * The columns a list reads of a postmortems row: its summary and the sort keys taken from it. The start is the one
 * the summary shows (the key time, else the earliest timeline event), so a list sorts and filters by what it shows.
 */
export function listColumns(pm: Postmortem): Pick<PostmortemTable, 'summary' | 'started_at' | 'duration_minutes' | 'open_action_items' | 'similarity'> {
  const summary = summaryFields(pm);
  const duration = summary.derived.durationMinutes;
  const started = summary.times.startedAt;
  return {
    summary: JSON.stringify(summary),
    started_at: started === null ? null : sortableInstant(started),
    duration_minutes: duration === null ? null : Math.min(duration, MAX_SORT_MINUTES),
    open_action_items: summary.openActionItems,
    similarity: JSON.stringify(storedSimilarity(pm)),
  };
}

/** The fields of a list summary that come from the document (the rest are the row's columns). */
export type SummaryFields = Omit<PostmortemSummary, 'id' | 'version' | 'updatedAt'>;

/** What a list row shows of a document, computed once when it is written. */
export function summaryFields(pm: Postmortem): SummaryFields {
  const derived = deriveMetrics(pm);
  return {
    title: pm.title,
    severity: pm.severity,
    status: pm.status,
    kind: pm.kind,
    author: pm.author,
    services: pm.services,
    teams: pm.teams,
    tags: pm.tags,
    restricted: pm.restricted,
    times: keyTimesInForce(pm.times, derived.times),
    derived,
    actionItems: pm.actionItems.length,
    openActionItems: pm.actionItems.filter((item) => !CLOSED_ACTION_STATUSES.has(item.status)).length,
  };
}

/** The summary of a postmortems row (its summary column, or its document when the backfill has not reached it). */
export function summaryOf(row: { id: string; version: number; updated_at: string; summary: string | null; document?: string }): PostmortemSummary {
  const fields =
    row.summary !== null ? (JSON.parse(row.summary) as SummaryFields) : summaryFields(JSON.parse(row.document ?? 'null') as Postmortem);
  return { id: row.id, version: row.version, ...fields, updatedAt: row.updated_at };
}

/** The stored postmortem of a row and its members. */
export function storedPostmortem(row: PostmortemCore, members: string[]): StoredPostmortem {
  return {
    id: row.id,
    version: row.version,
    postmortem: JSON.parse(row.document) as IdentifiedPostmortem,
    members,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The distinct lower-case values of a list (services and tags are matched case-insensitively). */
export function lowerSet(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v !== ''))];
}

/** Rows of `postmortem_teams` grouped by postmortem: each postmortem's teams, in the order read. */
export function teamsByPostmortem(rows: readonly { postmortem_id: string; team: string }[]): Map<string, string[]> {
  const teams = new Map<string, string[]>();
  for (const { postmortem_id: id, team } of rows) {
    const list = teams.get(id);
    if (list === undefined) teams.set(id, [team]);
    else list.push(team);
  }
  return teams;
}

/** The action_items rows of a document. */
export function actionItemRows(pm: IdentifiedPostmortem): ActionItemTable[] {
  return pm.actionItems.map((a, position) => ({
    postmortem_id: pm.id,
    position,
    item_id: a.id,
    title: a.title,
    rationale: a.rationale,
    owner: a.owner,
    due: a.due,
    due_date: dueCalendarDate(a.due),
    priority: a.priority,
    status: a.status,
    ticket: a.ticket,
    verification: a.verification,
  }));
}

/** An action item read back from its row, with its postmortem. */
export function actionItemOf(row: ActionItemTable & { postmortem_title: string }): ActionItemRow {
  const item: ActionItem = {
    id: row.item_id,
    title: row.title,
    rationale: row.rationale,
    owner: row.owner,
    due: row.due,
    priority: row.priority as ActionItem['priority'],
    status: row.status as ActionItem['status'],
    ticket: row.ticket,
    verification: row.verification,
  };
  return { postmortemId: row.postmortem_id, postmortemTitle: row.postmortem_title, index: row.position, item };
}

/** The timeline_events rows of a document. */
export function timelineRows(pm: IdentifiedPostmortem): TimelineEventTable[] {
  return pm.timeline.map((e, position) => ({
    postmortem_id: pm.id,
    position,
    at: e.at,
    written: e.written,
    approximate: e.approximate ? 1 : 0,
    text: e.text,
    actor: e.actor,
    kind: e.kind,
    source: e.source,
  }));
}
