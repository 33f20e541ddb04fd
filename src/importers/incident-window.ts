/**
 * The incident window a chatty source (Slack) is read in: given by the caller (`--since`, `--until`), or else from the
 * postmortem's key times, an hour before the earliest to an hour after the latest (the talk that led to the page, and
 * the checks after the resolution).
 */
import type { KeyTimes } from '../core/postmortem.schema.js';
import type { TimeWindow } from './source-reading.js';

/** How far the window reaches beyond the key times. */
const MARGIN_MS = 60 * 60 * 1000;

/** The window of the key times that are known, or undefined when none is. */
export function windowOfKeyTimes(times: KeyTimes): TimeWindow | undefined {
  const known = Object.values(times).filter((at): at is string => at !== null).map((at) => Date.parse(at));
  if (known.length === 0) return undefined;
  const first = Math.min(...known) - MARGIN_MS;
  // Only a start known: the incident may still be going on, so the window stays open.
  const last = times.resolvedAt === null && times.mitigatedAt === null ? null : Math.max(...known) + MARGIN_MS;
  return { since: new Date(first).toISOString(), until: last === null ? null : new Date(last).toISOString() };
}

/** The window asked for (either end an ISO 8601 time, UTC when it has no offset), else the key times'. */
export function incidentWindow(asked: { since?: string | undefined; until?: string | undefined }, times: KeyTimes | null): { window: TimeWindow | undefined } | { problem: string } {
  if (asked.since === undefined && asked.until === undefined) return { window: times === null ? undefined : windowOfKeyTimes(times) };
  const ends: (string | null)[] = [];
  for (const [name, value] of [['since', asked.since], ['until', asked.until]] as const) {
    if (value === undefined) {
      ends.push(null);
      continue;
    }
    const ms = Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) || !/T|\s\d/.test(value) ? value : `${value}Z`);
    if (Number.isNaN(ms)) return { problem: `${name} ${JSON.stringify(value)} is not an ISO 8601 time (2024-03-03T14:00:00Z)` };
    ends.push(new Date(ms).toISOString());
  }
  const [since = null, until = null] = ends;
  if (since !== null && until !== null && since > until) return { problem: `since (${since}) is after until (${until})` };
  return { window: { since, until } };
}
