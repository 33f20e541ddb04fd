/** The names a document uses for people: author, commander, owners, timeline actors, reviewers and attendees. */
import type { Postmortem } from '../core/postmortem.schema.js';
import { classifyOwner } from './owner-kind.js';

const SYSTEMS = new Set([
  'pagerduty', 'opsgenie', 'alertmanager', 'grafana', 'datadog', 'prometheus', 'statuspage', 'slack', 'github',
  'gitlab', 'jenkins', 'monitoring', 'system', 'automation', 'ci', 'cd', 'sentry', 'nagios', 'zabbix', 'cron',
]);
const SPLIT = /\s*(?:,|;|&|\band\b)\s*/;
const cache = new WeakMap<Postmortem, readonly string[]>();
/** More names than this are not looked for (bounded work on hostile input). */
const MAX_NAMES = 200;

function namesIn(value: string | null, out: Set<string>): void {
  if (!value) return;
  for (const part of value.split(SPLIT)) {
    const name = part.replace(/^[*_`\s]+|[*_`\s]+$/g, '').replace(/^@/, '');
    const key = name.toLowerCase();
    if (name.length < 2 || SYSTEMS.has(key) || key.endsWith('bot') || classifyOwner(name, []) !== 'person') continue;
    out.add(name);
    const first = name.split(/\s+/)[0] ?? name;
    if (first !== name && first.length >= 3) out.add(first);
  }
}

/** Every name the document uses for a person, longest first (cached per postmortem). */
export function peopleNames(pm: Postmortem): readonly string[] {
  let names = cache.get(pm);
  if (names) return names;
  const found = new Set<string>();
  namesIn(pm.author, found);
  namesIn(pm.commander, found);
  for (const item of pm.actionItems) namesIn(item.owner, found);
  for (const event of pm.timeline) namesIn(event.actor, found);
  for (const who of pm.review.reviewers) namesIn(who, found);
  for (const who of pm.review.attendees) namesIn(who, found);
  for (const approval of pm.review.approvals) namesIn(approval.by, found);
  names = [...found].slice(0, MAX_NAMES).sort((a, b) => b.length - a.length);
  cache.set(pm, names);
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex (global) matching an `@handle` or any of `names` as a whole word: case-sensitive, plus the
 * capitalised form of lower-case names, so the person "Will" does not match the verb "will".
 */
export function personPattern(names: readonly string[]): RegExp {
  const variants = new Set<string>();
  for (const name of names) {
    variants.add(escapeRegExp(name));
    const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
    variants.add(escapeRegExp(capitalised));
  }
  const alternation = ['@[A-Za-z0-9](?:[\\w-]|\\.(?=\\w))*', ...variants].join('|');
  return new RegExp(`(?<![\\w@])(?:${alternation})(?![\\w])`, 'g');
}
