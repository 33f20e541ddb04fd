/**
 * blameless/no-names-in-analysis: a person (an `@handle`, or a name the document uses for a person)
 * as the subject of a failure in What went poorly, Root cause, Contributing factors or the whys.
 * Naming who did what in the timeline or in What went well is fine.
 */
import { countWords } from '../../core/spaces.js';
import { phraseSpan } from '../locate.js';
import { findPeople, peopleNames, personMatcher } from '../people.js';
import { forEachProseLine } from '../prose.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'blameless/no-names-in-analysis';
const ANALYSIS = ['wentPoorly', 'rootCause', 'contributingFactors', 'whys'] as const;
const SECTION_NAMES: Record<(typeof ANALYSIS)[number], string> = {
  wentPoorly: 'What went poorly',
  rootCause: 'Root cause',
  contributingFactors: 'Contributing factors',
  whys: 'the whys',
};
/** A failure verb or phrase, searched in the few words after a name. */
const FAILURE =
  /\b(?:broke|breaks|broken|failed|fails|forgot|forgets|missed|misses|caused|causes|didn['’]t|did not|mistakenly|accidentally|wrongly|incorrectly|neglected|overlooked|ignored|messed up|screwed up|(?:pushed|deployed|merged|shipped|ran) an? (?:bad|broken|faulty|wrong|buggy|untested)|made an? (?:[a-z]+ )?(?:mistake|error))\b/i;
/** How far after a name a failure phrase may start, in words and characters. */
const MAX_WORDS_BETWEEN = 4;
const LOOKAHEAD = 80;
const SENTENCE_END = /[.;!?](?:\s|$)/;

/** Words here are separated by control characters and spaces. */
const isBlank = (code: number): boolean => code <= 32;

function check(ctx: RuleContext): void {
  const people = personMatcher(peopleNames(ctx.doc.postmortem));
  forEachProseLine(ctx.doc, ctx.lines, ANALYSIS, (text, line, role) => {
    for (const m of findPeople(text, people)) {
      const after = m.index + m.text.length;
      let window = text.slice(after, after + LOOKAHEAD);
      const stop = SENTENCE_END.exec(window);
      if (stop) window = window.slice(0, stop.index);
      const failure = FAILURE.exec(window);
      if (!failure || countWords(window.slice(0, failure.index), isBlank) > MAX_WORDS_BETWEEN) continue;
      const end = after + failure.index + failure[0].length;
      const where = SECTION_NAMES[role as (typeof ANALYSIS)[number]];
      ctx.report({
        message: `"${m.text}" is named as the subject of a failure ("${failure[0]}") in ${where}: analysis is about conditions and systems, not people. Name the role or the mechanism instead.`,
        span: phraseSpan(line, m.index, end - m.index),
        suggestion: 'Rewrite around the system: "the deploy went out without a canary because the pipeline lets anyone skip it".',
      });
    }
  });
}

/** The rule object: people named as the cause of a failure in the analysis sections. */
export const noNamesInAnalysis: Rule = {
  id: ID,
  description:
    'A person — an `@handle`, or a name the document uses for a person anywhere (author, commander, action-item owners, timeline actors, reviewers and attendees) — as the subject of a failure ("broke", "failed", "forgot", "missed", "caused", "didn\'t", "accidentally", "pushed a bad …") in What went poorly, Root cause, Contributing factors or the whys. Naming who did what in the timeline or in What went well is fine.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [
      exampleDoc({ 'What went well': '- @ana quickly rolled back the release.', 'What went poorly': '- The canary stage can be skipped by anyone with deploy rights.' }),
      exampleDoc({ Timeline: '| Time (UTC) | Event | Who |\n| --- | --- | --- |\n| 2024-03-01 14:05 | Deployed release 4.2 | Ana Lima |', 'Root cause': 'Release 4.2 broke the checkout because the migration locked the orders table.' }),
    ],
    invalid: [
      { source: exampleDoc({ 'What went poorly': '- @bob accidentally deployed to production.\n- Alice Chen missed the alert.' }, 'title: Checkout outage\nauthor: Alice Chen'), messages: 2 },
      { source: exampleDoc({ Timeline: '| Time (UTC) | Event | Who |\n| --- | --- | --- |\n| 2024-03-01 14:05 | Deployed release 4.2 | Ana Lima |', 'Contributing factors': '- Ana pushed a bad config without review.' }), messages: 1 },
    ],
  },
};
