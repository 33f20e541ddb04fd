/**
 * A parsed postmortem document: the model plus where each part came from in the source text,
 * and the problems the parser met. Lint rules read this; it is pure data.
 */
import type { Postmortem } from './postmortem.schema.js';

/** A range in the source text; lines and columns are 1-based, the end column is exclusive. */
export interface SourceSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What a part of the document is about, whatever its heading says. */
export type SectionRole =
  | 'summary'
  | 'whatHappened'
  | 'impact'
  | 'detection'
  | 'timeline'
  | 'rootCause'
  | 'whys'
  | 'contributingFactors'
  | 'lessonsGroup'
  | 'wentWell'
  | 'wentPoorly'
  | 'surprises'
  | 'luckyBreaks'
  | 'lessons'
  | 'actionItems'
  | 'review'
  | 'other';

/** One section of the source: its heading and the lines of its body. */
export interface SectionInfo {
  role: SectionRole;
  /** Heading text as written (inline Markdown stripped); '' for the preamble before the first heading. */
  heading: string;
  level: number;
  /** 1-based line of the heading (of the first body line for the preamble). */
  headingLine: number;
  /** 1-based inclusive range of the body lines; endLine < startLine when the body is empty. */
  startLine: number;
  endLine: number;
}

/** A problem found while parsing, reported by lint under `ruleId` with the configured severity. */
export interface Diagnostic {
  ruleId: string;
  message: string;
  span: SourceSpan;
  /** A suggested rewrite or next step, when there is one. */
  suggestion?: string;
  /**
   * What became of the text, when it was read after all: `converted` (written differently in the document, e.g. a
   * time in another zone stored in UTC) or `check` (read on an assumption to confirm). Absent: it was not read.
   */
  outcome?: DiagnosticOutcome;
}

/** What became of text the importer reported on, when it was read after all. */
export type DiagnosticOutcome = 'converted' | 'check';

export interface ParsedDocument {
  postmortem: Postmortem;
  /** The source text (UTF-8 decoded, BOM removed, line endings as they were). */
  source: string;
  /** `debrief` when the document is in our own format (front matter with our keys), else `foreign`. */
  format: 'debrief' | 'foreign';
  sections: SectionInfo[];
  /**
   * Where structured parts came from, keyed by JSON path into the postmortem:
   * `title`, `severity`, `times.startedAt`, `timeline.3`, `actionItems.0`, `actionItems.0.owner`,
   * `contributingFactors.1`, `whys.2`, `wentPoorly.0`, `frontMatter`.
   */
  spans: Record<string, SourceSpan>;
  diagnostics: Diagnostic[];
}

/** A span covering whole lines `from`..`to` (1-based, inclusive). */
export function lineSpan(from: number, to: number = from): SourceSpan {
  return { line: from, column: 1, endLine: to, endColumn: 1 };
}

/** Span keys made so far, by field and suffix: the same keys recur in every document, so each is built once. */
const SPAN_KEYS = new Map<string, string[]>();
const MAX_CACHED_INDEX = 1_000;

/** The `spans` key of the `n`th entry of a list field: `timeline.3`, or `actionItems.0.owner` with a suffix. */
export function spanKey(field: string, n: number, suffix = ''): string {
  if (n >= MAX_CACHED_INDEX) return `${field}.${n}${suffix}`;
  const group = field + suffix;
  let keys = SPAN_KEYS.get(group);
  if (keys === undefined) {
    keys = [];
    SPAN_KEYS.set(group, keys);
  }
  return (keys[n] ??= `${field}.${n}${suffix}`);
}
