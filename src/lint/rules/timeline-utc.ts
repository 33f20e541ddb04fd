/**
 * timeline/utc: timeline times with no zone, or in a zone other than UTC. The parser reports these
 * while it reads the timeline (it knows the zone each time was written in); this rule only carries
 * the id, the default severity and the documented examples. Our own format's `Time (UTC)` cells are never reported.
 */
import type { Rule } from '../types.js';
import { exampleDoc } from './example-doc.js';

/** The rule object: times in UTC (reported by the parser). */
export const utc: Rule = {
  id: 'timeline/utc',
  description:
    'A timeline time with no time zone anywhere (line, column header, heading or a sentence such as "All times UTC"), or in a zone other than UTC; the message says what the time is in UTC. Reported by the parser, which knows where each time came from.',
  defaultSeverity: 'warn',
  check: () => undefined,
  examples: {
    valid: [exampleDoc({ Timeline: '| Time (UTC) | Event |\n| --- | --- |\n| 2024-03-01 14:05 | Deploy of release 4.2 started |' })],
    invalid: [{ source: exampleDoc({ Timeline: 'All times PST.\n\n- 2024-03-01 14:20 – Deploy of release 4.2 started\n- 2024-03-01 14:31 – Checkout errors alert fired' }), messages: 2 }],
  },
};
