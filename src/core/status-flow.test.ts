import { describe, expect, it } from 'vitest';
import { ConflictError } from './errors.js';
import type { Status } from './postmortem.schema.js';
import { assertTransition, canTransition } from './status-flow.js';

const ALL: Status[] = ['draft', 'in_review', 'final', 'published'];
const ALLOWED = new Set(['draft>in_review', 'in_review>final', 'in_review>draft', 'final>published']);

describe('status flow', () => {
  it('allows exactly draft -> in_review -> final -> published and in_review -> draft', () => {
    for (const from of ALL) for (const to of ALL) expect(canTransition(from, to), `${from} -> ${to}`).toBe(ALLOWED.has(`${from}>${to}`));
  });

  it('explains a refusal with the moves that are allowed', () => {
    expect(() => assertTransition('draft', 'published')).toThrow(ConflictError);
    expect(() => assertTransition('draft', 'published')).toThrow(/from draft it can go to in_review/);
    expect(() => assertTransition('published', 'draft')).toThrow(/published is the last status/);
  });
});
