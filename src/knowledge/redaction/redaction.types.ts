/** What the redaction of a postmortem finds and replaces: the kinds of sensitive text, and where each one was. */

import type { RedactionKind } from '../../core/public-postmortem.js';

export type { RedactionKind };

/** Something sensitive in a text: characters `start`..`end` (exclusive), what replaces them, and why. */
export interface Finding {
  start: number;
  end: number;
  kind: RedactionKind;
  replacement: string;
  why: string;
}

/** A redaction as reported: the finding, the text it replaced and where that stood (1-based line and column). */
export interface Redaction extends Finding {
  original: string;
  line: number;
  column: number;
}

/** What the redaction is told about the organisation and the document. */
export interface RedactionSettings {
  /** Domains whose hosts are internal (`corp.example.com` covers `grafana.corp.example.com`), beyond the usual internal suffixes. */
  internalDomains: readonly string[];
  /** The names of people the document itself uses (author, commander, owners, actors…), longest first. */
  names: readonly string[];
  /** Of those, the incident commander's names: replaced by "the incident commander" rather than "an engineer". */
  commanderNames: readonly string[];
}

/** A redacted text and what was replaced in it, in order. */
export interface RedactionResult {
  text: string;
  redactions: Redaction[];
}
