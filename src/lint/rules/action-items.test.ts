import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../markdown/parse.js';
import { lintDocument } from '../engine.js';
import type { LintConfig } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

function found(ruleId: string, rows: string[], config: LintConfig = {}) {
  const doc = parseDocument(exampleDoc({ 'Action items': actionTable(rows) }));
  return lintDocument(doc, config, 'pm.md').messages.filter((m) => m.ruleId === ruleId);
}

describe('action-items rules read their options', () => {
  it('owner: configured team names are teams', () => {
    const rows = ['Add a canary stage | Payments | 2099-01-01 | P1 | open | OPS-1'];
    expect(found('action-items/owner', rows)).toEqual([]);
    const [msg] = found('action-items/owner', rows, { teamNames: ['payments'] });
    expect(msg?.message).toContain('is owned by a team ("Payments")');
    expect(msg?.severity).toBe(2);
  });

  it('max-count: the configured limit applies', () => {
    const rows = ['Add a canary stage | Ana Lima | 2099-01-01 | P1 | open | OPS-1', 'Alert on p99 > 2s | Ana Lima | 2099-01-01 | P1 | open | OPS-2'];
    expect(found('action-items/max-count', rows)).toEqual([]);
    expect(found('action-items/max-count', rows, { maxActionItems: 1 })[0]?.message).toMatch(/^2 action items \(the limit is 1\)/);
  });

  it('due-date: "past" is relative to now; a past date is only a warning, a fuzzy one an error', () => {
    const rows = ['Add a canary stage | Ana Lima | 2024-05-01 | P1 | open | OPS-1', 'Alert on p99 > 2s | Ana Lima | Q3 | P1 | open | OPS-2'];
    expect(found('action-items/due-date', rows, { now: new Date('2024-04-30T00:00:00Z') }).map((m) => m.severity)).toEqual([2]);
    expect(found('action-items/due-date', rows, { now: new Date('2024-05-02T00:00:00Z') }).map((m) => m.severity)).toEqual([1, 2]);
  });

  it('due-date: an impossible calendar date is not a date', () => {
    expect(found('action-items/due-date', ['Add a canary stage | Ana Lima | 2099-02-30 | P1 | open | OPS-1'])[0]?.message).toContain('"2099-02-30", which is not a date');
  });

  it('points at the owner cell', () => {
    const [msg] = found('action-items/owner', ['Add a canary stage | TBD | 2099-01-01 | P1 | open | OPS-1']);
    expect(msg).toMatchObject({ column: 24, endColumn: 27 });
  });
});
