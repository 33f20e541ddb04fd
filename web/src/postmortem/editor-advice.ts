/**
 * The advice of a lint finding as the editor gives it: about fields and buttons, where the engine's suggestion
 * speaks of Markdown (`## Timeline`, `severity: SEV2` in the front matter, `(actions: AI-1)`), which the CLI keeps.
 * Null when the engine's own suggestion already reads right in the editor.
 */

/** The parts of a finding the advice depends on. */
interface FindingText {
  ruleId: string;
  message: string;
  suggestions: readonly { desc: string }[];
}

/** Where each section the required-sections rule names is filled in, in the editor's words. */
const SECTION_ADVICE: Record<string, string> = {
  Timeline: 'Add events under Timeline (Add an event, or Paste several lines)',
  'Action items': 'Add one under Action items (Add an action item)',
  Lessons: 'Add items under What went well and What went poorly',
};

/** meta/required, by the start of its message: which field to fill. */
const META_ADVICE: readonly [RegExp, string][] = [
  [/^The (?:postmortem has no title|title ")/, 'Type it in the Title field under Details: what failed and for whom.'],
  [/^No severity/, 'Pick it in the Severity field under Details.'],
  [/^No start time/, 'Fill in “Impact started” under Key times (your local time; it is stored in UTC).'],
  [/^No resolution time/, 'Fill in “Resolved” under Key times, or add a timeline event whose Kind is Resolution.'],
  [/^No author/, 'Fill in the Author field under Details.'],
];

/** Advice by rule, from the finding's message and the engine's suggestion. */
const BY_RULE: Record<string, (f: FindingText, suggestion: string) => string | null> = {
  'structure/required-sections': (_f, suggestion) => {
    const m = /^Add "## (.+?)" with (.+?)\.?$/.exec(suggestion);
    if (m === null) return null;
    const [, section = '', hint = ''] = m;
    return `${SECTION_ADVICE[section] ?? `Fill in ${section} below`}: ${hint}.`;
  },
  'meta/required': (f) => META_ADVICE.find(([start]) => start.test(f.message))?.[1] ?? null,
  'action-items/factor-coverage': () => 'Under the factor, tick the action items that address it in “Addressed by” (an item needs an id to be ticked).',
  'action-items/priority': () => 'Pick P1, P2 or P3 in the item’s Priority field.',
  'action-items/ticket': () => 'Put the ticket key or URL in the item’s Ticket field, e.g. “OPS-123”.',
  'rca/depth': (_f, suggestion) =>
    suggestion.startsWith('Add "## Five whys"') ? 'Add whys under Five whys (Add a why): why did it fail, why did that happen, … until the answer is a safeguard that was missing.' : null,
  'timeline/key-events': (f) => {
    if (/resolution event/.test(f.message)) return 'Add an event for when service was back to normal (Add an event) and pick Resolution as its Kind.';
    if (/detection event/.test(f.message)) return 'Add an event for the first alert or report (Add an event) and pick Alert or Detection as its Kind.';
    return null;
  },
  'structure/template-prompt': () => 'Replace it with your own words. The template’s hints show as grey text in empty fields and are never saved.',
};

/** The editor's advice for a finding, or null to show the engine's suggestion as it is. */
export function editorAdvice(finding: FindingText): string | null {
  const advise = BY_RULE[finding.ruleId];
  return advise === undefined ? null : advise(finding, finding.suggestions[0]?.desc ?? '');
}
