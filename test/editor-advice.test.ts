import { describe, expect, it } from 'vitest';
import { lintDocument } from '../src/lint/engine.js';
import { parseDocument } from '../src/markdown/parse.js';
import { renderMarkdown } from '../src/markdown/render.js';
import { emptyPostmortem } from '../src/core/postmortem.js';
import { editorAdvice } from '../web/src/postmortem/editor-advice.js';

/** What the editor shows for each finding of a postmortem: the advice, or the engine's suggestion. */
function shown(pm: ReturnType<typeof emptyPostmortem>): string[] {
  const result = lintDocument(parseDocument(renderMarkdown(pm)), {}, 'pm.md');
  return result.messages.map((m) => editorAdvice(m) ?? m.suggestions[0]?.desc ?? '');
}

describe('editorAdvice', () => {
  it('speaks of fields and buttons, never of Markdown, for an empty SEV2 postmortem', () => {
    const advice = shown({ ...emptyPostmortem(), severity: 'SEV2', title: 'x' });
    expect(advice.length).toBeGreaterThan(3);
    for (const text of advice) expect(text).not.toMatch(/##|front matter|\(actions:|Kind "|column/);
    expect(advice).toEqual(expect.arrayContaining(['Add events under Timeline (Add an event, or Paste several lines): the events in UTC, from the trigger to resolution.']));
  });

  it('names the field a missing fact goes in, and the checkboxes that link a factor to its action items', () => {
    const finding = (ruleId: string, message: string, desc = '') => editorAdvice({ ruleId, message, suggestions: [{ desc }] });
    expect(finding('meta/required', 'No severity: set SEV1–SEV4 so the review depth and deadlines follow.')).toBe('Pick it in the Severity field under Details.');
    expect(finding('meta/required', 'No start time: say when impact began (UTC).')).toMatch(/^Fill in “Impact started” under Key times/);
    expect(finding('action-items/factor-coverage', 'Factor 1 is addressed by no action item.')).toMatch(/tick the action items that address it in “Addressed by”/);
    expect(finding('structure/required-sections', 'Section "Impact" is empty', 'Add "## Impact" with who was affected and how much, in numbers.')).toBe('Fill in Impact below: who was affected and how much, in numbers.');
    expect(finding('blameless/no-blame-language', 'Blame', 'Describe the system')).toBeNull();
  });
});
