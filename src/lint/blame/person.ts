/**
 * Who is a person in a sentence: the names the document uses, `@handles`, given names, roles ("the release
 * manager", "our DBA"), teams ("the backend team", "QA", "Customer success") and pronouns; not systems,
 * products and services that look like names ("Kafka", "Jenkins", "the Atlas service").
 *
 * A capitalised word that is not a system, a function word or a known name is taken for a name when it stands
 * inside a sentence ("because Ngozi turned off …"). At the start of a sentence capitals prove nothing
 * ("Traffic dropped …"), so such a word is only a guess (`guess`), which `isPerson` settles: a given name of the
 * lexicon (looked up only then, the one costly step), a pronoun that refers back to it, or an act only people do.
 */
import { classifyOwner } from '../owner-kind.js';
import { FAILURE_VERBS, HARMFUL_VERBS, HUMAN_VERBS, NEUTRAL_VERBS } from './blame-words.js';
import { isGivenName } from './given-names.js';
import { AUXILIARIES, CLAUSE_OPENERS, isAdverb, isVerbish, NEGATIONS, PREPOSITIONS } from './grammar.js';
import {
  DETERMINERS, MODIFIER_LIMIT, NOBODY, NOT_NAMES, PERSONAL_PRONOUNS, PLURAL_PRONOUNS, ROLE_HEADS, SERVICE_LIKE_NAMES, SOMEONE,
  SYSTEM_NOUNS, SYSTEMS, TEAM_HEADS, TEAM_PAIRS, TEAM_WORDS, TECH_MODIFIERS, TITLES,
} from './people-words.js';
import { NONE, type Token } from './tokens.js';
import { verbForms } from './verbs.js';

/** What kind of person a mention names. */
export type AgentKind = 'name' | 'handle' | 'role' | 'team' | 'pronoun' | 'someone' | 'nobody';

/** A person in a sentence: tokens `from`..`to` (exclusive). */
export interface Mention {
  from: number;
  to: number;
  kind: AgentKind;
  /** Written with a possessive ("Farid's", "the team's", "his"). */
  possessive: boolean;
  /** A capitalised word at the start of a sentence, a lower-case given name, or a name services take: a person only if `isPerson` says so. */
  guess: boolean;
  /** A name the document itself uses for a person. */
  known: boolean;
}

/** What the document itself says about people and systems. */
export interface PeopleContext {
  /** The document's names of people, as word sequences, by their first word as written (and capitalised). */
  names: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Lower-case names of the document's services and of systems it names. */
  systems: ReadonlySet<string>;
  /** Lower-case names of teams (front matter, config), as word sequences joined by spaces. */
  teams: ReadonlySet<string>;
  /** The first words of `teams`. */
  teamStarts: ReadonlySet<string>;
}

/** The context for a document's lists of people, services and teams. */
export function peopleContext(names: readonly string[], services: readonly string[], teams: readonly string[]): PeopleContext {
  const byFirst = new Map<string, string[][]>();
  for (const name of names) {
    const parts = name.replace(/^@/, '').split(/\s+/).filter((p) => p !== '');
    const first = parts[0];
    if (first === undefined) continue;
    for (const variant of new Set([first, first.charAt(0).toUpperCase() + first.slice(1)])) {
      const group = byFirst.get(variant) ?? [];
      group.push([variant, ...parts.slice(1)]);
      byFirst.set(variant, group);
    }
  }
  for (const group of byFirst.values()) group.sort((a, b) => b.length - a.length);
  const systems = new Set(services.flatMap((s) => [s.toLowerCase(), ...s.toLowerCase().split(/[\s_.-]+/)]).filter((s) => s.length > 1));
  const teamSet = new Set(teams.map((t) => t.toLowerCase().trim()).filter((t) => t !== ''));
  return { names: byFirst, systems, teams: teamSet, teamStarts: new Set([...teamSet].map((t) => t.split(/\s+/)[0] ?? t)) };
}

/** The token's text as written, without a possessive ending. */
function bare(t: Token): string {
  if (!t.possessive) return t.text;
  return /s['’]$/.test(t.text) ? t.text.slice(0, -1) : t.text.slice(0, -2);
}

const PARTICLES = new Set(['van', 'de', 'da', 'di', 'del', 'della', 'von', 'al', 'el', 'bin', 'ibn', 'le', 'la', 'du', 'der', 'den', 'ter', 'ten', 'dos', 'das']);

/** Modifiers that make an ambiguous head ("manager", "operator", "owner", "agent", "lead") a person, not software. */
const HUMAN_MODIFIERS = new Set(`
  release product project program programme engineering incident on-call oncall support account delivery hiring general
  line duty shift night weekend day primary secondary backup junior senior new former lead tech team service site area
  regional office floor network security database change escalation qa test platform data infra infrastructure ops
  human community customer vendor's vendor`.trim().split(/\s+/));
/** Words that join a person to what follows without making them a modifier ("Ana and Joon-ho paired …"). */
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'but', 'then', 'also', 'never', 'not', 'still', 'just', 'again']);

/** Words before a role that cannot modify it: the role starts after them. */
const PRONOUN_STOPS = new Set(['it', 'its', 'we', 'they', 'them', 'he', 'she', 'him', 'who', 'which', 'what', 'there', 'here', 'us', 'i', 'you']);
const AMBIGUOUS_HEADS = new Set(['group', 'groups', 'manager', 'managers', 'operator', 'operators', 'owner', 'owners', 'agent', 'agents', 'lead', 'leads', 'driver', 'drivers', 'captain', 'sheriff', 'controller', 'controllers', 'handler', 'handlers', 'member', 'members', 'officer', 'guard', 'guards', 'planner', 'planners', 'scheduler', 'inspector', 'editor', 'editors', 'designer', 'designers', 'producer', 'producers', 'supervisor']);

/** Verbs of the lexicons in every form: after a role they are its verb ("does a reviewer miss …"). */
const KNOWN_VERBS = new Set([...FAILURE_VERBS, ...HARMFUL_VERBS, ...HUMAN_VERBS]);

/** Words that follow a role without making it a modifier: "the DBA on shift", "the engineer assigned to …". */
function endsNounPhrase(next: Token, verbs: ReadonlySet<string> = KNOWN_VERBS): boolean {
  if (!next.isWord) return true;
  const w = next.lower;
  return isVerbish(next, verbs) || isAdverb(next) || CONJUNCTIONS.has(w) || PREPOSITIONS.has(w) || CLAUSE_OPENERS.has(w) || w === 'who' || w === 'which' || (w.length > 4 && w.endsWith('ly'));
}

/** "on shift", "on duty", "on call", "in charge": words after a role that still belong to it. */
function postModifierEnd(tokens: readonly Token[], at: number): number {
  const w = tokens[at]?.word;
  const next = tokens[at + 1]?.word;
  if ((w === 'on' && (next === 'shift' || next === 'duty' || next === 'call' || next === 'site')) || (w === 'in' && next === 'charge')) return at + 2;
  return at;
}

/** Where the noun phrase that ends at token `head` starts: its determiner, or its first modifier. */
function phraseStart(tokens: readonly Token[], head: number): { from: number; determined: boolean } {
  let from = head;
  // "a better trained admin": a participle may modify the role, but without a determiner it is the verb ("paged on-call engineers").
  let verb = -1;
  for (let k = head - 1; k >= 0 && head - k <= MODIFIER_LIMIT + 1; k--) {
    const t = tokens[k] ?? NONE;
    if (!t.isWord) break;
    if (DETERMINERS.has(t.word) || /^\d+$/.test(t.word)) return { from: k, determined: true };
    if (PREPOSITIONS.has(t.word) || CLAUSE_OPENERS.has(t.word) || AUXILIARIES.has(t.word) || NEGATIONS.has(t.word) || PRONOUN_STOPS.has(t.word)) break;
    if (verb < 0 && isVerbish(t)) verb = k;
    from = k;
  }
  return { from: verb >= 0 ? verb + 1 : from, determined: false };
}

/** True when the modifiers make an ambiguous head software ("the lock manager", "the Kubernetes operator"), not a person. */
function softwareHead(modifiers: readonly Token[]): boolean {
  const words = modifiers.flatMap((m) => m.word.split('-'));
  return !words.some((w) => HUMAN_MODIFIERS.has(w)) && words.some((w) => SYSTEMS.has(w) || SYSTEM_NOUNS.has(w) || TECH_MODIFIERS.has(w));
}

/** Nouns of people by what they do: "merchandiser", "dispatcher", "pharmacist", "librarian", "attendant". */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent)s?$/;

/** The role or team whose head word is token `i` ("engineer" in "the on-call engineer"), or null. */
function groupAt(tokens: readonly Token[], i: number): Mention | null {
  const head = tokens[i] ?? NONE;
  const w = head.word;
  const isTeamHead = TEAM_HEADS.has(w) || (w === 'rotation' && tokens[i - 1]?.word === 'on-call');
  // "the merchandiser on duty", "the planner in charge": whoever is on duty is a person, listed role or not.
  const isRoleHead = ROLE_HEADS.has(w) || (postModifierEnd(tokens, i + 1) > i + 1 && AGENT_NOUN.test(w));
  if (!isTeamHead && !isRoleHead) return null;
  const next = tokens[i + 1] ?? NONE;
  const { from, determined } = phraseStart(tokens, i);
  // "the on-call handbook", "the support contract": the role word only modifies the noun after it
  // (but "could the reviewer approve …" asks about the reviewer).
  // A determiner after the head starts another noun phrase: "silenced by the on-call engineer the night before".
  if (!head.possessive && !endsNounPhrase(next) && !(determined && DETERMINERS.has(next.word)) && !AUXILIARIES.has((tokens[from - 1] ?? NONE).word)) return null;
  const modifiers = tokens.slice(determined ? from + 1 : from, i);
  if (AMBIGUOUS_HEADS.has(w) && softwareHead(modifiers)) return null;
  // "the security group blocked port 443": a firewall rule set, not the security team.
  if ((w === 'group' || w === 'groups') && modifiers.some((m) => m.word === 'security')) return null;
  const plural = w.endsWith('s') && !w.endsWith('ss');
  if (!determined && !plural && !isTeamHead && !(tokens[from]?.capitalised ?? false)) return null;
  // "the supplier's help desk": the group is the whole phrase, possessive only if its head is.
  return { from, to: postModifierEnd(tokens, i + 1), kind: isTeamHead ? 'team' : 'role', possessive: head.possessive, guess: false, known: false };
}

const NO_TEAMS: ReadonlySet<string> = new Set();
/** Team words that name a team even in lower case ("why does ops always …"); "support" or "security" in lower case are topics. */
const LOWER_CASE_TEAMS: ReadonlySet<string> = new Set(['ops', 'devops', 'secops', 'netops', 'qa', 'sre', 'sres', 'noc', 'soc', 'dbas']);

/** True when token `i` is a team word after the capitalised first word of the sentence ("Platform engineering", "Network operations"). */
function namedFunctionAt(tokens: readonly Token[], i: number, first: number): boolean {
  const t = tokens[i] ?? NONE;
  return i === first + 1 && !t.capitalised && TEAM_WORDS.has(t.word) && (tokens[first] ?? NONE).capitalised;
}

/** A team named by a word of its own ("QA", "Security", "Customer success", "Platform engineering") or by the document's team names. */
function teamWordAt(tokens: readonly Token[], i: number, first: number, ctx: PeopleContext): Mention | null {
  const t = tokens[i] ?? NONE;
  for (const team of ctx.teamStarts.has(t.word) ? ctx.teams : NO_TEAMS) {
    const parts = team.split(/\s+/);
    if (parts.every((p, k) => tokens[i + k]?.word === p)) {
      const last = tokens[i + parts.length - 1] ?? NONE;
      return { from: i, to: i + parts.length, kind: 'team', possessive: last.possessive, guess: false, known: false };
    }
  }
  const pair = TEAM_PAIRS.get(t.word);
  const second = tokens[i + 1] ?? NONE;
  if (pair !== undefined && pair.has(second.word) && t.capitalised && endsNounPhrase(tokens[i + 2] ?? NONE)) {
    return { from: i, to: i + 2, kind: 'team', possessive: second.possessive, guess: false, known: false };
  }
  const named = namedFunctionAt(tokens, i, first);
  if (!TEAM_WORDS.has(t.word) || !(t.capitalised || named || LOWER_CASE_TEAMS.has(t.word) || (tokens[i - 1] ?? NONE).word === 'by')) return null;
  // After "by" a team word is the agent, in lower case too: "disabled by ops months earlier".
  const agent = (tokens[i - 1] ?? NONE).word === 'by';
  if (!t.possessive && !agent && !endsNounPhrase(second)) return null;
  // "IT" and "QA" are teams only in capitals; "It" opens sentences.
  if (t.word === 'it' && t.text !== 'IT') return null;
  if (named) return { from: first, to: i + 1, kind: 'team', possessive: t.possessive, guess: false, known: false };
  // "the vendor's NOC", "our QA": the team starts at its determiner.
  const { from, determined } = phraseStart(tokens, i);
  return { from: determined ? from : i, to: i + 1, kind: 'team', possessive: t.possessive, guess: false, known: false };
}

/** A name the document uses for a person, matched as written (or capitalised), whole words. */
function knownNameAt(tokens: readonly Token[], i: number, ctx: PeopleContext): Mention | null {
  const t = tokens[i] ?? NONE;
  for (const parts of ctx.names.get(bare(t)) ?? ctx.names.get(t.text) ?? []) {
    if (parts.every((p, k) => k === 0 || bare(tokens[i + k] ?? NONE) === p)) {
      const last = tokens[i + parts.length - 1] ?? NONE;
      return { from: i, to: i + parts.length, kind: 'name', possessive: last.possessive, guess: false, known: true };
    }
  }
  return null;
}

/** A contraction: "Don't", "Won't", "We'll", "They're", "I'd" (a name's apostrophe comes earlier: O'Brien, D'Angelo). */
const CONTRACTION = /n't$|'(?:ll|re|ve|d|m)$/;

/** True for a word that cannot be a person's name: function words, contractions, systems, roles, acronyms, code-like words. */
function cannotBeName(t: Token, ctx: PeopleContext): boolean {
  const w = t.word;
  return (
    NOT_NAMES.has(w) || CONTRACTION.test(w) || SYSTEMS.has(w) || ctx.systems.has(w) || ROLE_HEADS.has(w) || TEAM_HEADS.has(w) || TEAM_WORDS.has(w) ||
    PERSONAL_PRONOUNS.has(w) || SOMEONE.has(w) || /[\d_./]/.test(w) || /^[A-Z]{2}/.test(bare(t)) || /[a-z][A-Z]/.test(bare(t))
  );
}

/** True when a comma after a name opens an aside that calls it a system: "Atlas, our search service, …". */
function systemAside(tokens: readonly Token[], at: number): boolean {
  if ((tokens[at] ?? NONE).text !== ',' || !ASIDE_OPENERS.has((tokens[at + 1] ?? NONE).word)) return false;
  for (let k = at + 1; k < tokens.length && k <= at + 6; k++) {
    const t = tokens[k] ?? NONE;
    if (!t.isWord) return false;
    if (SYSTEM_NOUNS.has(t.word) || SYSTEMS.has(t.word)) return true;
  }
  return false;
}

/** Words that open an aside naming what something is: "Atlas, our search service,", "Hermes, the notifier,". */
const ASIDE_OPENERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'your']);
/** Verbs in every form, to tell "Pedro merged" (a name and its verb) from "Log rotation" (a word modifying a noun). */
const NAME_VERBS = new Set([...KNOWN_VERBS, ...NEUTRAL_VERBS, ...verbForms('merge'), ...verbForms('deploy'), ...verbForms('push'), ...verbForms('ship'), ...verbForms('run'), ...verbForms('roll'), ...verbForms('apply'), ...verbForms('change'), ...verbForms('restart'), ...verbForms('approve'), ...verbForms('send'), ...verbForms('call'), ...verbForms('start'), ...verbForms('keep'), ...verbForms('let'), ...verbForms('go'), ...verbForms('do'), ...verbForms('make')]);

/** Verbs whose object is a person: a capitalised word after one is a name even before a noun ("let Kofi near"). */
const PERSON_OBJECT_VERBS = new Set([
  'let', 'lets', 'keep', 'keeps', 'kept', 'ask', 'asked', 'tell', 'told', 'page', 'paged', 'ping', 'pinged', 'call', 'called',
  'thank', 'thanked', 'remind', 'reminded', 'ban', 'banned', 'bar', 'barred', 'trust', 'trusted',
]);

/** A capitalised word (and a surname after it) that may be a given name, or null. */
function nameAt(tokens: readonly Token[], i: number, first: number, ctx: PeopleContext): Mention | null {
  const t = tokens[i] ?? NONE;
  if (!t.isWord || !t.capitalised || t.text.startsWith('@') || cannotBeName(t, ctx)) return null;
  const previous = tokens[i - 1] ?? NONE;
  // Names take no article: "the Atlas rollout", "a Jenkins job".
  if (previous.word === 'the' || previous.word === 'a' || previous.word === 'an') return null;
  let to = i + 1;
  while (to - i < 3 && !(tokens[to - 1] ?? NONE).possessive) {
    const next = tokens[to] ?? NONE;
    const after = tokens[to + 1] ?? NONE;
    if (next.isWord && next.capitalised && !cannotBeName(next, ctx)) to++;
    else if (PARTICLES.has(next.word) && after.capitalised && !cannotBeName(after, ctx)) to += 2;
    else break;
  }
  const last = tokens[to - 1] ?? NONE;
  const after = tokens[to] ?? NONE;
  if (!last.possessive && (SYSTEM_NOUNS.has(after.word) || systemAside(tokens, to))) return null;
  // "Disk pressure had been rising": a capitalised word before a noun modifies it (but "did Rui ship …" asks about Rui,
  // and "don't let Kofi near …", "we paged Ines about …" have a person as the object of the verb before it).
  if (!last.possessive && after.isWord && !after.capitalised && !AUXILIARIES.has(previous.word) && !PERSON_OBJECT_VERBS.has(previous.word) && !endsNounPhrase(after, NAME_VERBS)) return null;
  // "Captain Olsen", "Dr Okafor": the title belongs to the name.
  const from = TITLES.has(previous.word) ? i - 1 : i;
  return { from, to, kind: 'name', possessive: last.possessive, guess: i === first || SERVICE_LIKE_NAMES.has(t.word), known: false };
}

/** A lower-case given name that opens a clause and is followed by a verb ("dmitri forgot to …"): a guess. */
function lowerCaseNameAt(tokens: readonly Token[], i: number, first: number, ctx: PeopleContext): Mention | null {
  const t = tokens[i] ?? NONE;
  const next = tokens[i + 1] ?? NONE;
  if (i !== first || t.capitalised || t.word.length < 3 || cannotBeName(t, ctx) || !isVerbish(next)) return null;
  return { from: i, to: i + 1, kind: 'name', possessive: t.possessive, guess: true, known: false };
}

/** Lower-case words that can start a mention of a person (besides the document's names and teams). */
const PERSON_WORDS = new Set([...PERSONAL_PRONOUNS, ...PLURAL_PRONOUNS, ...SOMEONE, ...NOBODY, 'no', ...TEAM_PAIRS.keys(), ...LOWER_CASE_TEAMS]);

/** A pronoun without its contraction: "she's" → "she", "I'll" → "i", "they've" → "they". */
function pronounOf(word: string): string {
  const apostrophe = word.indexOf("'");
  if (apostrophe < 0) return word;
  const bareWord = word.slice(0, apostrophe);
  return PERSONAL_PRONOUNS.has(bareWord) || PLURAL_PRONOUNS.has(bareWord) ? bareWord : word;
}

/** The person at token `i` (after a mention ends or at a word), or null. `first` is the sentence's first word. */
function mentionAt(tokens: readonly Token[], i: number, first: number, ctx: PeopleContext, seen: readonly Mention[]): Mention | null {
  const t = tokens[i] ?? NONE;
  if (!t.isWord) return null;
  const w = pronounOf(t.word);
  // Most words are lower-case and none of these: one look-up settles them.
  if (t.text.startsWith('@')) return { from: i, to: i + 1, kind: classifyOwner(bare(t), []) === 'team' ? 'team' : 'handle', possessive: t.possessive, guess: false, known: false };
  const byTeam = ((tokens[i - 1] ?? NONE).word === 'by' && TEAM_WORDS.has(w)) || namedFunctionAt(tokens, i, first);
  if (!t.capitalised && i !== first && !byTeam && !PERSON_WORDS.has(w) && !ctx.names.has(bare(t)) && !ctx.teamStarts.has(w)) return null;
  const known = knownNameAt(tokens, i, ctx);
  if (known) return known;
  const one = (kind: AgentKind, possessive: boolean): Mention => ({ from: i, to: i + 1, kind, possessive, guess: false, known: false });
  if (PERSONAL_PRONOUNS.has(w)) return one('pronoun', w === 'his' || w === 'her' || w === 'my');
  if (PLURAL_PRONOUNS.has(w)) return seen.length > 0 ? one('pronoun', w === 'their') : null;
  if (SOMEONE.has(w)) return one('someone', t.possessive);
  if (NOBODY.has(w)) return one('nobody', t.possessive);
  if (w === 'no' && tokens[i + 1]?.word === 'one') return { ...one('nobody', tokens[i + 1]?.possessive ?? false), to: i + 2 };
  return teamWordAt(tokens, i, first, ctx) ?? nameAt(tokens, i, first, ctx) ?? lowerCaseNameAt(tokens, i, first, ctx);
}

/** Every person mentioned in a sentence, left to right, without overlaps. */
export function mentionsIn(tokens: readonly Token[], ctx: PeopleContext): Mention[] {
  const found: Mention[] = [];
  const first = tokens.findIndex((t) => t.isWord);
  let i = 0;
  while (i < tokens.length) {
    const m = mentionAt(tokens, i, first, ctx, found);
    if (m) {
      found.push(m);
      i = m.to;
      continue;
    }
    // A role or team ends at its head word: look for heads, then take back the words before them.
    const group = groupAt(tokens, i);
    if (group) {
      const last = found[found.length - 1];
      if (last !== undefined && last.to > group.from) found.pop();
      found.push(group);
      i = group.to;
      continue;
    }
    i++;
  }
  return found;
}

/** Pronouns that refer back to a person named before them. */
const THIRD_PERSON = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/** Latin letters with diacritics. */
const ACCENTED = /[\u00C0-\u024F]/;

/** The word without its diacritics: "joaquín" → "joaquin". */
function unaccented(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Endings of English words that a name not in the lexicon is unlikely to have: "Replication", "Separately", "Playbooks". */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ing|ance|ence|ure|ism|ics|ship|hood|ery|ogy|ware|able|ible|ly|s)$/;

/**
 * True when a mention is a person. Sure mentions are. A guessed name is one when the given-name lexicon knows it
 * (looked up only here, after a pattern has seen blame: the costly step behind a cheap trigger), when a pronoun
 * ("he", "her") or an act only people do follows it, or — with `strong` evidence of failure ("never renewed",
 * "should have") — when it does not look like an English noun. "its" after it makes it a system.
 */
export function isPerson(m: Mention, tokens: readonly Token[], strong = false): boolean {
  const first = tokens[m.from] ?? NONE;
  if (m.kind === 'name' && !m.known) {
    for (let k = m.to; k < tokens.length; k++) {
      const t = tokens[k] ?? NONE;
      if (THIRD_PERSON.has(pronounOf(t.word)) || HUMAN_VERBS.has(t.lower)) return true;
      if (t.word === 'its') return false;
    }
  }
  if (!m.guess) return true;
  if (SERVICE_LIKE_NAMES.has(first.word)) return false;
  if (isGivenName(first.word) || isGivenName(unaccented(first.word))) return true;
  // English nouns carry no accents: a capitalised "Siobhán" or "Joaquín" is a name.
  if (first.capitalised && ACCENTED.test(first.word)) return true;
  // Without the lexicon, only a strong failure right after the word ("Ngaio never renewed …") makes it a name.
  const next = tokens[m.to] ?? NONE;
  return strong && first.capitalised && !NOUN_ENDING.test(first.word) && (isVerbish(next, NAME_VERBS) || isAdverb(next));
}
