import { describe, expect, it } from 'vitest';
import { revisionNoteLabel } from './revision-note.js';

describe('revisionNoteLabel', () => {
  it('names the facts a change touched as the form does, and keeps the rest of the note', () => {
    expect(revisionNoteLabel('created')).toBe('Recorded');
    expect(revisionNoteLabel('facts: customerImpactMinutes, teams')).toBe('Facts changed: Customer impact (minutes), Teams');
    expect(revisionNoteLabel('facts: severity; postmortem pm-1')).toBe('Facts changed: Severity; postmortem pm-1');
    expect(revisionNoteLabel('waived: staging only; no customers')).toBe('Waived: staging only; no customers');
    expect(revisionNoteLabel('postmortem 2026-03-02-x drafted (full)')).toBe('Postmortem 2026-03-02-x drafted (full)');
  });
});
