/** rca/depth: a full postmortem's why-chain goes at least three steps and ends at a cause the system can change. */
import { humanErrorIn } from '../human-error.js';
import { locate } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'rca/depth';
const MIN_WHYS = 3;
/** What an observation (not a cause) sounds like… */
const SYMPTOM = /\b(?:timed? ?out|timeouts?|5\d\d|errors?|went down|was down|were down|crash(?:ed|es)?|was slow|were slow|latency|high (?:cpu|load|memory)|outage|unavailable|unresponsive|overloaded|failed|failing)\b/i;
/** …unless it also says why. */
const CAUSAL = /\b(?:because|since|due to|no |not |never|lack(?:ed|s|ing)?|missing|without|allowed|let |did not have|didn't have|had no|nothing)\b/i;

function check(ctx: RuleContext): void {
  const { doc } = ctx;
  const pm = doc.postmortem;
  if (pm.kind !== 'full' || (pm.whys.length === 0 && pm.rootCause.trim() === '')) return;
  const where = locate(doc, [], ['whys', 'rootCause']);
  if (pm.whys.length < MIN_WHYS) {
    ctx.report({
      message: pm.whys.length === 0
        ? 'The root cause has no why-chain: ask "why?" at least three times, until the answer is something the system or process can change.'
        : `The why-chain stops after ${pm.whys.length} step${pm.whys.length === 1 ? '' : 's'}: keep asking "why?" (at least ${MIN_WHYS}) until the answer is something the system or process can change.`,
      span: where,
      suggestion: 'Add "## Five whys" with a numbered list: 1. Why did checkout fail? … 2. Why did that happen? …',
    });
  }
  const last = pm.whys.length - 1;
  const lastWhy = pm.whys[last];
  if (lastWhy === undefined) return;
  const span = locate(doc, [`whys.${last}`], ['whys']);
  const human = humanErrorIn(lastWhy);
  if (human !== null) {
    ctx.report({ message: `The why-chain ends at "${human}": a person is not a root cause. Ask why the mistake was possible and why nothing caught it.`, span, suggestion: 'Add the next why: "Why could one command drop a production index?"' });
  } else if (SYMPTOM.test(lastWhy) && !CAUSAL.test(lastWhy)) {
    ctx.report({ message: 'The why-chain ends at a symptom (what was observed), not at a cause: ask why once more.', span, suggestion: 'Keep asking until the answer names a missing safeguard, a design choice or a process gap.' });
  }
}

/** The rule object: a deep enough why-chain. */
export const depth: Rule = {
  id: ID,
  description: `In a full postmortem with a root cause, a why-chain shorter than ${MIN_WHYS} steps, or whose last answer is a symptom ("the API timed out") or human error.`,
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [exampleDoc({ 'Root cause': 'Release 4.2 locked the orders table.', 'Five whys': '1. Why did checkout fail? The orders table was locked.\n2. Why was it locked? Release 4.2 ran a blocking migration.\n3. Why could it? Our deploy pipeline has no check for blocking migrations.' })],
    invalid: [
      { source: exampleDoc({ 'Root cause': 'Release 4.2 locked the orders table.', 'Five whys': '1. Why did checkout fail? The orders table was locked.' }), messages: 1 },
      { source: exampleDoc({ 'Root cause': 'Release 4.2 locked the orders table.', 'Five whys': '1. Why did users see errors? Checkout requests failed.\n2. Why? The orders table was locked.\n3. Why? The checkout API timed out.' }), messages: 1 },
    ],
  },
};
