/**
 * What a timeline source gives: events as the timeline keeps them (a UTC instant, the text, who acted, the kind where
 * the vendor says it, and the vendor's id of each entry), and the entries it left out, each with why.
 */
import type { EventKind } from '../core/postmortem.schema.js';

/** One entry of a vendor: `pagerduty` and its log entry's id, `alertmanager` and an alert's fingerprint and state. */
export interface SourceRef {
  vendor: string;
  id: string;
  /** The id the entry was imported under before its vendor's id took its present form (a Slack message's `ts` alone). */
  formerId?: string;
}

/** An event read from a source. */
export interface ImportedEvent {
  /** ISO 8601 UTC instant, milliseconds kept. */
  at: string;
  /** The time as the vendor wrote it. */
  written: string;
  text: string;
  actor: string | null;
  /** The kind the vendor's own event type says (a trigger is an alert), or null to infer it from the text. */
  kind: EventKind | null;
  sources: SourceRef[];
}

/** An entry left out, and why ("entry 3: no time"). */
export interface LeftOut {
  entry: string;
  reason: string;
}

/** How a reader names the whole payload when it is what is left out (the file or line then names it). */
export const WHOLE_PAYLOAD = 'the payload';

/** Entries a source read and chose to leave out (outside the incident window, channel joins…): how many, and why. */
export interface Omitted {
  reason: string;
  count: number;
}

/** What a source made of one payload. */
export interface SourceReading {
  events: ImportedEvent[];
  /** Entries that could not be read, each named (a problem of the export). */
  leftOut: LeftOut[];
  /** Entries read and left out on purpose, counted by reason (a source's choice, not a problem). */
  omitted?: Omitted[];
}

/** The incident window: only entries from `since` to `until` (UTC instants, either open) are kept. */
export interface TimeWindow {
  since: string | null;
  until: string | null;
}

/** What a reader may be told beside the payload. */
export interface ReadOptions {
  /** Keep only entries of this window (sources whose exports hold more than the incident: Slack). */
  window?: TimeWindow | undefined;
  /** Slack: the channel the messages were said in (its id, or the export folder's name), part of each message's id. */
  channel?: string | undefined;
  /** Slack user ids to the names to show (an export's users.json). */
  users?: ReadonlyMap<string, string> | undefined;
  /** CSV: which column holds the time, the text, the actor and the kind, by header name. */
  columns?: Partial<Record<CsvField, string>> | undefined;
  /** CSV: the IANA zone of times written without an offset. */
  timezone?: string | undefined;
}

/** The fields a CSV row maps to columns. */
export type CsvField = 'time' | 'text' | 'actor' | 'kind';

/** Counts of omitted entries by reason, kept in the order the reasons were first seen. */
export class OmittedTally {
  private readonly counts = new Map<string, number>();

  /** Counts one more entry (or `count`) left out for `reason`. */
  add(reason: string, count = 1): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + count);
  }

  /** Adds a reading's omitted counts. */
  addAll(omitted: readonly Omitted[] | undefined): void {
    for (const { reason, count } of omitted ?? []) this.add(reason, count);
  }

  /** The counts as a list. */
  list(): Omitted[] {
    return [...this.counts].map(([reason, count]) => ({ reason, count }));
  }
}

/** True when an instant falls in the window (an open end keeps everything on that side). */
export function inWindow(at: string, window: TimeWindow | undefined): boolean {
  if (window === undefined) return true;
  return (window.since === null || at >= window.since) && (window.until === null || at <= window.until);
}

/** How a window reads in a reason: "outside the incident window (2024-03-03T14:00:00.000Z to 2024-03-03T16:00:00.000Z)". */
export function windowReason(window: TimeWindow): string {
  return `outside the incident window (${window.since ?? 'any time'} to ${window.until ?? 'any time'})`;
}

/** The UTC instant of a vendor's timestamp (any ISO 8601 form, nanoseconds cut to milliseconds), or null. */
export function instantOf(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const ms = Date.parse(value);
  // Alertmanager writes "0001-01-01T00:00:00Z" for "not yet" (a firing alert's end).
  return Number.isNaN(ms) || ms <= Date.parse('0002-01-01T00:00:00Z') ? null : new Date(ms).toISOString();
}

/** The day (ms since the epoch at 00:00 UTC) whose "YYYY-MM-DDT" was written last, and that text. */
let lastDay = { start: NaN, text: '' };

const MS_PER_DAY = 86_400_000;

/** Two digits. */
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * An epoch time in milliseconds as `Date.prototype.toISOString` writes it, for the years 0–9999. Messages of one
 * export come day after day: the date is written once per day, the time of day by arithmetic (toISOString took
 * a tenth of a large Slack import).
 */
export function isoOfEpochMs(ms: number): string {
  const start = Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  if (start !== lastDay.start) lastDay = { start, text: new Date(start).toISOString().slice(0, 11) };
  const rest = ms - start;
  const milliseconds = rest % 1000;
  return `${lastDay.text}${pad2(Math.floor(rest / 3_600_000))}:${pad2(Math.floor(rest / 60_000) % 60)}:${pad2(Math.floor(rest / 1000) % 60)}.${milliseconds < 10 ? '00' : milliseconds < 100 ? '0' : ''}${milliseconds}Z`;
}

/** A record's property when the value is a plain object, else undefined. */
export function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  const inner = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : undefined;
}

/** A record's property when it is a non-empty string, else null. */
export function textAt(value: unknown, key: string): string | null {
  const inner = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof inner !== 'string') return null;
  const trimmed = inner.trim();
  return trimmed === '' ? null : trimmed;
}
