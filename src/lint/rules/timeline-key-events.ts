/** timeline/key-events: a timeline says when the problem was detected and when it was resolved. */
import { kindOf } from '../../core/derived.js';
import type { EventKind } from '../../core/postmortem.schema.js';
import { locate } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'timeline/key-events';

const KEY_EVENTS: readonly { kinds: readonly EventKind[]; what: string; why: string; suggestion: string }[] = [
  { kinds: ['alert', 'detection'], what: 'detection event (when and how the problem was noticed)', why: 'time to detect cannot be derived and detection gaps stay hidden', suggestion: 'Add the row for the first alert or report, with Kind "alert" or "detection".' },
  { kinds: ['resolution'], what: 'resolution event (when impact ended)', why: 'the duration and time to resolve cannot be derived', suggestion: 'Add the row for when service was back to normal, with Kind "resolution".' },
];

function check(ctx: RuleContext): void {
  const events = ctx.doc.postmortem.timeline;
  if (events.length === 0) return;
  for (const key of KEY_EVENTS) {
    // A row without a written kind counts as the kind its text suggests ("Hit-rate alert fired" is an alert).
    if (events.some((e) => (key.kinds as readonly (EventKind | null)[]).includes(kindOf(e)))) continue;
    ctx.report({
      message: `The timeline has no ${key.what}: without it ${key.why}.`,
      span: locate(ctx.doc, ['timelineSection'], ['timeline']),
      suggestion: key.suggestion,
    });
  }
}

/** The rule object: detection and resolution in the timeline. */
export const keyEvents: Rule = {
  id: ID,
  description:
    'A timeline with no detection event (kind `alert` or `detection`) or no resolution event (kind `resolution`). Kinds come from the Kind column of our format, or are inferred from the event text ("alert fired", "resolved").',
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [exampleDoc({ Timeline: '| Time (UTC) | Event | Who | Kind | Source |\n| --- | --- | --- | --- | --- |\n| 2024-03-01 14:05 | Checkout error alert fired |  | alert |  |\n| 2024-03-01 14:50 | Error rate back to normal |  | resolution |  |' })],
    invalid: [{ source: exampleDoc({ Timeline: '| Time (UTC) | Event | Who | Kind | Source |\n| --- | --- | --- | --- | --- |\n| 2024-03-01 14:05 | Deploy of release 4.2 |  | change |  |\n| 2024-03-01 14:20 | Rolled back release 4.2 |  | mitigation |  |' }), messages: 2 }],
  },
};
