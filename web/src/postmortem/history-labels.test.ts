import { describe, expect, it } from 'vitest';
import { fieldLabel, noteLabel } from './history-labels.js';

describe('history labels', () => {
  it.each([
    ['created', 'Created'],
    ['status: in_review -> final', 'In review → Final'],
    ['status: published -> draft (reopened: The count was wrong (by 2))', 'Published → Draft, reopened: The count was wrong (by 2)'],
    ['action item AI-1: in_progress -> done', 'Action item AI-1: In progress → Done'],
    ['restored revision 3', 'Restored revision 3'],
    ['something new', 'something new'],
  ])('words the note %j', (note, words) => {
    expect(noteLabel(note)).toBe(words);
  });

  it('names fields as the editor does, and keeps an unknown one as written', () => {
    expect(['rootCause', 'luckyBreaks', 'commander', 'extraFrontMatter', 'later'].map(fieldLabel)).toEqual(['Root cause', 'Where we got lucky', 'Incident commander', 'Other front-matter fields', 'later']);
  });
});
