/**
 * The last check before a public text goes out: no text a kept redaction replaced is still in it, and nothing
 * shaped like an e-mail address, an IP address or a secret is (the detectors run again over the final wording,
 * whatever the reviewer rejected or wrote by hand).
 */
import type { RedactionKind, ReviewedRedaction } from '../../core/public-postmortem.js';
import { escapeRegex } from '../../core/regex-trie.js';
import { findEmails, findIpAddresses } from './find-network.js';
import { findSecrets } from './find-secrets.js';
import { positions } from './redact.js';

/** Something sensitive still in a public text: what, where (1-based line and column) and why it may not stay. */
export interface LeftOver {
  kind: RedactionKind;
  text: string;
  line: number;
  column: number;
  why: string;
}

/** Where a kept redaction's original still stands: names and handles as whole words in any case, anything else anywhere in any case. */
function occurrences(text: string, redaction: ReviewedRedaction): number[] {
  const word = redaction.kind === 'person' || redaction.kind === 'handle';
  const pattern = new RegExp(word ? `(?<![\\p{L}\\p{N}_])${escapeRegex(redaction.original)}(?![\\p{L}\\p{N}_])` : escapeRegex(redaction.original), 'giu');
  return [...text.matchAll(pattern)].map((m) => m.index);
}

/** Everything that keeps `text` from being published, in text order; none when it may go out. */
export async function leftInPublicText(text: string, redactions: readonly ReviewedRedaction[]): Promise<LeftOver[]> {
  const found: { start: number; kind: RedactionKind; text: string; why: string }[] = [];
  for (const r of redactions) {
    if (r.decision === 'rejected') continue;
    for (const start of occurrences(text, r)) found.push({ start, kind: r.kind, text: r.original, why: `redaction ${r.id} (${r.why}) replaced it, but it is still in the public text` });
  }
  for (const f of [...findEmails(text), ...findIpAddresses(text), ...(await findSecrets(text))]) {
    found.push({ start: f.start, kind: f.kind, text: text.slice(f.start, f.end), why: `${f.why}: no public text may carry one` });
  }
  const unique = [...new Map(found.map((f) => [`${f.start}:${f.text}`, f])).values()].sort((a, b) => a.start - b.start);
  const where = positions(text, unique.map((f) => f.start));
  return unique.map(({ start: _start, ...f }, i) => ({ ...f, ...(where[i] as { line: number; column: number }) }));
}
