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

  it('max-count: only open items count; done, verified and won\'t-do items are history', () => {
    const open = (n: number) => `Alert on queue ${n} depth > 10k | Ana Lima | 2099-01-01 | P2 | open | OPS-${n}`;
    const closed = (n: number, status: string) => `Alert on queue ${n} depth > 10k | Ana Lima | 2020-01-01 | P2 | ${status} | OPS-${n}`;
    const rows = [open(1), open(2), closed(3, 'done'), closed(4, 'verified'), closed(5, "won't do"), open(6)];
    expect(found('action-items/max-count', rows, { maxActionItems: 3 })).toEqual([]);
    expect(found('action-items/max-count', [...rows, open(7)], { maxActionItems: 3 })[0]?.message).toMatch(/^4 action items \(the limit is 3\)/);
  });

  it('due-date: a closed item needs no due date, an open or in-progress one does', () => {
    const rows = [
      'Add a canary stage | Ana Lima |  | P1 | done | OPS-1',
      'Alert on p99 > 2s | Ana Lima | soon | P1 | verified | OPS-2',
      "Shard the sessions table | Ana Lima |  | P2 | won't do | OPS-3",
      'Add a replay test for the importer | Ana Lima |  | P2 | in progress | OPS-4',
      'Cap the retry budget at 3 | Ana Lima | next sprint | P2 | open | OPS-5',
    ];
    expect(found('action-items/due-date', rows).map((m) => m.message.slice(0, 13))).toEqual(['Action item 4', 'Action item 5']);
  });

  it('due-date: only a missing or non-date due date is a finding, however late the date', () => {
    const rows = ['Add a canary stage | Ana Lima | 2024-05-01 | P1 | open | OPS-1', 'Alert on p99 > 2s | Ana Lima | Q3 | P1 | open | OPS-2'];
    for (const now of ['2024-04-30T00:00:00Z', '2030-01-01T00:00:00Z']) {
      expect(found('action-items/due-date', rows, { now: new Date(now) }).map((m) => [m.line, m.severity])).toEqual([[found('action-items/due-date', rows)[0]?.line, 2]]);
    }
  });

  it('overdue: an open item past its date is a warning, counted from now', () => {
    const rows = ['Add a canary stage | Ana Lima | 2024-05-01 | P1 | in progress | OPS-1', 'Alert on p99 > 2s | Bo Chen | Q3 | P1 | open | OPS-2'];
    expect(found('action-items/overdue', rows, { now: new Date('2024-05-01T23:59:00Z') })).toEqual([]);
    const [msg, ...more] = found('action-items/overdue', rows, { now: new Date('2024-05-02T00:00:00Z') });
    expect(more).toEqual([]);
    expect(msg?.message).toBe('Action item 1 "Add a canary stage" was due on 2024-05-01 and is still in progress: finish it, or agree a new date with its owner and say why it moved.');
    expect(msg?.severity).toBe(1);
  });

  it("overdue: done, verified and won't do items are never overdue; an impossible date is due-date's finding", () => {
    const rows = ['Add a canary stage | Ana Lima | 2020-05-01 | P1 | done | OPS-1', 'Add a canary stage | Ana Lima | 2020-05-01 | P1 | verified | OPS-2', "Add a canary stage | Ana Lima | 2020-05-01 | P1 | won't do | OPS-3", 'Add a canary stage | Ana Lima | 2020-02-30 | P1 | open | OPS-4'];
    expect(found('action-items/overdue', rows)).toEqual([]);
    expect(found('action-items/due-date', rows)).toHaveLength(1);
  });

  it('overdue and due-date are switched off separately', () => {
    const rows = ['Add a canary stage | Ana Lima | 2020-05-01 | P1 | open | OPS-1', 'Alert on p99 > 2s | Bo Chen | soon | P1 | open | OPS-2'];
    expect(found('action-items/due-date', rows, { rules: { 'action-items/overdue': 'off' } })).toHaveLength(1);
    expect(found('action-items/overdue', rows, { rules: { 'action-items/due-date': 'off' } })).toHaveLength(1);
    expect(found('action-items/overdue', rows, { rules: { 'action-items/overdue': 'error' } })[0]?.severity).toBe(2);
  });

  it('specific: says what is missing and suggests a rewrite fitted to the item', () => {
    const [msg] = found('action-items/specific', ['Improve monitoring of checkout | Ana Lima | 2099-01-01 | P1 | open | OPS-1']);
    expect(msg?.message).toBe('Action item 1 "Improve monitoring of checkout" names a goal, not the change that reaches it: say what will change (a mechanism, a component, a limit, a check) and how anyone will know it is done.');
    expect(msg?.suggestions).toEqual([{ desc: 'say which signal, which threshold and who gets paged: "Alert on checkout p99 > 2 s for 5 min, paging its on-call"' }]);
    expect(found('action-items/specific', ['Alert on checkout p99 > 2 s for 5 min, paging the payments on-call | Ana Lima | 2099-01-01 | P1 | open | OPS-1'])).toEqual([]);
  });

  it('due-date: an impossible calendar date is not a date', () => {
    expect(found('action-items/due-date', ['Add a canary stage | Ana Lima | 2099-02-30 | P1 | open | OPS-1'])[0]?.message).toContain('"2099-02-30", which is not a date');
  });

  it('owner: group handles and placeholders are not people; handles and names of people are', () => {
    const rows = ['Add a canary stage | @infra-oncall | 2099-01-01 | P1 | open | OPS-1', 'Add a canary stage | anybody | 2099-01-01 | P1 | open | OPS-2', 'Add a canary stage | @li.wei | 2099-01-01 | P1 | open | OPS-3', 'Add a canary stage | Zoë Ødegaard | 2099-01-01 | P1 | open | OPS-4'];
    expect(found('action-items/owner', rows).map((m) => m.message)).toEqual([
      'Action item 1 "Add a canary stage" is owned by a team ("@infra-oncall"), and a team cannot be chased: give it one named person.',
      'Action item 2 "Add a canary stage" has a placeholder owner ("anybody"): give it one named person.',
    ]);
  });

  it('points at the owner cell', () => {
    const [msg] = found('action-items/owner', ['Add a canary stage | TBD | 2099-01-01 | P1 | open | OPS-1']);
    expect(msg).toMatchObject({ column: 24, endColumn: 27 });
  });
});
