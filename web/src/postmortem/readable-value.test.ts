import { describe, expect, it } from 'vitest';
import { readableValue } from './readable-value.js';

describe('readableValue', () => {
  it('writes a timeline one event a line, with who and which kind', () => {
    const timeline = [
      { at: '2026-11-10T14:02:00.000Z', written: '14:02', approximate: false, text: 'Deploy started', actor: 'Priya', kind: 'change', source: null },
      { at: null, written: 'later', approximate: true, text: 'Rolled back', actor: null, kind: null, source: null },
    ];
    expect(readableValue('timeline', timeline)).toBe('2026-11-10 14:02 UTC — Deploy started (Priya, Change)\nlater — Rolled back');
  });

  it('writes action items one a line with owner, date, priority, status and ticket, and why and how verified under them', () => {
    const items = [{ id: 'AI-1', title: 'Add a canary', rationale: 'Catches bad configs', owner: 'Dana', due: '2026-12-15', priority: 'P1', status: 'open', ticket: 'OPS-12', verification: 'A game day' }];
    expect(readableValue('actionItems', items)).toBe('AI-1 Add a canary — Dana, due 2026-12-15, P1, Open, OPS-12\n  Why: Catches bad configs\n  Verified by: A game day');
  });

  it('numbers the whys, and writes other objects as labelled lines, never JSON', () => {
    expect(readableValue('whys', ['Why A?', 'Why B?'])).toBe('1. Why A?\n2. Why B?');
    const impact = { text: 'Checkout failed', usersAffected: '12%', errorRate: null, supportTickets: '57' };
    expect(readableValue('impact', impact)).toBe('Text: Checkout failed\nUsers affected: 12%\nSupport tickets: 57');
    expect(readableValue('contributingFactors', [{ text: 'Pool graphed as an average', category: 'technical', actionItems: ['AI-1'] }])).toBe('Technical: Pool graphed as an average (addressed by AI-1)');
    expect(readableValue('severity', null)).toBe('—');
    expect(readableValue('review', { reviewers: ['Ana', 'Bo'], meetingAt: null, approvals: [{ by: 'Ana', at: null }] })).not.toMatch(/[{}"[\]]/);
  });
});
