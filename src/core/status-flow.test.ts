import { describe, expect, it } from 'vitest';
import { ConflictError } from './errors.js';
import type { Status } from './postmortem.schema.js';
import { assertTransition, canTransition, isFrozen, isReopening } from './status-flow.js';

const ALL: Status[] = ['draft', 'in_review', 'final', 'published'];
const ALLOWED = new Set(['draft>in_review', 'in_review>final', 'in_review>draft', 'final>published', 'final>draft', 'published>draft']);

describe('status flow', () => {
  it('allows exactly draft -> in_review -> final -> published, back to draft from in_review, and reopening final or published to draft', () => {
    for (const from of ALL) for (const to of ALL) expect(canTransition(from, to), `${from} -> ${to}`).toBe(ALLOWED.has(`${from}>${to}`));
  });

  it('explains a refusal with the moves that are allowed', () => {
    expect(() => assertTransition('draft', 'published')).toThrow(ConflictError);
    expect(() => assertTransition('draft', 'published')).toThrow(/from draft it can go to in_review/);
    expect(() => assertTransition('published', 'final')).toThrow(/from published it can go to draft/);
  });

  it('freezes final and published; reopening is the move from either to draft', () => {
    expect(ALL.filter(isFrozen)).toEqual(['final', 'published']);
    expect(ALL.flatMap((from) => ALL.filter((to) => isReopening(from, to)).map((to) => `${from}>${to}`))).toEqual(['final>draft', 'published>draft']);
  });
});
