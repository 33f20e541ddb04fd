import { describe, expect, it } from 'vitest';
import { completePostmortem, DEFAULT_TITLE, partialPostmortemSchema } from './complete-postmortem.js';
import { emptyPostmortem } from './postmortem.js';
import { postmortemSchema } from './postmortem.schema.js';

describe('completePostmortem', () => {
  it('turns nothing into a valid empty draft', () => {
    const pm = completePostmortem({});
    expect(postmortemSchema.parse(pm)).toEqual({ ...emptyPostmortem(), title: DEFAULT_TITLE });
  });

  it('gives the kind the severity calls for unless a kind is given', () => {
    expect(completePostmortem({ severity: 'SEV1' }).kind).toBe('full');
    expect(completePostmortem({ severity: 'SEV3' }).kind).toBe('lightweight');
    expect(completePostmortem({ severity: 'SEV4' }).kind).toBe('lightweight');
    expect(completePostmortem({ severity: 'SEV4', kind: 'near_miss' }).kind).toBe('near_miss');
    expect(completePostmortem({ severity: 'SEV2', kind: 'lightweight' }).kind).toBe('lightweight');
  });

  it('fills the missing fields of nested parts and list items', () => {
    const pm = completePostmortem(
      partialPostmortemSchema.parse({
        title: 'Checkout outage',
        severity: 'SEV2',
        times: { startedAt: '2024-03-01T14:05:00Z' },
        impact: { errorRate: '12%' },
        timeline: [{ at: '2024-03-01T14:05:00Z', text: 'Error rate rose' }],
        contributingFactors: [{ text: 'No canary' }],
        actionItems: [{ title: 'Add a canary stage', owner: 'priya@example.com' }],
        review: { reviewers: ['sam@example.com'] },
      }),
    );
    expect(postmortemSchema.safeParse(pm).success).toBe(true);
    expect(pm.times).toEqual({ startedAt: '2024-03-01T14:05:00Z', detectedAt: null, acknowledgedAt: null, mitigatedAt: null, resolvedAt: null });
    expect(pm.impact.errorRate).toBe('12%');
    expect(pm.impact.text).toBe('');
    expect(pm.timeline[0]).toEqual({ at: '2024-03-01T14:05:00Z', written: '2024-03-01T14:05:00Z', approximate: false, text: 'Error rate rose', actor: null, kind: null, source: null });
    expect(pm.contributingFactors[0]).toEqual({ text: 'No canary', category: null, actionItems: [] });
    expect(pm.actionItems[0]).toMatchObject({ title: 'Add a canary stage', owner: 'priya@example.com', status: 'open', due: null });
    expect(pm.review).toEqual({ reviewers: ['sam@example.com'], meetingAt: null, attendees: [], approvals: [] });
  });

  it('keeps a complete document as it is', () => {
    const full = { ...emptyPostmortem(), title: 'T', status: 'final' as const };
    expect(completePostmortem(full)).toEqual(full);
  });

  it('refuses unknown fields at any depth, and items without their text', () => {
    const result = partialPostmortemSchema.safeParse({ titel: 'x', times: { begin: 'x' }, actionItems: [{ owner: 'a' }] });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['', 'times', 'actionItems.0.title']));
  });
});
