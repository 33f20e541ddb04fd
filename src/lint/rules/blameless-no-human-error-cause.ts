/**
 * blameless/no-human-error-cause: "human error" / "operator error" given as the root cause, as a
 * contributing factor (many teams write their causes there) or as the last why.
 */
import { HUMAN_ERROR, humanErrorIn } from '../human-error.js';
import { locate, phraseSpan } from '../locate.js';
import { forEachProseLine, proseLines } from '../prose.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'blameless/no-human-error-cause';
const SUGGESTION = 'Describe what made the error possible: "the CLI accepted a production target without confirmation, and nothing reviewed the command".';

function message(found: string, where: string): string {
  return `"${found}" is given as ${where}: it says who, not why. Ask what made the action easy to get wrong and what would have caught it.`;
}

function check(ctx: RuleContext): void {
  const { doc } = ctx;
  forEachProseLine(doc, ctx.lines, ['rootCause', 'contributingFactors'], (text, line, role) => {
    for (const m of text.matchAll(HUMAN_ERROR)) {
      const where = role === 'rootCause' ? 'the root cause' : 'a contributing factor';
      ctx.report({ message: message(m[0], where), span: phraseSpan(line, m.index, m[0].length), suggestion: SUGGESTION });
    }
  });
  const whys = doc.postmortem.whys;
  const last = whys.length - 1;
  const lastWhy = whys[last];
  const found = lastWhy === undefined ? null : humanErrorIn(lastWhy);
  if (found === null) return;
  const span = doc.spans[`whys.${last}`];
  const prose = proseLines(doc, ctx.lines);
  if (span) {
    for (let n = span.line; n <= span.endLine; n++) {
      for (const m of (prose[n - 1] ?? '').matchAll(HUMAN_ERROR)) {
        ctx.report({ message: message(m[0], 'the last why'), span: phraseSpan(n, m.index, m[0].length), suggestion: SUGGESTION });
      }
    }
    return;
  }
  ctx.report({ message: message(found, 'the last why'), span: locate(doc, [], ['whys']), suggestion: SUGGESTION });
}

/** The rule object: "human error" as a root cause. */
export const noHumanErrorCause: Rule = {
  id: ID,
  description:
    '"Human error", "operator error", "user error" (and similar) given as the root cause, as a contributing factor or as the last answer of the why-chain. It names who, not why: the analysis stops where it should start.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [
      exampleDoc({ 'Root cause': 'The migration tool applied a schema change to production without a dry run, because the production target needed no confirmation.' }),
      exampleDoc({ 'Five whys': '1. Why did checkout fail? An operator error dropped the index.\n2. Why was that possible? The CLI ran against production without confirmation.\n3. Why? Confirmation prompts were never required for schema tools.' }),
    ],
    invalid: [
      { source: exampleDoc({ 'Root cause': 'Human error during the maintenance window.' }), messages: 1 },
      { source: exampleDoc({ 'Contributing factors': '- Human error in not knowing where the logs are stored.\n- The logging setup is not documented.' }), messages: 1 },
      { source: exampleDoc({ 'Five whys': '1. Why did checkout fail? The index was dropped.\n2. Why was it dropped? Operator error.' }), messages: 1 },
    ],
  },
};
