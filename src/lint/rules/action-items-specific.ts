/** action-items/specific: vague actions no one could ever tick off or check ("improve monitoring", "be more careful"). */
import { memoize } from '../../core/memoize.js';
import { itemLabel, itemSpan } from '../action-item-refs.js';
import { vaguenessProblem, vaguenessSuggestion } from '../actions/rewrite.js';
import { judgeTitle } from '../actions/vagueness.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/specific';

/** Titles recur (templates, copied items): the verdict on each is remembered. */
const judged = memoize(judgeTitle, 2_000);

function check(ctx: RuleContext): void {
  ctx.doc.postmortem.actionItems.forEach((item, i) => {
    const found = judged(item.title);
    if (found === null) return;
    ctx.report({ message: `${itemLabel(item, i)} ${vaguenessProblem(found)}`, span: itemSpan(ctx.doc, i), suggestion: vaguenessSuggestion(found) });
  });
}

/** The rule object: vague action items. */
export const specific: Rule = {
  id: ID,
  description:
    'Vague actions no one could ever tick off or check: a goal with no mechanism, a look or a talk with nothing produced, an exhortation, or a kind of work with nothing in particular. An action item names what will change (a mechanism, a component, a check, a limit, a test, a runbook that is rehearsed) and how anyone will know it is done. Caught, whatever the words: goals ("improve performance of search", "make deploys safer", "harden the bastion hosts", "prevent this from happening again"), looks and talks ("investigate further", "look into the 502s", "consider sharding", "ask the CDN provider"; an investigation that delivers a write-up, a decision or tickets is fine), exhortations ("be more careful", "double-check migrations", "raise awareness", "keep an eye on disk usage"), kinds of work or more of them ("more monitoring", "add tests", "fix the issue"), and an empty title. A measure, a threshold, a mechanism given as the means ("by adding …", "with a canary"), a trigger with a mechanism ("alert when …") or a later clause that is a specific action of its own ("… and add a retry with backoff") make an item specific. Each finding says what is missing and suggests a rewrite fitted to the item.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [
      exampleDoc({
        'Action items': actionTable([
          'Alert when checkout p99 > 2s for 5 min | Ana Lima | 2030-01-15 | P1 | open | OPS-12',
          'Improve monitoring of the payment queue by alerting at 10k messages | Bo Chen | 2030-01-20 | P2 | open | OPS-13',
          'Investigate the replica lag and write up the findings with a proposal in OPS-20 | Bo Chen | 2030-01-20 | P2 | open | OPS-14',
          'Document the cache failover steps in its runbook and practise them at the March game day | Ana Lima | 2030-02-01 | P2 | open | OPS-15',
        ]),
      }),
    ],
    invalid: [
      {
        source: exampleDoc({
          'Action items': actionTable([
            'Improve monitoring | Ana Lima | 2030-01-15 | P1 | open | OPS-12',
            'Be more careful when deploying | Bo Chen | 2030-01-20 | P2 | open | OPS-13',
            'Look into the cache | Bo Chen | 2030-01-20 | P3 | open | OPS-14',
            'Make the checkout flow more resilient | Ana Lima | 2030-01-20 | P2 | open | OPS-15',
            'More tests | Bo Chen | 2030-01-20 | P3 | open | OPS-16',
          ]),
        }),
        messages: 5,
      },
    ],
  },
};
