import { describe, expect, it } from 'vitest';
import type { ProposedRedaction } from '../../../src/core/public-postmortem.js';
import { addedRedaction, publicTextOf, reviewedRedactions } from './public-text.js';

const ORIGINAL = '# Outage at Acme\n\nDana paged ops@acme.io; Dana fixed it.\n';
const at = (text: string, from = 0) => ORIGINAL.indexOf(text, from);
const PROPOSED: ProposedRedaction[] = [
  { id: 'R1', kind: 'person', original: 'Dana', replacement: 'An engineer', why: 'a person', line: 3, column: 1, start: at('Dana'), end: at('Dana') + 4 },
  { id: 'R2', kind: 'email', original: 'ops@acme.io', replacement: '[e-mail address]', why: 'an e-mail address', line: 3, column: 12, start: at('ops@'), end: at('ops@') + 11 },
  { id: 'R3', kind: 'person', original: 'Dana', replacement: 'an engineer', why: 'a person', line: 3, column: 25, start: at('Dana', 20), end: at('Dana', 20) + 4 },
];

describe('the public text from the review', () => {
  it('replaces accepted redactions at their places, leaves rejected ones, and splits the title off', () => {
    expect(publicTextOf(ORIGINAL, PROPOSED, {}, [])).toEqual({ title: 'Outage at Acme', text: 'An engineer paged [e-mail address]; an engineer fixed it.\n' });
    expect(publicTextOf(ORIGINAL, PROPOSED, { R3: 'rejected' }, []).text).toBe('An engineer paged [e-mail address]; Dana fixed it.\n');
  });

  it('applies an added redaction everywhere, title included, and records every decision', () => {
    const added = addedRedaction(ORIGINAL, 'Acme', 'host', 'the provider', 1);
    expect(added).toEqual({ id: 'A1', kind: 'host', original: 'Acme', replacement: 'the provider', why: 'added by the reviewer', line: 1, column: 13, decision: 'added' });
    expect(publicTextOf(ORIGINAL, PROPOSED, {}, [added]).title).toBe('Outage at the provider');
    expect(reviewedRedactions(PROPOSED, { R2: 'rejected' }, [added]).map((r) => `${r.id}:${r.decision}`)).toEqual(['R1:accepted', 'R2:rejected', 'R3:accepted', 'A1:added']);
  });
});
