/** timeline/order: timeline events are listed in time order. */
import { formatCanonical } from '../../core/time/index.js';
import { locate } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'timeline/order';

function check(ctx: RuleContext): void {
  let previous: string | null = null;
  ctx.doc.postmortem.timeline.forEach((event, i) => {
    if (event.at === null) return;
    if (previous !== null && event.at < previous) {
      ctx.report({
        message: `The event at ${formatCanonical(event.at)} UTC is listed after one at ${formatCanonical(previous)} UTC: keep the timeline in time order, or fix the time.`,
        span: locate(ctx.doc, [`timeline.${i}`, 'timelineSection'], ['timeline']),
        suggestion: 'Move the row to its place in time; if the order is deliberate, say why in the event text.',
      });
    }
    previous = event.at;
  });
}

/** The rule object: events in time order. */
export const order: Rule = {
  id: ID,
  description:
    'A timeline event earlier than the event listed before it (events whose time could not be read are skipped). Out-of-order rows hide how the incident unfolded and usually mean a wrong time or date.',
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [exampleDoc({ Timeline: '| Time (UTC) | Event |\n| --- | --- |\n| 2024-03-01 14:05 | Deploy started |\n| 2024-03-01 14:30 | Alert fired |' })],
    invalid: [{ source: exampleDoc({ Timeline: '| Time (UTC) | Event |\n| --- | --- |\n| 2024-03-01 15:50 | Rollback finished |\n| 2024-03-01 14:30 | Alert fired |' }), messages: 1 }],
  },
};
