/** The names a document uses for people: author, commander, owners, timeline actors, reviewers and attendees. */
import type { Postmortem } from '../core/postmortem.schema.js';
import { memoize, memoizePerObject } from '../core/memoize.js';
import { classifyOwner } from './owner-kind.js';

const SYSTEMS = new Set([
  'pagerduty', 'opsgenie', 'alertmanager', 'grafana', 'datadog', 'prometheus', 'statuspage', 'slack', 'github',
  'gitlab', 'jenkins', 'monitoring', 'system', 'automation', 'ci', 'cd', 'sentry', 'nagios', 'zabbix', 'cron',
]);
const SPLIT = /\s*(?:,|;|&|\band\b)\s*/;
/** More names than this are not looked for (bounded work on hostile input). */
const MAX_NAMES = 200;

/** The names of people in one value (an owner, an actor…), in order: each name, then its first name when that differs. */
function readNames(value: string): string[] {
  const names: string[] = [];
  for (const part of value.split(SPLIT)) {
    const name = part.replace(/^[*_`\s]+|[*_`\s]+$/g, '').replace(/^@/, '');
    const key = name.toLowerCase();
    if (name.length < 2 || SYSTEMS.has(key) || key.endsWith('bot') || classifyOwner(name, []) !== 'person') continue;
    names.push(name);
    const first = name.split(/\s+/)[0] ?? name;
    if (first !== name && first.length >= 3) names.push(first);
  }
  return names;
}

/** Owners and actors recur from document to document: their names are remembered. */
const namesOf = memoize(readNames, 2_000);

function namesIn(value: string | null, out: Set<string>): void {
  if (!value) return;
  for (const name of namesOf(value)) out.add(name);
}

function readPeopleNames(pm: Postmortem): readonly string[] {
  const found = new Set<string>();
  namesIn(pm.author, found);
  namesIn(pm.commander, found);
  for (const item of pm.actionItems) namesIn(item.owner, found);
  for (const event of pm.timeline) namesIn(event.actor, found);
  for (const who of pm.review.reviewers) namesIn(who, found);
  for (const who of pm.review.attendees) namesIn(who, found);
  for (const approval of pm.review.approvals) namesIn(approval.by, found);
  return [...found].slice(0, MAX_NAMES).sort((a, b) => b.length - a.length);
}

/** Every name the document uses for a person, longest first (computed once per postmortem). */
export const peopleNames: (pm: Postmortem) => readonly string[] = memoizePerObject(readPeopleNames);

/** An `@handle`: a letter or digit, then word characters, hyphens, and dots followed by a word character. */
const HANDLE = /@[A-Za-z0-9](?:[\w-]|\.(?=\w))*/y;

const NO_NAMES: readonly string[] = [];

/** The names of a document to look for, grouped by their first character, in the order they are tried. */
export type PersonMatcher = ReadonlyMap<string, readonly string[]>;

/** A person found in a text: where, and the handle or name as written. */
export interface PersonMatch {
  index: number;
  text: string;
}

/**
 * What `findPeople` looks for: `names` as written, plus the capitalised form of lower-case names, so the
 * person "Will" does not match the verb "will"; longest first, as `peopleNames` orders them.
 */
export function personMatcher(names: readonly string[]): PersonMatcher {
  const variants = new Set<string>();
  for (const name of names) {
    variants.add(name);
    variants.add(name.charAt(0).toUpperCase() + name.slice(1));
  }
  const byFirst = new Map<string, string[]>();
  for (const variant of variants) {
    const first = variant.charAt(0);
    const group = byFirst.get(first);
    if (group) group.push(variant);
    else byFirst.set(first, [variant]);
  }
  return byFirst;
}

/** True for the characters of `\w`: ASCII letters, digits and the underscore. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The person at `i` (the handle, else the first name that matches there as a whole word), or null. */
function personAt(text: string, i: number, matcher: PersonMatcher): string | null {
  const first = text.charAt(i);
  if (first === '@') {
    HANDLE.lastIndex = i;
    const handle = HANDLE.exec(text);
    if (handle !== null) return handle[0];
  }
  for (const variant of matcher.get(first) ?? NO_NAMES) {
    if (text.startsWith(variant, i) && !isWordCode(text.charCodeAt(i + variant.length))) return variant;
  }
  return null;
}

/**
 * Every `@handle` and name of `matcher` in `text` that stands as a whole word (no word character or `@`
 * before it, no word character after it), left to right, case-sensitive, without overlaps.
 */
export function findPeople(text: string, matcher: PersonMatcher): PersonMatch[] {
  const found: PersonMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const before = i === 0 ? 0 : text.charCodeAt(i - 1);
    const person = before === 64 || isWordCode(before) ? null : personAt(text, i, matcher);
    if (person === null) {
      i++;
      continue;
    }
    found.push({ index: i, text: person });
    i += person.length;
  }
  return found;
}
