/** structure/template-prompt: a template's prompt left in a section or an action item, as if it were content. */
import { spanKey, type SectionRole } from '../../core/document.js';
import type { Postmortem } from '../../core/postmortem.schema.js';
import { templatePromptIn } from '../../core/template-prompts.js';
import { locate } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'structure/template-prompt';

/** One written text of the document: where it is, how to name it, and its span keys. */
interface Part {
  text: string;
  what: string;
  keys: string[];
  role: SectionRole;
}

const PROSE: readonly [keyof Pick<Postmortem, 'summary' | 'whatHappened' | 'rootCause'>, string][] = [
  ['summary', 'The summary'],
  ['whatHappened', 'What happened'],
  ['rootCause', 'The root cause'],
];
const LISTS: readonly [keyof Pick<Postmortem, 'whys' | 'wentWell' | 'wentPoorly' | 'surprises' | 'luckyBreaks' | 'lessons'>, string][] = [
  ['whys', 'why'],
  ['wentWell', 'item of What went well'],
  ['wentPoorly', 'item of What went poorly'],
  ['surprises', 'item of What surprised us'],
  ['luckyBreaks', 'item of Where we got lucky'],
  ['lessons', 'lesson'],
];

/** Every text a prompt could be left in. */
function parts(pm: Postmortem): Part[] {
  const out: Part[] = PROSE.map(([field, what]) => ({ text: pm[field], what, keys: [field], role: field }));
  out.push({ text: pm.impact.text, what: 'The impact', keys: ['impact'], role: 'impact' });
  for (const [field, what] of LISTS) {
    pm[field].forEach((text, i) => out.push({ text, what: `The ${ordinal(i)} ${what}`, keys: [spanKey(field, i)], role: field }));
  }
  pm.contributingFactors.forEach((f, i) => out.push({ text: f.text, what: `The ${ordinal(i)} contributing factor`, keys: [spanKey('contributingFactors', i)], role: 'contributingFactors' }));
  pm.actionItems.forEach((item, i) => {
    const name = `action item ${item.id ?? i + 1}`;
    const keys = [spanKey('actionItems', i)];
    out.push({ text: item.title, what: `The title of ${name}`, keys, role: 'actionItems' });
    if (item.rationale !== null) out.push({ text: item.rationale, what: `Why of ${name}`, keys, role: 'actionItems' });
    if (item.verification !== null) out.push({ text: item.verification, what: `The verification of ${name}`, keys, role: 'actionItems' });
  });
  return out;
}

function ordinal(i: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth'][i] ?? `${i + 1}th`;
}

function check(ctx: RuleContext): void {
  for (const part of parts(ctx.doc.postmortem)) {
    const prompt = templatePromptIn(part.text);
    if (prompt === null) continue;
    ctx.report({
      message: `${part.what} still holds the template's prompt "${prompt}": a prompt is a hint, not content. Write what happened here, or remove it.`,
      span: locate(ctx.doc, part.keys, [part.role]),
      suggestion: 'Replace the prompt with your own words (the editor shows prompts as placeholders; `debrief new` writes them as <!-- prompt: … --> comments, which are not content).',
    });
  }
}

/** The rule object: template prompts left as content. */
export const templatePrompt: Rule = {
  id: ID,
  description:
    'Text of the template\u2019s prompts left in a section or an action item ("In two or three sentences: what broke…", "Why did the service fail?", "How we will know it works…"). Prompts are hints: as an error, this keeps such a postmortem from becoming final.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [exampleDoc({ Summary: 'From 14:05 to 14:50 UTC checkout failed for 12% of users after release 4.2 locked the orders table. We rolled back.', 'Root cause': '<!-- prompt: What broke, why it broke, and why the safeguards we had did not stop it. -->' })],
    invalid: [
      { source: exampleDoc({ Summary: 'In two or three sentences: what broke, who was affected and for how long, and how it was resolved.' }), messages: 1 },
      { source: exampleDoc({ 'Five whys': '1. Why did the service fail?\n2. Why did that happen?', 'Action items': actionTable(['A specific change that stops this class of failure from recurring | Ana Lima | 2024-04-01 | P1 | open | OPS-1']) }), messages: 3 },
    ],
  },
};
