/**
 * The redaction of a text for the public: every finder runs over the whole text, overlapping findings are settled
 * (a secret outranks the URL it sits in, a URL the host in it, a longer finding a shorter one of the same rank), and
 * each one left is replaced, reported with its line and column in the original.
 */
import { findEmails, findInternalHosts, findInternalUrls, findIpAddresses } from './find-network.js';
import { findPeople } from './find-people.js';
import { findChannels, findTickets } from './find-references.js';
import { findSecrets } from './find-secrets.js';
import type { Finding, Redaction, RedactionKind, RedactionResult, RedactionSettings } from './redaction.types.js';

/** Which finding wins where two overlap partly: the lower rank. */
const RANK: Record<RedactionKind, number> = { secret: 0, url: 1, email: 2, ip: 3, host: 4, ticket: 5, channel: 6, handle: 7, person: 8 };

/**
 * The findings that stand, in text order. One that lies within another goes (the outer replacement removes it too:
 * an internal URL with a token in it goes whole); where two overlap partly, the lower rank wins, then the longer.
 */
export function settleOverlaps(findings: readonly Finding[]): Finding[] {
  const real = findings.filter((f) => f.end > f.start);
  const within = (inner: Finding, outer: Finding) => inner !== outer && outer.start <= inner.start && inner.end <= outer.end && (outer.end - outer.start > inner.end - inner.start || RANK[outer.kind] < RANK[inner.kind]);
  const outermost = real.filter((f) => !real.some((other) => within(f, other)));
  const byPrecedence = outermost.sort((a, b) => RANK[a.kind] - RANK[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const finding of byPrecedence) if (kept.every((k) => finding.end <= k.start || finding.start >= k.end)) kept.push(finding);
  return kept.sort((a, b) => a.start - b.start);
}

/** The 1-based line and column of every offset asked for (in increasing order). */
export function positions(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    }
    out.push({ line, column: offset - lineStart + 1 });
  }
  return out;
}

/** A text with every sensitive value replaced, and the list of what was replaced, where and why. */
export async function redactText(text: string, settings: RedactionSettings): Promise<RedactionResult> {
  const findings = settleOverlaps([
    ...(await findSecrets(text)),
    ...findInternalUrls(text, settings.internalDomains),
    ...findEmails(text),
    ...findIpAddresses(text),
    ...findInternalHosts(text, settings.internalDomains),
    ...findTickets(text),
    ...findChannels(text),
    ...findPeople(text, settings),
  ]);
  const where = positions(text, findings.map((f) => f.start));
  const redactions: Redaction[] = findings.map((f, i) => ({ ...f, original: text.slice(f.start, f.end), ...(where[i] as { line: number; column: number }) }));
  let redacted = '';
  let from = 0;
  for (const f of findings) {
    redacted += text.slice(from, f.start) + f.replacement;
    from = f.end;
  }
  return { text: redacted + text.slice(from), redactions };
}
