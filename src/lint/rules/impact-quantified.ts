/** impact/quantified: an impact section says how much, with at least one number. */
import { locate } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'impact/quantified';
const DIGIT = /\d/;

function check(ctx: RuleContext): void {
  const values = Object.values(ctx.doc.postmortem.impact).filter((v): v is string => v !== null && v.trim() !== '');
  if (values.length === 0 || values.some((v) => DIGIT.test(v))) return;
  ctx.report({
    message: 'The impact has no numbers: say how many users, requests, orders or how much money, and for how long — not "some users" or "significant".',
    span: locate(ctx.doc, ['impact'], ['impact']),
    suggestion: 'E.g. "12% of checkout requests failed for 45 minutes (about 3,400 orders); 27 support tickets."',
  });
}

/** The rule object: numbers in the impact. */
export const quantified: Rule = {
  id: ID,
  description: 'An impact (the section text and the impact fields together) without a single digit. Impact is numbers, not adjectives: users affected, error rate, failed transactions, revenue, tickets, SLA.',
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [exampleDoc({ Impact: '12% of checkout requests failed for 45 minutes (about 3,400 orders).' })],
    invalid: [{ source: exampleDoc({ Impact: 'Some users could not check out for a while; the impact was significant.' }), messages: 1 }],
  },
};
