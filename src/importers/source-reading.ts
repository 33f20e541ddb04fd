/**
 * What a timeline source gives: events as the timeline keeps them (a UTC instant, the text, who acted, the kind where
 * the vendor says it, and the vendor's id of each entry), and the entries it left out, each with why.
 */
import type { EventKind } from '../core/postmortem.schema.js';

/** One entry of a vendor: `pagerduty` and its log entry's id, `alertmanager` and an alert's fingerprint and state. */
export interface SourceRef {
  vendor: string;
  id: string;
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

/** What a source made of one payload. */
export interface SourceReading {
  events: ImportedEvent[];
  leftOut: LeftOut[];
}

/** The UTC instant of a vendor's timestamp (any ISO 8601 form, nanoseconds cut to milliseconds), or null. */
export function instantOf(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const ms = Date.parse(value);
  // Alertmanager writes "0001-01-01T00:00:00Z" for "not yet" (a firing alert's end).
  return Number.isNaN(ms) || ms <= Date.parse('0002-01-01T00:00:00Z') ? null : new Date(ms).toISOString();
}

/** A record's property when the value is a plain object, else undefined. */
export function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  const inner = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : undefined;
}

/** A record's property when it is a non-empty string, else null. */
export function textAt(value: unknown, key: string): string | null {
  const inner = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof inner === 'string' && inner.trim() !== '' ? inner.trim() : null;
}
