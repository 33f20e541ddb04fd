/**
 * blameless/no-human-error-cause: "human error" and its kin ("operator error", "a technician made an error", "a
 * fat-fingered hostname", "a lapse in concentration", "the weakest link is the human") given as a cause in the analysis
 * sections, or as the last why. Quoted to be rejected ("we do not accept operator error as an answer") it passes.
 */
import { blameFindings } from '../blame/analyse.js';
import { blameMessage, blameRewrite } from '../blame/rewrites.js';
import { phraseSpan } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'blameless/no-human-error-cause';

function check(ctx: RuleContext): void {
  const { doc } = ctx;
  // In the why-chain only the last answer ends the analysis: an earlier "operator error" is followed by more whys.
  const lastWhy = doc.spans[`whys.${doc.postmortem.whys.length - 1}`];
  for (const f of blameFindings(doc, ctx.lines, ctx.options.teamNames)) {
    if (f.pattern !== 'human-error') continue;
    if (f.role === 'whys' && lastWhy && (f.line < lastWhy.line || f.line > lastWhy.endLine)) continue;
    ctx.report({ message: blameMessage(f), span: phraseSpan(f.line, f.start, f.end - f.start), suggestion: blameRewrite(f) });
  }
}

/** The rule object: "human error" as a cause. */
export const noHumanErrorCause: Rule = {
  id: ID,
  description:
    '"Human error", "operator error", "user error", "someone made a mistake", "an engineer made an error", "a fat-fingered hostname", "a lapse in concentration", "humans are the weakest link" (and similar) given as a cause in the analysis sections (root cause, contributing factors, what went poorly, lessons, surprises) or as the last answer of the why-chain. It names who, not why: the analysis stops where it should start. Quoted to be rejected ("we do not accept operator error as an answer") it passes.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [
      exampleDoc({ 'Root cause': 'The migration tool applied a schema change to production without a dry run, because the production target needed no confirmation.' }),
      exampleDoc({ 'Five whys': '1. Why did checkout fail? An operator error dropped the index.\n2. Why was that possible? The CLI ran against production without confirmation.\n3. Why? Confirmation prompts were never required for schema tools.' }),
      exampleDoc({ 'Lessons learned': '- Labelling this operator error would explain nothing: the purge endpoint took a wildcard host with no preview.' }),
    ],
    invalid: [
      { source: exampleDoc({ 'Root cause': 'Human error during the maintenance window.' }), messages: 1 },
      { source: exampleDoc({ 'Contributing factors': '- Human error in not knowing where the logs are stored.\n- The logging setup is not documented.' }), messages: 1 },
      { source: exampleDoc({ 'Five whys': '1. Why did checkout fail? The index was dropped.\n2. Why was it dropped? Operator error.' }), messages: 1 },
      { source: exampleDoc({ 'Lessons learned': '- A fat-fingered hostname sent the purge to every edge node.\n- In the end, humans are the weakest link in any rollout.' }), messages: 2 },
    ],
  },
};
