/** The names a document uses for people: author, commander, owners, timeline actors, reviewers and attendees. */
import type { Postmortem } from '../core/postmortem.schema.js';
import { memoize, memoizePerObject } from '../core/memoize.js';
import { ROLE_HEADS, SYSTEMS, TEAM_HEADS, TEAM_WORDS } from './blame/people-words.js';
import { classifyOwner } from './owner-kind.js';

const SPLIT = /\s*(?:,|;|&|\band\b)\s*/;
/** More names than this are not looked for (bounded work on hostile input). */
const MAX_NAMES = 200;

/** Words that start a phrase, never a name. */
const FUNCTION_WORDS = new Set('the a an this that these those it its we our us you your they them their there here of for to with by from on in at and or'.split(' '));

/** True for what loose actor cells hold that is not a person: "the", "Data", "partners", "Platform team", a sentence. */
function notAName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length > 4 || /[:;,()]|\.$/.test(name) || words.some((w) => FUNCTION_WORDS.has(w) || SYSTEMS.has(w) || ROLE_HEADS.has(w) || TEAM_HEADS.has(w) || TEAM_WORDS.has(w));
}

/** The names of people in one value (an owner, an actor…), in order: each name, then its first name when that differs. */
function readNames(value: string): string[] {
  const names: string[] = [];
  for (const part of value.split(SPLIT)) {
    const name = part.replace(/^[*_`\s]+|[*_`\s]+$/g, '').replace(/^@/, '');
    const key = name.toLowerCase();
    if (name.length < 2 || key.endsWith('bot') || notAName(name) || classifyOwner(name, []) !== 'person') continue;
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
