/**
 * "Human error" and its kin — "operator error", "a technician made an error", "the admin slipped up", "a fat-fingered
 * hostname", "a lapse in concentration", "people are the weakest link": a label for who, never an explanation of why.
 * Quoted to be rejected ("labelling it operator error explains nothing", "not human error", "human error is
 * never a root cause") it is not given as a cause, and is not found.
 */

/** People at work, by job: the one whose slip a "human error" sentence names. */
const WORKER = String.raw`(?:engineer|operator|developer|dev|admin|administrator|sysadmin|technician|tech|dba|analyst|contractor|employee|on-?call(?: engineer)?|responder|deployer|reviewer|staffer)`;

const SOURCE = [
  String.raw`\b(?:human|operator|operational|user|personnel|engineer|engineering|pilot|manual|people|staff|individual|employee)(?:['’]s)? (?:errors?|mistakes?|slips?|lapses?|failures?)\b(?! (?:rates?|counts?|budgets?|pages?|messages?|codes?|handling|logs?|reports?)\b)`,
  String.raw`\b(?:someone|somebody|a person|a human|(?:an?|the) (?:\w+ )?${WORKER}|an? (?:staff|team|crew) member)(?: \w+){0,2} (?:made|makes|making) (?:an?|the) (?:\w+ )?(?:error|mistake|slip|typo|blunder)\b`,
  // "somebody made one": the error named just before, by a pronoun.
  String.raw`\b(?:someone|somebody|a person)(?: \w+){0,2} made one\b(?= (?:with|in|on|when|while|during)\b|\s*[.,;:!]|\s*$)`,
  String.raw`\b(?:someone|somebody|a person|(?:an?|the) (?:\w+ )?${WORKER})(?: \w+){0,2} slipped up\b|\bslip-ups?\b|\b(?:a|one) (?:simple|small|honest|momentary|single|human) slip\b`,
  String.raw`\bfat[- ]finger(?:ed|s|ing)?\b`,
  String.raw`\blapses? (?:of|in) (?:attention|concentration|judge?ment|focus|vigilance)\b`,
  String.raw`\bweakest link\b`,
  String.raw`\b(?:pebkac|pebcak|pibkac|id10t|id-10-t|finger trouble)\b`,
  String.raw`\bslip of the (?:finger|hand|keyboard|mouse)\b`,
].join('|');

/** Matches every phrase of human error (global, case-insensitive); rejected uses are filtered by `humanErrors`. */
const HUMAN_ERROR = new RegExp(SOURCE, 'gi');

/**
 * A word every phrase above holds: a text without one is not searched (the phrases start at common words such as
 * "a" and "the", so the full search costs much more per character than this one).
 */
const KEY_WORD = /error|mistake|slip|lapse|failure|made|making|makes|finger|weakest|pebkac|pebcak|pibkac|id10t|id-10-t/i;

/** Words before the phrase, in its clause, that reject it: "not", "rather than", "calling this", "instead of blaming", a quote. */
const REJECTED_BEFORE = /\b(?:not|never|no|rather than|instead of|call(?:ing|ed)?|label(?:l?ing|l?ed)?|beyond|than|blam(?:e|ing)|without|hide|avoid|say(?:ing|s)?|said|tempting)\b|n['’]t\b|["“‘]\s*$/i;
/** Where the clause before a phrase starts: after the last sentence or clause mark. */
const CLAUSE_MARK = /[.;:!?,(]/g;

/** Words after it that reject it: "human error is never the root cause", "… would mask the actual gap". */
const REJECTED_AFTER = /^["”’']?\s*(?:is|was|are|were)?\s*(?:never|not|n['’]t|no|rarely|only a symptom|a symptom|where)\b|^["”’']?\s*(?:would|will|can|could)\s+(?:hide|mask|obscure|stop|miss|explain nothing)\b|^["”’']?\s*(?:hides|masks|explains nothing)\b/i;

/** Every phrase of human error in `text` that is not quoted to be rejected: where it starts and what it says. */
export function humanErrors(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  if (!KEY_WORD.test(text)) return found;
  for (const m of text.matchAll(HUMAN_ERROR)) {
    const window = text.slice(Math.max(0, m.index - 60), m.index);
    let clause = 0;
    for (const mark of window.matchAll(CLAUSE_MARK)) clause = mark.index + 1;
    const before = window.slice(clause);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!REJECTED_BEFORE.test(before) && !REJECTED_AFTER.test(after)) found.push({ index: m.index, text: m[0] });
  }
  return found;
}

/** The first "human error" phrase the text gives as a cause, or null when it gives none. */
export function humanErrorIn(text: string): string | null {
  return humanErrors(text)[0]?.text ?? null;
}
