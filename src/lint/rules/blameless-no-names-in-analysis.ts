/**
 * blameless/no-names-in-analysis: a named person — an `@handle`, a name the document uses for a person, or a given
 * name found in the text — as the one who failed, was careless, should have known, owns the fault or is asked about
 * in accusation, in the analysis sections; and any named person in What went poorly. Naming who did what in the
 * timeline or in What went well is fine, and so are neutral acts and praise in the analysis.
 */
import { ANALYSIS_ROLES, blameFindings } from '../blame/analyse.js';
import { blameMessage, blameRewrite } from '../blame/rewrites.js';
import { phraseSpan } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'blameless/no-names-in-analysis';

function check(ctx: RuleContext): void {
  for (const f of blameFindings(ctx.doc, ctx.lines, ctx.options.teamNames)) {
    if (f.pattern === 'human-error' || !ANALYSIS_ROLES.includes(f.role) || (f.agent !== 'name' && f.agent !== 'handle')) continue;
    ctx.report({ message: blameMessage(f), span: phraseSpan(f.line, f.start, f.end - f.start), suggestion: blameRewrite(f) });
  }
}

/** The rule object: people named as the cause of a failure in the analysis sections. */
export const noNamesInAnalysis: Rule = {
  id: ID,
  description:
    'A named person — an `@handle`, a name the document uses for a person (author, commander, owners, timeline actors, reviewers, attendees) or a given name in the text (English and other languages, accents included; "Kafka", "Jenkins" or "the Atlas service" are systems, not people) — as the one who failed ("Marta bypassed the staging step", "the queue was purged by Ilya"), owning the fault ("Bram\'s faulty script", "the outage is on Lucia"), judged ("Tomás is too careless for on-call"), second-guessed ("Nadia should have paged the DBA", "Ravi was supposed to check"), accused ("What was Olu thinking?") or ending a why ("Why did the job run twice? Because Bruno started it again.") in the analysis sections (root cause, the whys, contributing factors, what went poorly, lessons, surprises). Naming who did what in the timeline or in What went well is fine, and so are neutral acts ("Ana paged the network team at 09:40"), investigation ("Wen graphed the latency by host") and praise in the analysis.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [
      exampleDoc({ 'What went well': '- @ana quickly rolled back the release.', 'What went poorly': '- The canary stage can be skipped by anyone with deploy rights.' }),
      exampleDoc({ Timeline: '| Time (UTC) | Event | Who |\n| --- | --- | --- |\n| 2024-03-01 14:05 | Deployed release 4.2 | Ana Lima |', 'Root cause': 'Release 4.2 broke the checkout because the migration locked the orders table. Ana traced the lock with the slow-query log.' }),
    ],
    invalid: [
      { source: exampleDoc({ 'What went poorly': '- @bob accidentally deployed to production.\n- Alice Chen missed the alert.' }, 'title: Checkout outage\nauthor: Alice Chen'), messages: 2 },
      { source: exampleDoc({ 'Root cause': 'Marta bypassed the staging step and shipped the build straight to production.', 'Contributing factors': '- The retention policy was deleted by Ilya without a review.' }), messages: 2 },
    ],
  },
};
