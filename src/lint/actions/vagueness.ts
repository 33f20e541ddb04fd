/**
 * Whether an action item's title names a change someone can finish and check, read from its structure: what the lead
 * verb asks for (a goal, a look, more care, a category of work) against what would make it checkable (a measure, a
 * mechanism, a trigger, a deliverable, a name from the system).
 */
import {
  ABSTRACT_HEAD,
  AMOUNT_LEAD,
  ANY_LEAD,
  BEHAVIOUR,
  CATEGORY_PHRASE,
  CATEGORY_WORD,
  CHANGE_LEAD,
  CODE_NAME,
  DELIVERABLE,
  EMPTY_QUALIFIER,
  EXHORTATION_LEAD,
  GOAL_LEAD,
  GOAL_WISH,
  INQUIRY_LEAD,
  MEANS,
  MEASURE,
  MECHANISM,
  REMEDY_LEAD,
  SYSTEM_NAME,
  TICKET_KEY,
  TRIGGER,
  TROUBLE_WORDS,
  VAGUE_AMOUNT,
  VIGILANCE,
  WATCHING_LEAD,
  WITH_PART,
} from './lexicon.js';
import { clausesOf, plainTitle, withoutPreamble } from './title-text.js';

/**
 * What is missing: `empty` (no title), `exhortation` (asks people to try harder or know more), `inquiry` (a look or a
 * talk with nothing produced), `goal` (an outcome with no change that reaches it), `category` (a kind of work, or more
 * of it, with nothing in particular).
 */
export type VagueKind = 'empty' | 'exhortation' | 'inquiry' | 'goal' | 'category';

/** A vague title, read: what is missing, the verb phrase that asks for it, and what it acts on. */
export interface Vagueness {
  kind: VagueKind;
  /** The lead verb phrase as written in plain text ("improve", "look into"), '' when the clause has none. */
  lead: string;
  /** The rest of the first clause ("visibility into the CDN"). */
  object: string;
  /** The whole title in plain lower-case text, without its lead-in. */
  text: string;
  /** The same with the case as written, for quoting (the same length as `text` but for a few letters such as "İ"). */
  source: string;
}

/** What the whole title offers that could make a vague lead checkable. */
interface Evidence {
  /** A measure, a mechanism given as the means, or a trigger with a mechanism: enough for a goal or a category. */
  checkable: boolean;
  /** A deliverable or a ticket: enough for an inquiry. */
  delivers: boolean;
  /** A name from the system: enough for a remedy ("fix flaky `cart-api` tests"). */
  named: boolean;
}

/** The evidence in plain lower-case `text`; ticket keys and code names are read from the `title` as written. */
function evidenceIn(text: string, title: string): Evidence {
  return {
    checkable: MEASURE.test(text) || MEANS.test(text) || WITH_PART.test(text) || BEHAVIOUR.test(text) || (TRIGGER.test(text) && MECHANISM.test(text)),
    delivers: DELIVERABLE.test(text) || TICKET_KEY.test(title),
    named: SYSTEM_NAME.test(text) || CODE_NAME.test(title),
  };
}

/** True when a phrase is nothing but categories of work and fillers ("more monitoring", "the process", "docs as needed"). */
function isBare(phrase: string): boolean {
  const words = phrase.replace(EMPTY_QUALIFIER, ' ').replace(CATEGORY_PHRASE, 'work').split(/[\s/&+,()]+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => CATEGORY_WORD.test(w));
}

/** Leads whose object is a text to write, so an abstract one ("document the process for …") is still a deliverable. */
const WRITING_LEAD = /^(?:document|write|write up|record|describe|publish)\b/;

/** The words of a phrase that say something particular: not categories of work, not fillers. */
function particularWords(phrase: string): number {
  return phrase.split(/[\s/&+,()]+/).filter((w) => w !== '' && !CATEGORY_WORD.test(w)).length;
}

/** A vague verdict, before the title's text is attached. */
type Verdict = Omit<Vagueness, 'text' | 'source'>;

/** The verdict of a kind on a clause, split at its lead verb phrase. */
function verdict(kind: VagueKind, clause: string, lead: RegExpExecArray | null): Verdict {
  const leadText = lead?.[0] ?? '';
  return { kind, lead: leadText, object: clause.slice(leadText.length).trim() };
}

/** True when a part of a title opens an action of its own. */
function opensClause(part: string): boolean {
  return ANY_LEAD.test(part) || EXHORTATION_LEAD.test(part);
}

/** The verdict on one clause, with the evidence of the whole title; null when the clause is specific. */
function judgeClause(clause: string, text: string, evidence: Evidence): Verdict | null {
  const change = CHANGE_LEAD.exec(clause);
  const exhortation = EXHORTATION_LEAD.exec(clause);
  // Vigilance is vague whatever else is said, unless a mechanism does the remembering ("… by adding a pre-check").
  if (exhortation !== null) return MEANS.test(text) ? null : verdict('exhortation', clause, exhortation);
  const inquiry = INQUIRY_LEAD.exec(clause);
  if (inquiry !== null) return evidence.delivers ? null : verdict('inquiry', clause, inquiry);
  const goal = GOAL_LEAD.exec(clause);
  if (goal !== null) return evidence.checkable ? null : verdict('goal', clause, goal);
  const remedy = REMEDY_LEAD.exec(clause);
  if (remedy !== null) {
    const object = clause.slice(remedy[0].length);
    // Trouble in general is what the remedy acts on when it comes first ("prevent similar outages", "tidy up pager noise").
    const general = TROUBLE_WORDS.test(object.split(' ', 4).join(' ')) || isBare(object);
    return !general || evidence.checkable || evidence.named ? null : verdict('goal', clause, remedy);
  }
  // "Monitor memory usage" is a wish to watch; "monitor 5xx responses of the kube API server" names a signal and a place.
  const watching = WATCHING_LEAD.exec(clause);
  if (watching !== null) return evidence.checkable || particularWords(clause.slice(watching[0].length)) >= 3 ? null : verdict('goal', clause, watching);
  if (evidence.checkable) return null;
  if (VAGUE_AMOUNT.test(clause)) return verdict('category', clause, change);
  // With no lead verb of its own, a clause can still be a wish or an exhortation ("deploys must be done more carefully").
  if (change === null && VIGILANCE.test(clause)) return verdict('exhortation', clause, null);
  if (change === null && (GOAL_WISH.test(clause) || AMOUNT_LEAD.test(clause))) return verdict('goal', clause, null);
  const object = change === null ? clause : clause.slice(change[0].length);
  // A plan, a process or a strategy is not the change, whatever it is for; writing one down is a deliverable.
  const abstract = change !== null && !WRITING_LEAD.test(clause) && ABSTRACT_HEAD.test(object.trim());
  return abstract || isBare(object) ? verdict('category', clause, change) : null;
}

/** The verdict on a title: what makes it vague, or null when it names a change someone can finish and check. */
export function judgeTitle(title: string): Vagueness | null {
  const plain = plainTitle(title);
  const lower = plain.toLowerCase();
  const text = withoutPreamble(lower);
  const source = plain.length === lower.length ? plain.slice(plain.length - text.length) : text;
  if (text === '') return { kind: 'empty', lead: '', object: '', text, source };
  const [first = text, ...rest] = clausesOf(text, opensClause);
  const found = judgeClause(first, text, evidenceIn(text, title));
  if (found === null) return null;
  // A later clause that is an action of its own, and specific, carries the item ("Investigate X and write a load test for Y").
  const carried = rest.some((clause) => judgeClause(clause, clause, evidenceIn(clause, clause)) === null);
  return carried ? null : { ...found, text, source };
}
