/**
 * A why answered "because" a named person acted: "Why did the batch charge twice? Because Bruno started it again by hand."
 * The chain of causes stops at a person where it should go on to what let the act do harm. A why about what went
 * well ("Why was the impact small? Because Ines had scripted the restore") is praise, and passes.
 */
import { DUE_CARE, NEUTRAL_VERBS } from '../blame-words.js';
import type { SentenceFinding, SentenceView } from '../finding.js';
import { BE_FORMS, isAdverb, isVerbish } from '../grammar.js';
import { isPerson } from '../person.js';
import { NONE, type Token } from '../tokens.js';

/** Words of a why about a good outcome: "only", "limited", "quickly", "recover". */
const GOOD_OUTCOME = /^(?:only|limited|small|smaller|quick|quickly|fast|faster|early|under|recover|recovered|saved|contained|short|shorter|minimal|little|few|fewer|safe|well)$/;
/** Acts forced on the person, not chosen: "had to rebuild", "needed to", "was asked to". */
const FORCED = new Set(['had', 'needed', 'got', 'has', 'have']);

/** True when the question asks why something went wrong (not why it went well). */
function asksAboutHarm(asked: readonly Token[]): boolean {
  return asked.some((t) => t.word === 'why') && !asked.some((t) => GOOD_OUTCOME.test(t.word));
}

/** "Because <name> <act>" answering a why about harm: the chain of causes ends at a person. */
export function personAsCause(s: SentenceView): SentenceFinding | null {
  if (s.asked === null || !asksAboutHarm(s.asked)) return null;
  const first = s.tokens.findIndex((t) => t.isWord);
  // "…, as the runbook says": an act done as prescribed moves the why on to the prescription.
  if ((s.tokens[first] ?? NONE).word !== 'because' || s.tokens.some((t) => DUE_CARE.has(t.word) || t.word === 'runbook' || t.word === 'per')) return null;
  const opener = first + 1;
  const m = s.mentions.find((c) => c.from === opener && (c.kind === 'name' || c.kind === 'handle') && !c.possessive);
  if (!m) return null;
  let v = m.to;
  while (isAdverb(s.tokens[v] ?? NONE)) v++;
  const verb = s.tokens[v] ?? NONE;
  const forced = FORCED.has(verb.word) && (s.tokens[v + 1] ?? NONE).word === 'to';
  if (forced || BE_FORMS.has(verb.word) || NEUTRAL_VERBS.has(verb.lower) || verb.word === 'could' || verb.word === "couldn't" || !isVerbish(verb) || !isPerson(m, s.tokens, true)) return null;
  return { pattern: 'person-cause', agent: m, from: m.from, to: v + 1 };
}
