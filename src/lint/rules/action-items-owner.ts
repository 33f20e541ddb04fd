/** action-items/owner: every action item has one named person as owner — not nobody, a placeholder or a team. */
import { itemLabel, itemSpan } from '../action-item-refs.js';
import { classifyOwner } from '../owner-kind.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/owner';
const SUGGESTION = 'Name one person who will drive it to done, e.g. "Ana Lima" or "@alima"; they can delegate, but someone must be asked.';

function check(ctx: RuleContext): void {
  ctx.doc.postmortem.actionItems.forEach((item, i) => {
    const kind = classifyOwner(item.owner, ctx.options.teamNames);
    if (kind === 'person') return;
    const owner = `"${(item.owner ?? '').trim()}"`;
    const problem =
      kind === 'missing' ? 'has no owner'
      : kind === 'placeholder' ? `has a placeholder owner (${owner})`
      : kind === 'team' ? `is owned by a team (${owner}), and a team cannot be chased`
      : kind === 'role' ? `is owned by a role (${owner}), and whoever holds it changes`
      : `has several owners (${owner}), so each can assume another has it`;
    ctx.report({ message: `${itemLabel(item, i)} ${problem}: give it one named person.`, span: itemSpan(ctx.doc, i, 'owner'), suggestion: SUGGESTION });
  });
}

/** The rule object: one named person owns each action item. */
export const owner: Rule = {
  id: ID,
  description:
    'An action item with no owner, a placeholder (`TBD`, `???`, `n/a`, `Unassigned`, `to be assigned`, `someone`, `anybody`), a team or group (`Platform Team`, `SRE`, `Ops`, `Infra`, `Security`, `Release eng`, `the team`, `all devs`, `everyone`, `on-call`, a configured `teamNames` entry, or a handle or name with a group word anywhere in it: `@sre-oncall`, `@platform-eng`, `@backend-team`, `payments-squad`, `DataEng`), a chat channel or a mailing list (`#ops`, `sre-team@example.com`), a role (`Release manager`, `Tech lead`, `IC`) or several people. One named person owns each item: `@priya.n`, `Dana`, `Zoë Ødegaard`, `ana.lima@example.com`.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [exampleDoc({ 'Action items': actionTable(['Alert when checkout p99 > 2s for 5 min | Ana Lima | 2030-01-15 | P1 | open | OPS-12', 'Add a canary stage to the deploy | @bchen | 2030-01-20 | P2 | open | OPS-13']) })],
    invalid: [
      {
        source: exampleDoc({
          'Action items': actionTable([
            'Alert when checkout p99 > 2s for 5 min | Platform Team | 2030-01-15 | P1 | open | OPS-12',
            'Add a canary stage to the deploy | ??? | 2030-01-20 | P2 | open | OPS-13',
            'Page the database on-call on replica lag | @backend-team | 2030-01-20 | P2 | open | OPS-14',
            'Block deploys during failover |  | 2030-01-20 | P2 | open | OPS-15',
          ]),
        }),
        messages: 4,
      },
    ],
  },
};
