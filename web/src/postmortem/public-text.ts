/** The public text from the original and the reviewer's decisions: proposed redactions kept or rejected, and added ones. */
import type { ProposedRedaction, RedactionKind, ReviewedRedaction } from '../../../src/core/public-postmortem.js';

/** A decision on each proposed redaction, by id. */
export type Decisions = Readonly<Record<string, 'accepted' | 'rejected'>>;

/** The title and text: accepted proposals replaced at their places, then every occurrence of each added one. */
export function publicTextOf(original: string, proposed: readonly ProposedRedaction[], decisions: Decisions, added: readonly ReviewedRedaction[]): { title: string; text: string } {
  let text = '';
  let from = 0;
  for (const r of [...proposed].sort((a, b) => a.start - b.start)) {
    if (decisions[r.id] === 'rejected' || r.start < from) continue;
    text += original.slice(from, r.start) + r.replacement;
    from = r.end;
  }
  text += original.slice(from);
  for (const r of added) text = text.split(r.original).join(r.replacement);
  const heading = /^\s*# +(.*)\n+/.exec(text);
  return heading === null ? { title: '', text } : { title: (heading[1] ?? '').trim(), text: text.slice(heading[0].length) };
}

/** The 1-based line and column of an offset. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** A redaction the reviewer adds for the text selected in the original. */
export function addedRedaction(original: string, selected: string, kind: RedactionKind, replacement: string, number: number): ReviewedRedaction {
  const at = original.indexOf(selected);
  const place = at < 0 ? { line: null, column: null } : placeOf(original, at);
  return { id: `A${number}`, kind, original: selected, replacement, why: 'added by the reviewer', decision: 'added', ...place };
}

/** Every redaction as the server keeps it: each proposed one with its decision, then the added ones. */
export function reviewedRedactions(proposed: readonly ProposedRedaction[], decisions: Decisions, added: readonly ReviewedRedaction[]): ReviewedRedaction[] {
  return [
    ...proposed.map(({ id, kind, original, replacement, why, line, column }) => ({ id, kind, original, replacement, why, line, column, decision: decisions[id] ?? 'accepted' })),
    ...added,
  ];
}
