import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Status } from '../postmortem.schema.js';
import { deadlinesFor, proposedDueDate } from './deadlines.js';
import type { PostmortemProgress } from './deadlines.js';
import { DEFAULT_POLICY, readPolicy } from './policy-document.js';

const HOUR = 3_600_000;
const resolvedAt = '2026-03-01T12:00:00Z';
const resolved = Date.parse(resolvedAt);
const incident = { severity: 'SEV2' as const, resolvedAt };

function progress(status: Status, drafted = false, meetingAt: string | null = null): PostmortemProgress {
  return { status, drafted, meetingAt };
}

describe('deadlinesFor', () => {
  it('is null when no postmortem is owed', () => {
    expect(deadlinesFor(incident, 'none', null, DEFAULT_POLICY, resolved)).toBeNull();
  });

  it('counts the defaults from the resolution, for a full or a lightweight postmortem', () => {
    for (const owed of ['full', 'lightweight'] as const) {
      expect(deadlinesFor(incident, owed, null, DEFAULT_POLICY, resolved)).toEqual({
        draftBy: { at: '2026-03-02T12:00:00.000Z', state: 'pending' },
        meetingBy: { at: '2026-03-03T12:00:00.000Z', state: 'pending' },
        publishBy: { at: '2026-03-04T12:00:00.000Z', state: 'pending' },
      });
    }
  });

  it('has no instants while the incident is not resolved: pending, unless already met', () => {
    const unresolved = { severity: 'SEV1' as const, resolvedAt: null };
    expect(deadlinesFor(unresolved, 'full', null, DEFAULT_POLICY, resolved)).toEqual({
      draftBy: { at: null, state: 'pending' },
      meetingBy: { at: null, state: 'pending' },
      publishBy: { at: null, state: 'pending' },
    });
    expect(deadlinesFor(unresolved, 'full', progress('draft', true), DEFAULT_POLICY, resolved)?.draftBy).toEqual({ at: null, state: 'met' });
  });

  it.each([
    [-48 * HOUR, 'pending'],
    [0, 'pending'],
    [20 * HOUR - 1, 'pending'],
    [20 * HOUR, 'due_soon'],
    [23 * HOUR, 'due_soon'],
    [24 * HOUR, 'due_soon'],
    [24 * HOUR + 1, 'late'],
    [30 * 24 * HOUR, 'late'],
  ] as const)('the draft deadline %d ms after the resolution is %s', (offset, state) => {
    expect(deadlinesFor(incident, 'full', progress('draft'), DEFAULT_POLICY, resolved + offset)?.draftBy).toEqual({ at: '2026-03-02T12:00:00.000Z', state });
  });

  it('moves each deadline through pending, due soon and late on its own instant', () => {
    const at = (hours: number) => deadlinesFor(incident, 'full', null, DEFAULT_POLICY, resolved + hours * HOUR);
    expect(at(45)).toMatchObject({ draftBy: { state: 'late' }, meetingBy: { state: 'due_soon' }, publishBy: { state: 'pending' } });
    expect(at(69)).toMatchObject({ draftBy: { state: 'late' }, meetingBy: { state: 'late' }, publishBy: { state: 'due_soon' } });
    expect(at(73)).toMatchObject({ draftBy: { state: 'late' }, meetingBy: { state: 'late' }, publishBy: { state: 'late' } });
  });

  it('uses the dueSoon of the policy', () => {
    const policy = readPolicy('deadlines:\n  dueSoon: 1h\n');
    expect(deadlinesFor(incident, 'full', null, policy, resolved + 22 * HOUR)?.draftBy.state).toBe('pending');
    expect(deadlinesFor(incident, 'full', null, policy, resolved + 23 * HOUR)?.draftBy.state).toBe('due_soon');
  });

  it('meets the draft deadline once drafted, even late', () => {
    expect(deadlinesFor(incident, 'full', progress('draft', true), DEFAULT_POLICY, resolved + 100 * HOUR)).toMatchObject({
      draftBy: { at: '2026-03-02T12:00:00.000Z', state: 'met' },
      meetingBy: { state: 'late' },
      publishBy: { state: 'late' },
    });
  });

  it('meets the meeting deadline once the meeting time has come, not before', () => {
    const meetingAt = '2026-03-02T15:00:00Z';
    const meeting = Date.parse(meetingAt);
    expect(deadlinesFor(incident, 'full', progress('in_review', true, meetingAt), DEFAULT_POLICY, meeting - 1)?.meetingBy.state).toBe('pending');
    expect(deadlinesFor(incident, 'full', progress('in_review', true, meetingAt), DEFAULT_POLICY, meeting)?.meetingBy.state).toBe('met');
    const lateMeeting = '2026-03-05T09:00:00Z';
    expect(deadlinesFor(incident, 'full', progress('in_review', true, lateMeeting), DEFAULT_POLICY, resolved + 50 * HOUR)?.meetingBy.state).toBe('late');
    expect(deadlinesFor(incident, 'full', progress('in_review', true, lateMeeting), DEFAULT_POLICY, Date.parse(lateMeeting))?.meetingBy.state).toBe('met');
  });

  it.each(['final', 'published'] as const)('meets the meeting and publication deadlines once %s', (status) => {
    expect(deadlinesFor(incident, 'full', progress(status, true), DEFAULT_POLICY, resolved + 200 * HOUR)).toMatchObject({
      draftBy: { state: 'met' },
      meetingBy: { state: 'met' },
      publishBy: { state: 'met' },
    });
  });

  it('does not meet the publication deadline in review', () => {
    expect(deadlinesFor(incident, 'full', progress('in_review', true, '2026-03-02T09:00:00Z'), DEFAULT_POLICY, resolved + 71 * HOUR)).toMatchObject({
      meetingBy: { state: 'met' },
      publishBy: { state: 'due_soon' },
    });
  });

  it('takes the overrides of the severity first, and the defaults for the rest', () => {
    const policy = readPolicy('deadlines:\n  draft: 36h\n  bySeverity:\n    SEV1: { draft: 12h, publish: 1w }\n    SEV4:\n      meeting: 5d\n');
    expect(deadlinesFor({ severity: 'SEV1', resolvedAt }, 'full', null, policy, resolved)).toEqual({
      draftBy: { at: '2026-03-02T00:00:00.000Z', state: 'pending' },
      meetingBy: { at: '2026-03-03T12:00:00.000Z', state: 'pending' },
      publishBy: { at: '2026-03-08T12:00:00.000Z', state: 'pending' },
    });
    expect(deadlinesFor({ severity: 'SEV4', resolvedAt }, 'lightweight', null, policy, resolved)?.meetingBy.at).toBe('2026-03-06T12:00:00.000Z');
    expect(deadlinesFor({ severity: 'SEV2', resolvedAt }, 'full', null, policy, resolved)?.draftBy.at).toBe('2026-03-03T00:00:00.000Z');
    expect(deadlinesFor({ severity: null, resolvedAt }, 'full', null, policy, resolved)?.draftBy.at).toBe('2026-03-03T00:00:00.000Z');
    expect(deadlinesFor({ severity: 'SEV1', resolvedAt }, 'full', null, policy, resolved + 9 * HOUR)?.draftBy.state).toBe('due_soon');
  });
});

describe('proposedDueDate', () => {
  it.each([
    ['P1', '2026-03-01', '2026-03-16'],
    ['P2', '2026-03-01', '2026-03-31'],
    ['P3', '2026-03-01', '2026-04-30'],
    ['P1', '2026-01-20', '2026-02-04'],
    ['P2', '2026-01-31', '2026-03-02'],
    ['P1', '2028-02-15', '2028-03-01'],
    ['P1', '2026-12-20', '2027-01-04'],
  ] as const)('a %s item written on %s is due on %s', (priority, from, due) => {
    expect(proposedDueDate(priority, from, DEFAULT_POLICY)).toBe(due);
  });

  it('uses the dueDays of the policy', () => {
    expect(proposedDueDate('P1', '2026-04-28', readPolicy('actionItems:\n  dueDays: { P1: 3 }\n'))).toBe('2026-05-01');
  });

  it.each(['2026-02-30', 'tomorrow', '2026-3-1', ''])('refuses %j, which is not a calendar date', (from) => {
    expect(() => proposedDueDate('P1', from, DEFAULT_POLICY)).toThrow(InputError);
    expect(() => proposedDueDate('P1', from, DEFAULT_POLICY)).toThrow(`"${from}" is not a calendar date: expected YYYY-MM-DD, e.g. 2024-03-01`);
  });
});
