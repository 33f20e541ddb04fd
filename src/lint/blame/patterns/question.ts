/**
 * Questions asked to accuse, not to find out: "Who signed this off?", "What was Olu thinking?", "How does an approver
 * miss …?", "Was anybody even looking?", "Why does the web team keep breaking the build?", "Where was the
 * duty manager?". A five-whys question about a person that the same line answers ("Why did the admin drain the wrong
 * node? The two node names differ in one digit …") is an inquiry, and passes.
 */
import { clauseEnd } from '../clause.js';
import { failureAfter } from '../failure.js';
import type { SentenceFinding, SentenceView } from '../finding.js';
import { AUXILIARIES, isAdverb, NEGATIONS } from '../grammar.js';
import { isPerson, type Mention } from '../person.js';
import { findPhrase, phraseIndex } from '../phrases.js';
import { NONE } from '../tokens.js';
import { isPastForm } from '../verbs.js';

/** Words and phrases that make a question rhetorical when a person is in it. */
const RHETORICAL = phraseIndex([
  'how many times', 'who thought', 'too much to ask', 'how hard is it', 'how hard can it be', 'seriously', 'honestly', 'even', 'actually', 'really', 'on earth', 'in their right mind', 'is anyone',
  'was anyone', 'did anyone', 'does anyone', 'is anybody', 'was anybody', 'did anybody', 'does anybody', 'always', 'again',
  'every time',
  'what was', 'what were', 'what is wrong', 'who in', 'would it have killed', 'is it so hard', 'why would anyone',
  'did he not', 'did she not', 'did they not', "didn't he", "didn't she", "didn't they", 'keep', 'keeps', 'still',
  'exactly', 'if not', 'bother', 'so long', 'that long',
]);
/** Phrases that make a question rhetorical even when it names nobody ("How hard is it to run the tests?"). */
const ACCUSING = phraseIndex([
  'how many times', 'who thought', 'too much to ask', 'how hard is it', 'how hard can it be', 'in their right mind',
  'would it have killed', 'is it so hard', 'why would anyone', 'what were they thinking', 'what was he thinking',
  'what was she thinking', 'who in their right mind', 'who does that', 'how is that even',
]);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself']);
/** Who-questions about these acts are inquiries ("Who owns the queue?", "Who was on call?"). */
const WHO_INQUIRY = new Set(['owns', 'owned', 'is', 'was', 'are', 'were', 'has', 'had', 'knows', 'knew', 'holds', 'held', 'maintains', 'maintained', 'can', 'could', 'should', 'will', 'would', 'does', 'do', 'did']);

/** The first person of the question (a guessed name must prove itself; "they" counts, as in "what were they thinking"), or undefined. */
function personIn(s: SentenceView): Mention | undefined {
  // "How can I check my balance?" asks for help: the first person is never the accused.
  const found = s.mentions.find((m) => !FIRST_PERSON.has((s.tokens[m.from]?.word ?? '').replace(/'.*$/, '')) && isPerson(m, s.tokens));
  if (found) return found;
  const they = s.tokens.findIndex((t) => t.word === 'they' || t.word === 'them');
  return they >= 0 ? { from: they, to: they + 1, kind: 'pronoun', possessive: false, guess: false, known: false } : undefined;
}

/** A rhetorical question: a marker and a person, a culprit "who …", "where was <person>", or an unanswered accusation. */
export function rhetoricalQuestion(s: SentenceView): SentenceFinding | null {
  if (!s.question) return null;
  const { tokens } = s;
  const first = tokens.findIndex((t) => t.isWord);
  const opener = (tokens[first] ?? NONE).word;
  const second = tokens[first + 1] ?? NONE;
  const end = tokens.length;
  // "Who approved this?", "Who leaves debug mode on in production?", "Seriously, who …?"
  const who = tokens.findIndex((t, i) => t.word === 'who' && (i === first || !(tokens[i - 1] ?? NONE).isWord));
  if (who >= 0) {
    let v = who + 1;
    while (isAdverb(tokens[v] ?? NONE) || (tokens[v] ?? NONE).word === 'still' || (tokens[v] ?? NONE).word === 'even') v++;
    const verb = tokens[v] ?? NONE;
    if (verb.isWord && !WHO_INQUIRY.has(verb.word) && (isPastForm(verb.lower) || verb.word.endsWith('s')) && !s.answered) return { pattern: 'question', agent: null, from: who, to: v + 1 };
  }
  // "Where was the duty manager when …?"
  if (opener === 'where' && (second.word === 'was' || second.word === 'were')) {
    const m = s.mentions.find((c) => c.from === first + 2);
    if (m && isPerson(m, tokens)) return { pattern: 'question', agent: m, from: first, to: m.to };
  }
  const accusing = findPhrase(tokens, ACCUSING);
  if (accusing) return { pattern: 'question', agent: null, from: accusing.at, to: accusing.at + accusing.length };
  const person = personIn(s);
  if (!person) return null;
  // "Why didn't anyone check …?", "Why wasn't the DBA told?" with no answer on the line.
  if (!s.answered && (opener === 'why' || opener === 'how') && NEGATIONS.has(second.word) && person.from <= first + 4) return { pattern: 'question', agent: person, from: first, to: person.to };
  const marker = findPhrase(tokens, RHETORICAL);
  if (marker && (!s.answered || marker.length > 1)) return { pattern: 'question', agent: person, from: marker.at, to: marker.at + marker.length };
  // "Did nobody read the changelog?" with no answer on the line.
  if (person.kind === 'nobody' && AUXILIARIES.has(opener) && !s.answered) return { pattern: 'question', agent: person, from: first, to: person.to };
  // "How did nobody notice …?", "How does an approver miss …?"
  if (opener === 'how' && AUXILIARIES.has(second.word)) {
    const failing = person.kind === 'nobody' || tokens.some((t) => NEGATIONS.has(t.word)) || failureAfter(tokens, person, s.people) !== null;
    if (failing) return { pattern: 'question', agent: person, from: first, to: person.to };
  }
  // "Why did Rui ship a build with red checks?" with no answer on the line.
  if (!s.answered && (opener === 'why' || AUXILIARIES.has(opener)) && person.kind !== 'nobody') {
    const evidence = failureAfter(tokens, person, s.people);
    if (evidence && clauseEnd(tokens, person.to).end <= end) return { pattern: 'question', agent: person, from: first, to: evidence.at + evidence.length };
  }
  return null;
}
