/**
 * Document metadata: the keys of front matter (ours and other teams') and the metadata lines
 * written in the body (`**Date:** …`, `Created By: …`, `| Severity | 1 |`, `### Date` + value).
 */
import type { Diagnostic, SourceSpan } from '../core/document.js';
import { memoize } from '../core/memoize.js';
import type { KeyTimes, Kind, Postmortem, Status } from '../core/postmortem.schema.js';
import { parseSeverity } from '../core/severity.js';
import { toUtcInstant } from '../core/time/index.js';
import { DETECTION_METHODS, isOneOf } from '../core/vocabulary.js';
import { misspeltName } from './misspelling.js';

/** The canonical metadata keys Debrief understands, whatever a document calls them. */
export type MetaKey =
  | 'title' | 'id' | 'date' | 'author' | 'commander' | 'severity' | 'status' | 'kind'
  | 'services' | 'teams' | 'tags' | 'summary' | 'started' | 'detected' | 'acknowledged' | 'mitigated' | 'resolved';

const KEY_ALIASES: Record<string, MetaKey> = {
  title: 'title', id: 'id', uuid: 'id',
  date: 'date', 'incident date': 'date', 'date of incident': 'date', 'date of the incident': 'date',
  author: 'author', authors: 'author', 'created by': 'author', 'written by': 'author', 'prepared by': 'author', 'postmortem owner': 'author', 'postmortem author': 'author', owner: 'author',
  commander: 'commander', 'incident commander': 'commander', ic: 'commander', 'incident lead': 'commander',
  severity: 'severity', sev: 'severity', 'incident severity': 'severity',
  status: 'status', 'postmortem status': 'status', 'document status': 'status',
  kind: 'kind',
  services: 'services', service: 'services', 'affected services': 'services', 'services affected': 'services', 'affected service': 'services', product: 'services',
  teams: 'teams', team: 'teams', 'teams involved': 'teams',
  tags: 'tags', categories: 'tags', labels: 'tags',
  summary: 'summary', description: 'summary',
  started: 'started', 'start time': 'started', 'incident start': 'started', 'started at': 'started',
  detected: 'detected', 'detected at': 'detected', 'detection time': 'detected',
  acknowledged: 'acknowledged',
  mitigated: 'mitigated', 'mitigated at': 'mitigated',
  resolved: 'resolved', 'end time': 'resolved', 'resolved at': 'resolved', 'incident end': 'resolved',
};

const ALIAS_ENTRIES = Object.entries(KEY_ALIASES);

/**
 * The key of a label: emphasis around it dropped, `_` and `-` read as spaces (`start_time`, `Incident-Date`),
 * and one slip forgiven in a long label (`Sevrity`); no more, since a wrong key puts a value in the wrong field.
 */
function readMetaKey(label: string): MetaKey | null {
  const key = label
    .replace(/^[*_`\s]+|[*_`:\s]+$/g, '')
    .toLowerCase()
    .replace(/[_\s-]+/g, ' ');
  return KEY_ALIASES[key] ?? misspeltName(key, ALIAS_ENTRIES, 1);
}

/** Labels are short and recur from document to document: their keys are remembered. */
const SHORT_LABEL = 100;
const shortMetaKey = memoize(readMetaKey, 2_000);

/** The canonical key for a metadata label as written (`Created By`, `**Date**`, `Incident Commander`), if any. */
export function metaKey(label: string): MetaKey | null {
  return label.length <= SHORT_LABEL ? shortMetaKey(label) : readMetaKey(label);
}

/** Keys of our own front matter that hold a block rather than one value. */
const STRUCTURED_KEYS = new Set(['restricted', 'detection', 'impact', 'review']);

/**
 * True when the parser reads a front-matter key into a field of the model: such a key is never an extra one
 * (a `date`, which has no field, is kept among the extras under that name).
 */
export function readsAsField(key: string): boolean {
  const canonical = metaKey(key);
  return STRUCTURED_KEYS.has(key) || (canonical !== null && canonical !== 'date');
}

/** One metadata value found in the document, with its place. */
export interface MetaEntry {
  key: MetaKey;
  value: unknown;
  span: SourceSpan;
}

const STATUS_WORDS: Record<string, Status> = {
  draft: 'draft', 'in review': 'in_review', in_review: 'in_review', 'in-review': 'in_review', review: 'in_review',
  final: 'final', complete: 'final', completed: 'final', published: 'published',
};
const KIND_WORDS: Record<string, Kind> = {
  full: 'full', lightweight: 'lightweight', light: 'lightweight', 'near miss': 'near_miss', near_miss: 'near_miss', 'near-miss': 'near_miss',
};

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter((v) => v !== '');
  if (typeof value === 'string') return value.split(/\s*[,;]\s*/).map((v) => v.trim()).filter((v) => v !== '');
  if (value === null || value === undefined) return [];
  return [String(value)];
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(String).join(', ');
  if (value instanceof Date) return value.toISOString();
  const text = String(value).trim();
  return text === '' ? null : text;
}

const TIME_FIELDS: Partial<Record<MetaKey, keyof KeyTimes>> = {
  started: 'startedAt', detected: 'detectedAt', acknowledged: 'acknowledgedAt', mitigated: 'mitigatedAt', resolved: 'resolvedAt',
};

/**
 * A front-matter value as the model keeps it: JSON, so a date (TOML writes them bare) becomes its text;
 * lists and tables are kept whole.
 */
export function storableValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(storableValue);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, storableValue(v)]));
  return value;
}

/** A status as written, or its first clause ('Complete, action items in progress'). */
function readStatus(text: string): Status | undefined {
  const lower = text.toLowerCase();
  return STATUS_WORDS[lower] ?? STATUS_WORDS[lower.split(/[,;(]/)[0]?.trim() ?? ''];
}

/**
 * Applies metadata entries to the postmortem (first entry for a key wins) and reports values that
 * cannot be read; returns the entries whose value the postmortem now holds. A date, which the model
 * has no field for, is kept among the extra front-matter keys.
 */
export function applyMetadata(pm: Postmortem, entries: readonly MetaEntry[], diagnostics: Diagnostic[], spans: Record<string, SourceSpan>): Set<MetaEntry> {
  const seen = new Set<MetaKey>();
  const applied = new Set<MetaEntry>();
  const bad = (entry: MetaEntry, message: string) => diagnostics.push({ ruleId: 'meta/front-matter', message, span: entry.span });
  for (const entry of entries) {
    if (seen.has(entry.key)) continue;
    seen.add(entry.key);
    const text = asText(entry.value);
    const timeField = TIME_FIELDS[entry.key];
    if (timeField !== undefined) {
      const at = toUtcInstant(entry.value);
      if (at === null) bad(entry, `${entry.key}: "${text ?? ''}" is not a date and time; write an ISO 8601 instant such as 2024-03-01T14:05:00Z`);
      else {
        pm.times[timeField] = at;
        spans[`times.${timeField}`] = entry.span;
        applied.add(entry);
      }
      continue;
    }
    let taken = text !== null;
    switch (entry.key) {
      case 'title': if (text !== null) pm.title = text; break;
      case 'id': pm.id = text; break;
      case 'author': pm.author = text; break;
      case 'commander': pm.commander = text; break;
      case 'summary':
        taken &&= pm.summary === '';
        if (taken) pm.summary = text ?? '';
        break;
      case 'services': pm.services = asList(entry.value); break;
      case 'teams': pm.teams = asList(entry.value); break;
      case 'tags': pm.tags = asList(entry.value); break;
      case 'severity': {
        const severity = text === null ? null : parseSeverity(text);
        if (severity === null) bad(entry, `severity: "${text ?? ''}" is not a severity; use SEV1..SEV4 (P1..P4, Critical, Major, Minor and Low are accepted too)`);
        pm.severity = severity;
        taken = severity !== null;
        break;
      }
      case 'status': {
        const status = text === null ? undefined : readStatus(text);
        if (status === undefined) bad(entry, `status: "${text ?? ''}" is not a status; use draft, in_review, final or published`);
        else pm.status = status;
        taken = status !== undefined;
        break;
      }
      case 'kind': {
        const kind = text === null ? undefined : KIND_WORDS[text.toLowerCase()];
        if (kind === undefined) bad(entry, `kind: "${text ?? ''}" is not a kind; use full, lightweight or near_miss`);
        else pm.kind = kind;
        taken = kind !== undefined;
        break;
      }
      case 'date': pm.extraFrontMatter.date = storableValue(entry.value); break;
    }
    spans[entry.key] = entry.span;
    if (taken) applied.add(entry);
  }
  return applied;
}

/** Reads the structured blocks of our own front matter (detection, impact, review, restricted). */
export function applyStructuredFrontMatter(pm: Postmortem, data: Record<string, unknown>, span: SourceSpan, diagnostics: Diagnostic[]): void {
  const bad = (message: string) => diagnostics.push({ ruleId: 'meta/front-matter', message, span });
  const record = (key: string): Record<string, unknown> | null => {
    const value = data[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    bad(`${key}: expected a mapping of keys to values`);
    return null;
  };
  if (data.restricted !== undefined) pm.restricted = data.restricted === true || data.restricted === 'true';
  const detection = record('detection');
  if (detection) {
    const method = isOneOf(DETECTION_METHODS, detection.method) ? detection.method : null;
    if (detection.method !== undefined && method === null) bad(`detection.method: "${String(detection.method)}" is not one of ${DETECTION_METHODS.join(', ')}`);
    pm.detection = { method, by: asText(detection.by) };
  }
  const impact = record('impact');
  if (impact) {
    for (const key of Object.keys(pm.impact) as (keyof Postmortem['impact'])[]) {
      if (key !== 'text' && impact[key] !== undefined) pm.impact[key] = asText(impact[key]);
    }
  }
  const review = record('review');
  if (review) {
    const approvals = Array.isArray(review.approvals) ? review.approvals : [];
    pm.review = {
      reviewers: asList(review.reviewers),
      attendees: asList(review.attendees),
      meetingAt: toUtcInstant(review.meetingAt),
      approvals: approvals.flatMap((a: unknown) => {
        if (typeof a !== 'object' || a === null) return [];
        const { by, at } = a as Record<string, unknown>;
        const who = asText(by);
        return who === null ? [] : [{ by: who, at: toUtcInstant(at) }];
      }),
    };
  }
}
