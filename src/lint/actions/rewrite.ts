/** What to tell the author of a vague action item: what is missing, and a rewrite fitted to what the item is about. */
import { ANY_LEAD, ASKING_LEAD, CATEGORY_WORD, DECIDING_LEAD, FILLER_WORD } from './lexicon.js';
import { GENERAL, topicOf, type Topic } from './topics.js';
import type { Vagueness, VagueKind } from './vagueness.js';

/** Where the subject ends: a time, a venue or a purpose that follows it ("… at the quarterly review", "… so that …"). */
const SUBJECT_END = /(?:^|\s+)(?:at|during|by|before|after|when|until|next|this|every|so|in order|because|since|as|while|due|going)\s.*$|\s+to\s.*$/;
const PREPOSITION = /^(?:of|on|in|for|with|about|around|into|to|at|across|within|over|between|from|regarding)$/;
const ARTICLE = /^(?:the|a|an)$/;
/** Words at the end that qualify the wish, not the subject ("announce releases sooner"). */
const TRAILING = /^(?:earlier|sooner|better|more|even|harder|again|faster|further|forward|overall|clearly|quickly|promptly|openly|proactively|consistently|effectively|in|future)$/;
/** People, who are not what a rewrite changes ("train support staff on the escalation process"). */
const PEOPLE = /\b(?:(?:support |all |new |the )?(?:engineers?|developers?|devs|people|staff|everyone|everybody|folks|teams?|on-?call engineers|responders|operators|hires|product owners))\b/g;
/** Words that make a phrase a clause, which reads badly inside a rewrite: the topic's own example is better. */
const CLAUSE_WORD = /^(?:if|whether|how|why|what|which|who|we|us|our|they|should|can|could|would|will|is|are|was|were|be|been|have|has|had|do|does|did|not|isn't|aren't)$/;
/** An inquiry that is a question ("look into whether …"). */
const QUESTION = /^(?:if|whether|how|why|what|which|where|when)\s/;

/** `phrase` with the case as written in the title, when it can be found there. */
function asWritten(phrase: string, found: Vagueness): string {
  const at = found.text.indexOf(phrase);
  return at >= 0 && found.source.length === found.text.length ? found.source.slice(at, at + phrase.length) : phrase;
}

/** What the item is about, in a few words, without the topic's own words ("visibility into the CDN" → "the CDN"). */
function subjectOf(object: string, topic: Topic, allowClause: boolean): string {
  const words = object.replace(topic.words, ' ').replace(PEOPLE, ' ').replace(SUBJECT_END, '').split(/\s+/).filter((w) => w !== '');
  const skip = (from: number, test: (word: string) => boolean) => {
    let at = from;
    while (at < words.length && test(words[at] ?? '')) at++;
    return at;
  };
  const filler = (w: string) => PREPOSITION.test(w) || FILLER_WORD.test(w);
  let start = skip(0, filler);
  // A category that only introduces the subject goes ("monitoring of the cache"); one that is part of it stays ("config changes").
  const afterCategories = skip(start, (w) => CATEGORY_WORD.test(w));
  if (PREPOSITION.test(words[afterCategories] ?? '')) start = skip(afterCategories + 1, filler);
  // "the cache" reads better than "cache" in the rewrite.
  if (start > 0 && start < words.length && ARTICLE.test(words[start - 1] ?? '')) start--;
  let end = words.length;
  while (end > start && (TRAILING.test(words[end - 1] ?? '') || PREPOSITION.test(words[end - 1] ?? '') || ARTICLE.test(words[end - 1] ?? ''))) end--;
  const kept = words.slice(start, end);
  // A subject must be a short noun phrase that says something: not a clause, not a verb, not a category alone ("the issue").
  const phrase = allowClause ? kept.length <= 6 : kept.length <= 4 && !kept.some((w) => CLAUSE_WORD.test(w)) && !ANY_LEAD.test(kept.join(' '));
  const alone = kept.length === 1 && CATEGORY_WORD.test(kept[0] ?? '');
  return kept.length > 0 && phrase && !alone ? kept.join(' ') : '';
}

/** The rewrite that fits an inquiry: an answer from outside, a written answer to a question, a decision, or findings. */
function inquiryRewrite(found: Vagueness): string {
  if (QUESTION.test(found.object)) {
    const question = found.object.split(/\s*[,;:(?]/)[0]?.split(/\s+/).slice(0, 14).join(' ') ?? '';
    return `say what it will produce and by when: "Find out ${asWritten(question, found).replace(/^if\b/i, 'whether')}, and write up the answer with a proposal in a ticket by a set date"`;
  }
  const subject = asWritten(subjectOf(found.object, GENERAL, true), found);
  if (ASKING_LEAD.test(found.lead)) return `say what it will produce and by when: "Get a written answer from ${subject || 'them'} by a set date, and file a ticket for each change it calls for"`;
  if (DECIDING_LEAD.test(found.lead)) return `say what will be decided and by when: "Decide on ${subject || 'the way forward'} by a set date, writing down the options weighed and one ticket per change chosen"`;
  return `say what it will produce and by when: "Investigate ${subject || 'the cause'} and write up the findings with a proposal in a ticket by a set date"`;
}

/** What is missing, in words, by kind of vagueness. */
const MISSING: Record<VagueKind, string> = {
  empty: 'has no action: say what will change, where, and how anyone will know it is done.',
  exhortation: 'asks people to try harder or know more, which does not hold on a bad night: name the guard rail, check or practised step that makes the right thing happen.',
  inquiry: 'asks for a look or a talk but not for anything that comes out of it: name the deliverable (a decision, a written finding, a proposal, tickets) and by when.',
  goal: 'names a goal, not the change that reaches it: say what will change (a mechanism, a component, a limit, a check) and how anyone will know it is done.',
  category: 'names a kind of work, not a change: say which one, where, and how anyone will know it is done.',
};

/** The sentence that says what a vague item lacks (it follows the item's label). */
export function vaguenessProblem(found: Vagueness): string {
  return MISSING[found.kind];
}

/** A rewrite fitted to the item: its kind, its topic and its subject. */
export function vaguenessSuggestion(found: Vagueness): string {
  if (found.kind === 'inquiry') return inquiryRewrite(found);
  const clause = `${found.lead} ${found.object}`;
  const topic = topicOf(clause, found.kind === 'exhortation');
  return topic.rewrite(asWritten(subjectOf(found.object, topic, false), found) || topic.fallback, clause);
}
