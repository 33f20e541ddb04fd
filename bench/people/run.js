// Who-is-a-person benchmark: debrief's own detector (src/lint/blame/person.ts) against compromise and wink-nlp on
// the labelled blame sentences of ../shared/judgement and of our own fresh and held-out sets (issue 10 asks to measure these libraries before choosing).
// For the sentences whose category puts a person, role or team at their centre, how many does each tool see a
// person in; for the clean sentences about systems and process, how many does it wrongly see one in; and the time
// per sentence (a clean sentence may name a role without blaming it: "the on-call had no dashboard"). Prints a Markdown table; also written to bench/.work/people-results.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const root = resolve(import.meta.dirname, '../..');
const { sentences } = await import(join(root, 'dist/lint/blame/tokens.js'));
const { mentionsIn, peopleContext, isPerson } = await import(join(root, 'dist/lint/blame/person.js'));

/** The development set, and the fresh and held-out sets of our own (sentences the detector was not written against). */
const SETS = ['../shared/judgement', 'test/fixtures/judgement-fresh', 'test/fixtures/judgement-holdout', 'test/fixtures/judgement-holdout-2'];
const set = { blame: [], clean: [] };
for (const dir of SETS) {
  const one = JSON.parse(readFileSync(resolve(root, dir, 'blame.json'), 'utf8'));
  set.blame.push(...one.blame);
  set.clean.push(...one.clean);
}
/** Blame categories whose sentences have a person, role or team as the one who failed (the others may name nobody). */
const PERSON_CATEGORIES = new Set(['named-person-failure', 'role-failure', 'team-failure', 'passive-with-agent', 'possessive-fault']);
/** Clean categories where a person would be a mistake: failures of systems whose names look like names, process gaps. */
const NOBODY_CATEGORIES = new Set(['system-failure-words', 'process-gap']);
const withPerson = set.blame.filter((item) => PERSON_CATEGORIES.has(item.category)).map((item) => item.text);
const withNobody = set.clean.filter((item) => NOBODY_CATEGORIES.has(item.category)).map((item) => item.text);

const context = peopleContext([], [], []);
const wink = winkNLP(model);
const its = wink.its;

const tools = {
  'debrief (people, roles, teams)': (text) => sentences(text).some((s) => mentionsIn(s.tokens, context).some((m) => m.kind !== 'nobody' && isPerson(m, s.tokens))),
  'compromise #Person': (text) => nlp(text).people().length > 0,
  'compromise #Person or a role noun': (text) => nlp(text).match('(#Person|#Actor)').length > 0,
  'wink-nlp (no person entities; pronouns and proper nouns)': (text) => wink.readDoc(text).tokens().out(its.pos).some((pos) => pos === 'PROPN' || pos === 'PRON'),
};

const ROUNDS = 5;
const rows = Object.entries(tools).map(([name, sees]) => {
  const found = withPerson.filter(sees).length;
  const wrong = withNobody.filter(sees).length;
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (const text of [...withPerson, ...withNobody]) sees(text);
    best = Math.min(best, performance.now() - t0);
  }
  const perSentence = (best * 1000) / (withPerson.length + withNobody.length);
  return `| ${name} | ${found}/${withPerson.length} | ${wrong}/${withNobody.length} | ${perSentence.toFixed(0)} µs |`;
});

const table = [
  `Sentences of ${SETS.join(', ')} (blame.json): ${withPerson.length} that blame a person, role or team; ${withNobody.length} clean ones about systems and process. Best of ${ROUNDS} rounds.`,
  '',
  '| tool | sees the person | sees a person in a clean sentence about systems or process | time per sentence |',
  '| --- | ---: | ---: | ---: |',
  ...rows,
].join('\n');
console.log(table);
mkdirSync(join(root, 'bench/.work'), { recursive: true });
writeFileSync(join(root, 'bench/.work/people-results.md'), `${table}\n`);
