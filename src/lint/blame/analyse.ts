/**
 * Blame in a document: every pattern run over every sentence, once per document (the three blameless rules share
 * the result). In the analysis sections (root cause, the whys, contributing factors, what went poorly, lessons,
 * surprises) every pattern runs; elsewhere (timeline, summary, what went well…) only the ones that judge a person
 * whatever the story around them, and only on lines that a cheap test shows may hold one.
 */
import type { ParsedDocument, SectionRole } from '../../core/document.js';
import { humanErrors } from '../human-error.js';
import { peopleNames } from '../people.js';
import { forEachProseLine } from '../prose.js';
import type { BlamePattern, SentenceFinding, SentenceView } from './finding.js';
import { mayJudge } from './judging-gate.js';
import { type AgentKind, isPerson, mentionsIn, type PeopleContext, peopleContext } from './person.js';
import { agentFailure, forgotTo } from './patterns/agent-failure.js';
import { counterfactual, hindsight } from './patterns/counterfactual.js';
import { character, judgement } from './patterns/judgement.js';
import { passiveWithAgent } from './patterns/passive-agent.js';
import { personAsCause } from './patterns/person-cause.js';
import { possessionOrResponsibility, possessiveFault } from './patterns/possession.js';
import { rhetoricalQuestion } from './patterns/question.js';
import { isSoftened, softenedBlame } from './patterns/softened.js';
import { findPhrase, phraseIndex } from './phrases.js';
import { NONE, sentences, type Token } from './tokens.js';

/** The sections whose sentences analyse the incident: where blame does the most harm. */
export const ANALYSIS_ROLES: readonly SectionRole[] = ['rootCause', 'whys', 'contributingFactors', 'wentPoorly', 'lessons', 'lessonsGroup', 'surprises'];

/** One finding of blame in a document. */
export interface BlameFinding {
  pattern: BlamePattern;
  /** Softened by "unfortunately", "to be fair to …" and the like. */
  softened: boolean;
  /** The kind of person faulted, or null when the pattern names nobody in particular. */
  agent: AgentKind | null;
  /** The person as written ("Priya", "the release manager"), or ''. */
  agentText: string;
  /** The words the finding points at, as written. */
  text: string;
  line: number;
  /** 0-based column range on the line. */
  start: number;
  end: number;
  role: SectionRole;
}

/** Sentences that quote blame to reject it: "Rather than asking who slipped, we looked at …". */
const REJECTIONS = phraseIndex([
  'instead of asking', 'rather than asking', 'instead of blaming', 'rather than blaming', 'calling this', 'calling it',
  'it would be easy to', "it's tempting to", 'it is tempting to', 'not about who', 'the question is not', 'wrong question',
  'not a question of who', 'nobody is to blame', 'no one is to blame', 'not to blame', 'not about blame', 'blameless',
  'without blaming', 'no blame', 'not who', 'saying that', 'to say that', 'miss the point', 'misses the point',
  'easy to blame', 'easy to say', 'tempting to blame', 'tempting to say', 'not treating', 'not treat', 'not calling',
  'not call', 'not labelling', 'not labeling', 'not writing this off', 'not write this off', 'not framing', 'not frame',
]);

/** The patterns of the analysis sections, in the order they are tried: the first that sees blame in a sentence wins. */
const ANALYSIS_PATTERNS: readonly ((s: SentenceView) => SentenceFinding | null)[] = [
  rhetoricalQuestion, counterfactual, possessionOrResponsibility, passiveWithAgent,
  (s) => (s.question && s.answered ? null : agentFailure(s)), softenedBlame, judgement, personAsCause,
];

/** Elsewhere, the patterns that judge a person whatever the story: words of character, hindsight, "X forgot to", "X made a mistake", culprit questions. */
const PROSE_PATTERNS: readonly ((s: SentenceView, role: SectionRole) => SentenceFinding | null)[] = [
  rhetoricalQuestion, hindsight, possessiveFault, (s, role) => forgotTo(s, role !== 'timeline'), judgement,
];

/** With nobody in a sentence only these can see blame (every other pattern faults a person it finds there). */
const PERSONLESS_PATTERNS: readonly ((s: SentenceView) => SentenceFinding | null)[] = [rhetoricalQuestion, character];

/** Rough sentences: up to and including their closing punctuation. */
const ROUGH_SENTENCE = /[^.!?]*(?:[.!?]+|$)/g;

/**
 * Outside the analysis, the line with every sentence that passes no cheap test blanked (so offsets stay true), or
 * null when none passes: a long paragraph is read only where it may judge someone.
 */
function judgedSentences(text: string): string | null {
  if (!mayJudge(text)) return null;
  let kept = '';
  for (const m of text.matchAll(ROUGH_SENTENCE)) kept += mayJudge(m[0]) ? m[0] : ' '.repeat(m[0].length);
  return kept;
}

/** The `s`-th sentence of a line, read: its tokens, its people, and whether the line answers it. */
function view(all: readonly { tokens: readonly Token[]; question: boolean }[], s: number, people: PeopleContext): SentenceView {
  const sentence = all[s] ?? { tokens: [], question: false };
  const answered = sentence.question && all.slice(s + 1).some((later) => !later.question);
  const before = all[s - 1];
  const asked = !sentence.question && before?.question === true ? before.tokens : null;
  // A guessed name that nothing could prove a person ("Connection dropped …") is left out: every pattern asks
  // isPerson before it faults someone, so a sentence with nobody else in it skips the patterns.
  const mentions = mentionsIn(sentence.tokens, people).filter((m) => !m.guess || isPerson(m, sentence.tokens, true));
  return { tokens: sentence.tokens, question: sentence.question, answered, asked, mentions, people };
}

/** The findings of one line of a section. */
function lineFindings(written: string, line: number, role: SectionRole, people: PeopleContext, out: BlameFinding[]): void {
  const analysis = ANALYSIS_ROLES.includes(role);
  const text = analysis ? written : judgedSentences(written);
  if (text === null) return;
  const errors = analysis ? humanErrors(text) : [];
  const all = sentences(text);
  for (let s = 0; s < all.length; s++) {
    const v = view(all, s, people);
    const first = v.tokens[0];
    const last = v.tokens[v.tokens.length - 1];
    if (!first || !last || findPhrase(v.tokens, REJECTIONS) !== null) continue;
    // A sentence gives one finding: the human error it gives as a cause, else the first pattern that sees blame.
    const error = errors.find((e) => e.index >= first.start && e.index < last.end);
    if (error) {
      out.push({ pattern: 'human-error', softened: false, agent: null, agentText: '', text: error.text, line, start: error.index, end: error.index + error.text.length, role });
      continue;
    }
    let found: SentenceFinding | null = null;
    if (v.mentions.length === 0) for (const pattern of PERSONLESS_PATTERNS) found ??= pattern(v);
    else if (analysis) for (const pattern of ANALYSIS_PATTERNS) found ??= pattern(v);
    else for (const pattern of PROSE_PATTERNS) found ??= pattern(v, role);
    if (found !== null) out.push(finding(text, line, role, v, found));
  }
}

/** A sentence's finding as the rules report it: offsets on the line, the words as written. */
function finding(text: string, line: number, role: SectionRole, v: SentenceView, found: SentenceFinding): BlameFinding {
  const from = v.tokens[found.from] ?? NONE;
  const to = v.tokens[Math.max(found.from, found.to - 1)] ?? from;
  const agent = found.agent;
  const agentFrom = agent ? v.tokens[agent.from] : undefined;
  const agentTo = agent ? v.tokens[agent.to - 1] : undefined;
  return {
    pattern: found.pattern,
    softened: found.pattern !== 'softened' && isSoftened(v),
    agent: agent?.kind ?? null,
    agentText: agentFrom && agentTo ? text.slice(agentFrom.start, agentTo.end) : '',
    text: text.slice(from.start, to.end),
    line,
    start: from.start,
    end: to.end,
    role,
  };
}

const cache = new WeakMap<ParsedDocument, { teams: string; findings: readonly BlameFinding[] }>();

/** Every finding of blame in the document, in order (computed once per document and list of team names). */
export function blameFindings(doc: ParsedDocument, lines: readonly string[], teamNames: readonly string[]): readonly BlameFinding[] {
  const key = teamNames.join('\u0000');
  const cached = cache.get(doc);
  if (cached && cached.teams === key) return cached.findings;
  const pm = doc.postmortem;
  const people = peopleContext(peopleNames(pm), pm.services, [...pm.teams, ...teamNames]);
  const findings: BlameFinding[] = [];
  forEachProseLine(doc, lines, null, (text, line, role) => lineFindings(text, line, role, people, findings));
  cache.set(doc, { teams: key, findings });
  return findings;
}
