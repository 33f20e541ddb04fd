/** meta/required: the metadata every postmortem needs — title, severity, start and resolution times, author. */
import { effectiveTimes } from '../../core/derived.js';
import { locate } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'meta/required';
const PLACEHOLDER_TITLE = /^(?:issue name|incident name|incident title|title|untitled(?: postmortem)?|post-?mortem|tbd|todo|<[^>]*>|\[[^\]]*\])$/i;

function check(ctx: RuleContext): void {
  const { doc } = ctx;
  const pm = doc.postmortem;
  const title = pm.title.trim();
  if (!doc.spans.title || title === '' || PLACEHOLDER_TITLE.test(title)) {
    ctx.report({
      message: doc.spans.title && title !== '' ? `The title "${title}" is a placeholder: say what failed and for whom.` : 'The postmortem has no title: say what failed and for whom.',
      span: locate(doc, ['title']),
      suggestion: 'E.g. "title: Checkout failures after release 4.2" in the front matter, or a "# …" heading.',
    });
  }
  const fieldSpan = (key: string) => locate(doc, [key, 'frontMatter']);
  if (pm.severity === null) {
    ctx.report({ message: 'No severity: set SEV1–SEV4 so the review depth and deadlines follow.', span: fieldSpan('severity'), suggestion: 'E.g. "severity: SEV2" in the front matter.', severity: 'warn' });
  }
  const times = effectiveTimes(pm);
  if (times.startedAt === null) {
    ctx.report({ message: 'No start time: say when impact began (UTC), so duration and time to detect can be derived.', span: fieldSpan('times.startedAt'), suggestion: 'E.g. "started: 2024-03-01T14:05:00Z" in the front matter.', severity: 'warn' });
  }
  if (times.resolvedAt === null) {
    ctx.report({ message: 'No resolution time: say when impact ended (UTC), or add a resolution event to the timeline.', span: fieldSpan('times.resolvedAt'), suggestion: 'E.g. "resolved: 2024-03-01T14:50:00Z" in the front matter.', severity: 'warn' });
  }
  if (pm.author === null || pm.author.trim() === '') {
    ctx.report({ message: 'No author: name who wrote the postmortem, so readers know whom to ask.', span: fieldSpan('author'), suggestion: 'E.g. "author: Ana Lima" in the front matter.', severity: 'warn' });
  }
}

/** The rule object: required metadata. */
export const required: Rule = {
  id: ID,
  description:
    'A missing or placeholder title (an error), and — reported as warnings — no severity, no start time, no resolution time (the timeline counts) or no author.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [exampleDoc({ Summary: 'Checkout failed for 45 minutes.' }, 'title: Checkout outage\nseverity: SEV2\nauthor: Ana Lima\nstarted: 2024-03-01T14:05:00Z\nresolved: 2024-03-01T14:50:00Z')],
    invalid: [
      { source: exampleDoc({ Summary: 'Checkout failed for 45 minutes.' }, 'title: Checkout outage\nseverity: SEV2'), messages: 3 },
      { source: '# ISSUE NAME\n\n## Summary\n\nCheckout failed.\n', messages: 5 },
    ],
  },
};
