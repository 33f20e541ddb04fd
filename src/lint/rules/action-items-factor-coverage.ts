/** action-items/factor-coverage: every contributing factor is addressed by at least one action item. */
import { locate } from '../locate.js';
import { quote } from '../quote.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'action-items/factor-coverage';

const ITEMS = ['| ID | Action | Owner | Due | Priority | Status | Ticket |', '| --- | --- | --- | --- | --- | --- | --- |', '| AI-1 | Add a canary stage to the deploy | Ana Lima | 2099-01-15 | P1 | open | OPS-12 |'].join('\n');

function check(ctx: RuleContext): void {
  const { postmortem: pm } = ctx.doc;
  const ids = new Set(pm.actionItems.map((item) => item.id).filter((id): id is string => id !== null));
  pm.contributingFactors.forEach((factor, i) => {
    const span = locate(ctx.doc, [`contributingFactors.${i}`], ['contributingFactors']);
    const label = `Contributing factor ${quote(factor.text, 50)}`;
    if (factor.actionItems.length === 0) {
      ctx.report({
        message: `${label} has no action item: add one that addresses it and link it, or say why none is needed.`,
        span,
        suggestion: 'End the bullet with the ids of the items that address it: "… (actions: AI-1, AI-2)".',
      });
      return;
    }
    const unknown = factor.actionItems.filter((id) => !ids.has(id));
    if (unknown.length > 0) {
      ctx.report({
        message: `${label} links to ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not an action item id' : 'are not action item ids'} in this document: fix the link or add the item.`,
        span,
      });
    }
  });
}

/** The rule object: no contributing factor without an action item. */
export const factorCoverage: Rule = {
  id: ID,
  description:
    'A contributing factor that no action item addresses (in our format, a factor bullet ends with `(actions: AI-1, AI-2)`), or that links to an action item id the document does not have.',
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [exampleDoc({ 'Contributing factors': '- **Technical** — The deploy had no canary stage (actions: AI-1)', 'Action items': ITEMS })],
    invalid: [
      {
        source: exampleDoc({ 'Contributing factors': '- **Technical** — The deploy had no canary stage\n- **Process** — Nobody reviewed the runbook (actions: AI-9)', 'Action items': ITEMS }),
        messages: 2,
      },
    ],
  },
};
