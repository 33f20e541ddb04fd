/** Internal references: tracker ticket keys ("OPS-1234", "acme/api#812") and chat channel names ("#inc-db-outage"). */
import type { Finding } from './redaction.types.js';

/** Upper-case project keys, a dash and a number; not severities, standards or public advisories (CVE-2024-1234). */
const TICKET_KEY = /(?<![\w-])[A-Z][A-Z0-9]{1,9}-\d{1,7}(?![\w-])/g;
const NOT_TICKETS = new Set('SEV P ISO RFC UTF SHA CVE GHSA TLS SSL HTTP IPV MD COVID IEEE ECMA ES X86 A B C'.split(' '));
const REPO_ISSUE = /(?<![\w/.-])[\w.-]+\/[\w.-]+#\d+\b/g;
/** `#channel`: lower-case letters, digits, `-` and `_`; not a Markdown heading, a link anchor, an issue number or a colour. */
const CHANNEL = /(?<![\w&/#(\]])#[a-z0-9][a-z0-9_-]{1,79}(?![\w-])/g;

/** Ticket keys of trackers. */
export function findTickets(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(TICKET_KEY)) {
    if (!NOT_TICKETS.has(m[0].slice(0, m[0].indexOf('-')))) found.push({ start: m.index, end: m.index + m[0].length, kind: 'ticket', replacement: '[ticket]', why: 'a ticket key of an internal tracker' });
  }
  for (const m of text.matchAll(REPO_ISSUE)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'ticket', replacement: '[ticket]', why: 'an issue of an internal repository' });
  return found;
}

/** Chat channel names. */
export function findChannels(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(CHANNEL)) {
    const name = m[0].slice(1);
    if (/^\d+$/.test(name) || /^(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(name)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'channel', replacement: '[chat channel]', why: 'the name of an internal chat channel' });
  }
  return found;
}
