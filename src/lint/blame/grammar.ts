/** Closed word classes of English and the few tests on them that the blame patterns need to find subjects and verbs. */
import type { Token } from './tokens.js';
import { isPastForm } from './verbs.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Auxiliaries and modals, with their negated contractions. */
export const AUXILIARIES = words(`
  is are was were be been being am has have had do does did will would shall should can could may might must ought
  keeps kept keep gets got get needs need isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't
  wouldn't shouldn't can't cannot couldn't mightn't mustn't 'd 've i'd he'd she'd they'd`);

/** Modals that, with "have" and a participle, make a counterfactual ("should have", "could've"). */
export const MODALS = words("should could would might must ought shouldn't couldn't wouldn't mustn't should've could've would've might've must've");

/** Forms of "be" (a verb after them is a passive or a progressive, not an act of the subject). */
export const BE_FORMS = words("is are was were be been being am isn't aren't wasn't weren't 's");

/** Negations, alone or contracted into an auxiliary. */
export const NEGATIONS = words("not never no n't isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't shouldn't can't cannot couldn't");

/** Adverbs that may stand between a subject and its verb ("Priya simply skipped…"). */
const FILLER_ADVERBS = words(`
  just simply also then again still really actually apparently clearly obviously accidentally mistakenly inadvertently
  unfortunately repeatedly once twice even only already immediately quickly later initially completely entirely basically
  probably allegedly reportedly personally alone ever first subsequently eventually finally now promptly instead himself
  herself themselves all both always never often usually sometimes rarely seldom routinely regularly`);

/** Prepositions: a person after one of these is not the subject of the verb that follows. */
export const PREPOSITIONS = words(`
  to by for with from of at on in into onto about above below between among through across against toward towards around
  per via without within under over after before during until since like than upon beside besides despite`);

/** Words after which a new clause, with its own subject, may begin. */
export const CLAUSE_OPENERS = words(`
  because since when whenever after before until while although though as once so but and or that if unless why how where
  what whether then whereas`);

/** Words that end the clause of a subject: what comes after has a subject of its own. */
export const CLAUSE_BREAKS = words('because since although though whereas but unless');

/** Punctuation that ends a clause. */
export const CLAUSE_PUNCTUATION = words('; : — – ( ) "');

/** True for a word that is likely a verb here: an auxiliary, a past form, an "-ing" form, or one of `known`. */
export function isVerbish(t: Token, known?: ReadonlySet<string>): boolean {
  if (!t.isWord) return false;
  const w = t.lower;
  // "re-ran", "hand-edited": the last part of a hyphenated word is its verb.
  const last = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : w;
  return AUXILIARIES.has(w) || NEGATIONS.has(w) || isPastForm(last) || (w.length > 4 && w.endsWith('ing')) || (known?.has(w) ?? false);
}

/** True for a word ending in "-ly" or listed as a filler adverb. */
export function isAdverb(t: Token): boolean {
  return t.isWord && (FILLER_ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !t.capitalised));
}

/** True for a clock time ("14:05", "at 03:12"): acts stamped with a time are narrated, not judged. */
export function isClockTime(t: Token, next: Token | undefined): boolean {
  return t.isWord && /^\d{1,2}$/.test(t.word) && next?.text === ':';
}
