/**
 * structure/required-sections: the parts each kind of postmortem needs. An empty Summary section is
 * left to structure/summary-length, so one problem gives one message.
 */
import type { SectionRole } from '../../core/document.js';
import { lineSpan } from '../../core/document.js';
import type { Kind, Postmortem } from '../../core/postmortem.schema.js';
import { sectionWithRole } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'structure/required-sections';

interface Part {
  name: string;
  roles: readonly SectionRole[];
  has(pm: Postmortem): boolean;
  hint: string;
}

const hasImpact = (pm: Postmortem) => Object.values(pm.impact).some((v) => v !== null && v.trim() !== '');

const PARTS = {
  summary: { name: 'Summary', roles: ['summary'], has: (pm) => pm.summary.trim() !== '', hint: 'two or three sentences for people who will read nothing else' },
  whatHappened: { name: 'What happened', roles: ['whatHappened', 'timeline'], has: (pm) => pm.whatHappened.trim() !== '' || pm.timeline.length > 0, hint: 'a short account or a timeline of what happened' },
  impact: { name: 'Impact', roles: ['impact'], has: hasImpact, hint: 'who was affected and how much, in numbers' },
  timeline: { name: 'Timeline', roles: ['timeline'], has: (pm) => pm.timeline.length > 0, hint: 'the events in UTC, from the trigger to resolution' },
  // Many teams write their cause analysis under "Contributing Factors": it counts.
  rootCause: {
    name: 'Root cause',
    roles: ['rootCause', 'whys', 'contributingFactors'],
    has: (pm) => pm.rootCause.trim() !== '' || pm.whys.length > 0 || pm.contributingFactors.length > 0,
    hint: 'what broke, why, and why the safeguards did not stop it',
  },
  lessons: {
    name: 'Lessons (What went well and What went poorly)',
    roles: ['lessonsGroup', 'lessons', 'wentWell', 'wentPoorly'],
    has: (pm) => pm.lessons.length > 0 || (pm.wentWell.length > 0 && pm.wentPoorly.length > 0),
    hint: 'what went well, what went poorly, and what we learned',
  },
  actionItems: { name: 'Action items', roles: ['actionItems'], has: (pm) => pm.actionItems.length > 0, hint: 'at least one action that prevents recurrence, with an owner and a date' },
} satisfies Record<string, Part>;

const REQUIRED: Record<Kind, readonly Part[]> = {
  full: [PARTS.summary, PARTS.impact, PARTS.timeline, PARTS.rootCause, PARTS.actionItems, PARTS.lessons],
  lightweight: [PARTS.summary, PARTS.whatHappened, PARTS.actionItems],
  near_miss: [PARTS.summary, PARTS.whatHappened, PARTS.actionItems],
};
const KIND_NAMES: Record<Kind, string> = { full: 'a full postmortem', lightweight: 'a lightweight postmortem', near_miss: 'a near-miss review' };

function check(ctx: RuleContext): void {
  const { doc } = ctx;
  const pm = doc.postmortem;
  for (const part of REQUIRED[pm.kind]) {
    if (part.has(pm)) continue;
    const section = sectionWithRole(doc, part.roles);
    if (section && part === PARTS.summary) continue;
    ctx.report({
      message: section
        ? `Section "${section.heading}" is empty; ${KIND_NAMES[pm.kind]} needs ${part.hint}.`
        : `Missing section: ${part.name}. ${KIND_NAMES[pm.kind].replace(/^a/, 'A')} needs ${part.hint}.`,
      span: section ? lineSpan(section.headingLine) : lineSpan(1),
      suggestion: `Add "## ${part.name.replace(/ \(.*\)$/, '')}" with ${part.hint}.`,
    });
  }
}

/** The rule object: the sections each kind needs. */
export const requiredSections: Rule = {
  id: ID,
  description:
    'The parts each kind of postmortem needs, present and not empty. Full: summary, impact, timeline, root cause (or a why-chain, or contributing factors), action items, and lessons (or what went well and what went poorly). Lightweight and near miss: summary, what happened (or a timeline), at least one action item. An empty Summary section is reported by structure/summary-length.',
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [
      exampleDoc(
        { Summary: 'Checkout failed for 20 minutes after a bad deploy.', 'What happened': 'Release 4.2 locked the orders table; we rolled back.', 'Action items': actionTable(['Add a canary stage to the deploy | Ana Lima | 2099-01-15 | P1 | open | OPS-12']) },
        'title: Checkout errors\nseverity: SEV3\nkind: lightweight',
      ),
    ],
    invalid: [{ source: exampleDoc({ Summary: 'Checkout failed for 20 minutes after a bad deploy.', Impact: '', 'Root cause': 'Release 4.2 locked the orders table.' }, 'title: Checkout outage\nseverity: SEV1\nkind: full'), messages: 4 }],
  },
};
