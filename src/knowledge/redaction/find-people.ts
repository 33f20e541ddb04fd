/**
 * People in a text: the names the document itself uses (author, commander, owners, timeline actors, reviewers),
 * given names written as names elsewhere in the prose ("Ngozi restarted the primary", "asked Wei Zhang"), and
 * `@handles`. Each is replaced by a role, as a public postmortem speaks of people: "an engineer", "the incident
 * commander", "a team".
 */
import { escapeRegex } from '../../core/regex-trie.js';
import { isGivenName } from '../../lint/blame/given-names.js';
import { NOT_NAMES, ROLE_HEADS, SERVICE_LIKE_NAMES, SYSTEMS, TEAM_HEADS, TEAM_WORDS } from '../../lint/blame/people-words.js';
import type { Finding, RedactionSettings } from './redaction.types.js';

/** Calendar words the name tables hold ("May", "June", "August") that a postmortem means as dates. */
const CALENDAR = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));

const LETTER = '\\p{L}\\p{M}';
/** A capitalised word, with an optional capitalised surname (or two) after it. */
const CAPITALISED = new RegExp(`(?<![${LETTER}\\p{N}_@.#/-])\\p{Lu}[${LETTER}'’-]*[${LETTER}](?:\\s+\\p{Lu}[${LETTER}'’-]*[${LETTER}]){0,2}(?![${LETTER}\\p{N}_@-])`, 'gu');
const HANDLE = /(?<![\w@.])@[A-Za-z0-9][\w.-]{0,38}[A-Za-z0-9_](?![\w@]|\.\w)/g;
const TEAM_HANDLE = /team|oncall|on-call|squad|group|ops|sre|eng|support|devs?\b/i;

/** True when a capitalised word could be a name at all: nothing a postmortem uses otherwise (systems, roles, teams, dates). */
function couldBeName(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower) || SYSTEMS.has(lower) || SERVICE_LIKE_NAMES.has(lower) || ROLE_HEADS.has(lower) || TEAM_HEADS.has(lower) || TEAM_WORDS.has(lower) || CALENDAR.has(lower)) return false;
  return word !== word.toUpperCase();
}

/** A word of a team or role ("team", "support", "manager"). */
const groupOrRole = (word: string | undefined) => word !== undefined && (TEAM_HEADS.has(word) || TEAM_WORDS.has(word) || ROLE_HEADS.has(word));

/** True when what follows a name says who the person is: "… from the storage team", "…, the release manager". */
function introducedAsPerson(after: string): boolean {
  const from = /^\s+(?:from|of|on)\s+(?:the\s+|our\s+)?([a-z]+)(?:\s+([a-z]+))?/.exec(after);
  if (from !== null && (groupOrRole(from[1]) || groupOrRole(from[2]))) return true;
  const apposition = /^,\s+(?:the|our|a|an)\s+(?:[a-z-]+\s+)?([a-z]+)\b/.exec(after);
  return apposition !== null && groupOrRole(apposition[1]);
}

/** True when `start` begins a sentence: only Markdown marks, list numbers or spaces since the line began or a sentence ended (a table cell or a `key:` value is no sentence). */
export function atSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === '\n' || c === '.' || c === '!' || c === '?') return true;
    if (!/[\s*_>#\-+`"“(\d]/.test(c)) return false;
  }
  return true;
}

/** A role in place of a name, capitalised where a sentence starts. */
function role(text: string, start: number, words: string): string {
  return atSentenceStart(text, start) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

/** A pattern for a name as written, not inside a longer word (and its `@handle` form). */
export function namePattern(name: string, caseless: boolean): RegExp {
  const escaped = escapeRegex(name).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![${LETTER}\\p{N}_@.-])@?${escaped}(?![${LETTER}\\p{N}_-])`, caseless ? 'giu' : 'gu');
}

/** The document's own names for people, wherever they stand (a one-word name only where capitalised). */
function knownNames(text: string, settings: RedactionSettings): Finding[] {
  const commanders = new Set(settings.commanderNames.map((n) => n.toLowerCase()));
  const found: Finding[] = [];
  for (const name of settings.names) {
    const words = commanders.has(name.toLowerCase()) ? 'the incident commander' : 'an engineer';
    for (const m of text.matchAll(namePattern(name, /\s/.test(name)))) {
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'person', replacement: role(text, m.index, words), why: `a person the postmortem names (${commanders.has(name.toLowerCase()) ? 'its incident commander' : 'an author, owner, actor or reviewer'})` });
    }
  }
  return found;
}

/** True when `at` lies on a Markdown heading line, where words are capitalised as titles ("Future Improvements"). */
function onHeading(text: string, at: number): boolean {
  return /^ {0,3}#{1,6}\s/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at + 1));
}

/** Given names written as names in the prose: inside a sentence, or at its start when a surname follows. */
function givenNames(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    if (onHeading(text, m.index)) continue;
    const words = m[0].split(/\s+/);
    const first = words[0] ?? '';
    if (!couldBeName(first)) continue;
    const surname = words.length > 1 && couldBeName(words[1] ?? '');
    const written = surname ? m[0].slice(0, m[0].indexOf(words[1] ?? '', first.length) + (words[1] ?? '').length) : first;
    const introduced = introducedAsPerson(text.slice(m.index + written.length, m.index + written.length + 60));
    if (!introduced && (!isGivenName(first) || (atSentenceStart(text, m.index) && !surname))) continue;
    found.push({ start: m.index, end: m.index + written.length, kind: 'person', replacement: role(text, m.index, 'an engineer'), why: introduced ? "a person's name (introduced by team or role)" : `a person's name (${first} is a given name)` });
  }
  return found;
}

/** `@handles` of people (or of teams, "@payments-oncall"). */
function handles(text: string): Finding[] {
  return [...text.matchAll(HANDLE)].map((m) => {
    const team = TEAM_HANDLE.test(m[0]);
    return { start: m.index, end: m.index + m[0].length, kind: 'handle' as const, replacement: role(text, m.index, team ? 'a team' : 'an engineer'), why: team ? "a team's chat handle" : "a person's chat handle" };
  });
}

/** Every mention of a person in a text. */
export function findPeople(text: string, settings: RedactionSettings): Finding[] {
  return [...knownNames(text, settings), ...givenNames(text), ...handles(text)];
}
