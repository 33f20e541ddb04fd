/**
 * timeline/unparsed-time: a timeline entry whose time cannot be read (placeholders such as `--:--`,
 * impossible values such as `13:33 PM`). The parser reports these while it reads the timeline;
 * this rule only carries the id, the default severity and the documented examples.
 */
import type { Rule } from '../types.js';
import { exampleDoc } from './example-doc.js';

/** The rule object: readable timeline times (reported by the parser). */
export const unparsedTime: Rule = {
  id: 'timeline/unparsed-time',
  description:
    'A timeline entry whose time cannot be read: a placeholder (`HH:mm`, `--:--`, `[???]`), an impossible value (`13:33 PM`, `2020-02-06 07:7:47`) or an `unresolved:` cell in our format. The event is kept with no time; write it as `YYYY-MM-DD HH:MM` UTC. Reported by the parser.',
  defaultSeverity: 'warn',
  check: () => undefined,
  examples: {
    valid: [exampleDoc({ Timeline: '| Time (UTC) | Event |\n| --- | --- |\n| 2024-03-01 14:05 | Deploy of release 4.2 started |' })],
    invalid: [{ source: exampleDoc({ Timeline: '| Time (UTC) | Event |\n| --- | --- |\n| unresolved: 2019-12-03 --:-- | Deploy of release 4.2 started |' }), messages: 1 }],
  },
};
