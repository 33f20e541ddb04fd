import { describe, expect, it } from 'vitest';
import { classifyOwner } from './owner-kind.js';

describe('classifyOwner', () => {
  it.each([
    [null, 'missing'],
    ['  ', 'missing'],
    ['TBD', 'placeholder'],
    ['?', 'placeholder'],
    ['??', 'placeholder'],
    ['???', 'placeholder'],
    ['n/a', 'placeholder'],
    ['None', 'placeholder'],
    ['-', 'placeholder'],
    ['Platform Team', 'team'],
    ['@backend-team', 'team'],
    ['SRE', 'team'],
    ['Ops', 'team'],
    ['DevOps', 'team'],
    ['Infra', 'team'],
    ['Engineering', 'team'],
    ['payments-squad', 'team'],
    ['Data Platform', 'team'],
    ['web_ops', 'team'],
    ['platform-eng', 'team'],
    ['Ana and Bo', 'several'],
    ['Ana, Bo', 'several'],
    ['Ana Lima', 'person'],
    ['@alima', 'person'],
    ['jennifer', 'person'],
    ['Li Cheng', 'person'],
    ['**Andre**', 'person'],
  ] as const)('%s is %s', (owner, kind) => {
    expect(classifyOwner(owner, [])).toBe(kind);
  });

  it('treats configured team names as teams, with or without @', () => {
    expect(classifyOwner('Payments', ['payments'])).toBe('team');
    expect(classifyOwner('@payments', ['Payments'])).toBe('team');
    expect(classifyOwner('Payments', [])).toBe('person');
  });
});
