/** action-items/specific: vague actions that nobody can finish or verify ("improve monitoring", "be more careful"). */
import { memoize } from '../../core/memoize.js';
import { itemLabel, itemSpan } from '../action-item-refs.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/specific';

const MONITORING = 'Name the alert, the threshold and the dashboard: "Alert when checkout p99 > 2s for 5 min".';
const TESTING = 'Name the test and what it proves: "Add an integration test that fails when a migration locks the orders table".';
const COMMUNICATION = 'Name the channel, the trigger and the timing: "Post to #status within 10 minutes of a SEV1 page".';
const GUARD_RAIL = 'Replace vigilance with a guard rail: "Require a second approval for production config changes".';
const DECISION = 'State the change or the decision to be made, with a date: "Decide by 2024-04-01 whether to shard the orders table".';
const FIX = 'Name what changes: "Add retries with backoff to the payment client".';

/** Vague objects of "improve …", with the rewrite that fits them. */
const VAGUE_OBJECTS: readonly [RegExp, string][] = [
  [/^(?:monitoring|alerting|alerts|observability|visibility|metrics|dashboards?|logging|logs)$/, MONITORING],
  [/^(?:testing|tests|test coverage|qa|validation)$/, TESTING],
  [/^(?:communication|comms|coordination|collaboration|documentation|docs|runbooks?|processe?s?|training|awareness|on-?call)$/, COMMUNICATION],
  [/^(?:reliability|stability|resilience|performance|quality|security|the system|infrastructure|code quality)$/, FIX],
];
const IMPROVE = /^(?:improve|improved|better|more|enhance|increase|strengthen|add more|add better|review|revisit|update)\s+(?:the\s+|our\s+)?(.+)$/;
const PATTERNS: readonly [RegExp, string][] = [
  [/\bbe (?:more )?(?:careful|vigilant|diligent|thorough|attentive)\b|\bpay (?:more )?attention\b|\bdouble[- ]check\b/, GUARD_RAIL],
  [/^test (?:more|better|harder)\b|\bmore testing\b/, TESTING],
  [/^(?:look into|looking into|think about|consider|explore|investigate options)\b/, DECISION],
  [/^fix (?:the |this |that )?(?:issue|bug|problem|it)$/, FIX],
  [/^(?:better|improved?) (?:communication|comms)$/, COMMUNICATION],
];

/** The rewrite for a vague title, or null when the title is specific enough. */
function readVagueness(title: string): string | null {
  const text = title.toLowerCase().replace(/[*_`]/g, '').replace(/[.!\s]+$/, '').trim();
  if (text === '') return FIX;
  for (const [pattern, suggestion] of PATTERNS) if (pattern.test(text)) return suggestion;
  const object = IMPROVE.exec(text)?.[1];
  if (object !== undefined) {
    for (const [pattern, suggestion] of VAGUE_OBJECTS) if (pattern.test(object)) return suggestion;
  }
  return null;
}

/** Titles recur (templates, copied items): the verdict on each is remembered. */
const vagueness = memoize(readVagueness, 2_000);

function check(ctx: RuleContext): void {
  ctx.doc.postmortem.actionItems.forEach((item, i) => {
    const suggestion = vagueness(item.title);
    if (suggestion === null) return;
    ctx.report({
      message: `${itemLabel(item, i)} is too vague to be done or verified: say exactly what will change, where, and how you will know it worked.`,
      span: itemSpan(ctx.doc, i),
      suggestion,
    });
  });
}

/** The rule object: vague action items. */
export const specific: Rule = {
  id: ID,
  description:
    'Vague actions that nobody can finish or verify: "improve monitoring", "better alerting", "be more careful", "test more", "look into …", "better communication", "fix the issue", or an empty title. An action item names the concrete change.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [exampleDoc({ 'Action items': actionTable(['Alert when checkout p99 > 2s for 5 min | Ana Lima | 2030-01-15 | P1 | open | OPS-12', 'Improve monitoring of the payment queue by alerting at 10k messages | Bo Chen | 2030-01-20 | P2 | open | OPS-13']) })],
    invalid: [
      {
        source: exampleDoc({
          'Action items': actionTable(['Improve monitoring | Ana Lima | 2030-01-15 | P1 | open | OPS-12', 'Be more careful when deploying | Bo Chen | 2030-01-20 | P2 | open | OPS-13', 'Look into the cache | Bo Chen | 2030-01-20 | P3 | open | OPS-14']),
        }),
        messages: 3,
      },
    ],
  },
};
