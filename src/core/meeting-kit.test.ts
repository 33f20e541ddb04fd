import { describe, expect, it } from 'vitest';
import { samplePostmortem } from '../../test/store-fixtures.js';
import { meetingKit } from './meeting-kit.js';
import type { Postmortem } from './postmortem.schema.js';

const WEDNESDAY_9 = Date.parse('2026-03-04T09:00:00Z');

/** The sample postmortem with a commander, an author, responders, owners and teams. */
function reviewed(overrides: Partial<Postmortem> = {}): Postmortem {
  const base = samplePostmortem({ commander: 'Kai Moreno', author: 'dana@example.com', teams: ['Payments'] });
  return {
    ...base,
    timeline: [
      { at: '2026-03-02T09:10:00Z', written: '09:10', approximate: false, text: 'Deploy of checkout-api 4.2.0', actor: 'Lee Park', kind: 'change', source: null },
      { at: '2026-03-02T09:20:00Z', written: '09:20', approximate: false, text: 'Paged the on-call', actor: 'Kai Moreno', kind: 'escalation', source: null },
      { at: '2026-03-02T09:30:00Z', written: '09:30', approximate: false, text: 'Rolled back', actor: '@ana', kind: 'mitigation', source: null },
    ],
    ...overrides,
  };
}

describe('the review meeting kit', () => {
  it('sizes the agenda by severity: 90 minutes for SEV1, 60 for SEV2, 30 for SEV3 and SEV4', () => {
    const sized = (severity: Postmortem['severity']) => meetingKit(reviewed({ severity }), { now: WEDNESDAY_9, meetingBy: null, timeZone: 'UTC' });
    expect([sized('SEV1'), sized('SEV2'), sized('SEV3'), sized('SEV4'), sized(null)].map((k) => [k.size, k.durationMinutes])).toEqual([
      ['major', 90], ['standard', 60], ['minor', 30], ['minor', 30], ['standard', 60],
    ]);
    for (const kit of [sized('SEV1'), sized('SEV3')]) {
      expect(kit.agenda.reduce((sum, item) => sum + item.minutes, 0)).toBe(kit.durationMinutes);
      expect(kit.agenda.map((item) => item.title)).toEqual(['Ground rules and the impact', 'Timeline walk-through', 'Causes and contributing factors', 'What went well and what went poorly', 'Action items and owners', 'Wrap-up: follow-up date and approvals']);
    }
    const kit = sized('SEV2');
    expect(kit.agenda[1]?.points).toEqual(['3 events, 1 of them changes: what was known at each step, and what made the next step possible or hard.']);
    expect(kit.agenda[4]?.points).toEqual(['AI-1: Fail the deploy when the pool size is unset — Dana Ortiz, due 2024-03-15', 'Alert on pool saturation: Alert on pool saturation — Lee Park, due next sprint']);
  });

  it('suggests the commander, the author, who made the triggering change, responders, action-item owners and affected teams, each with why', () => {
    const { invitees } = meetingKit(reviewed(), { now: WEDNESDAY_9, meetingBy: null, timeZone: 'UTC' });
    expect(invitees).toEqual([
      { who: 'Kai Moreno', reasons: ['incident commander', 'responded (in the timeline)'], team: false },
      { who: 'dana@example.com', reasons: ['author of the postmortem'], team: false },
      { who: 'Lee Park', reasons: ['made the change that triggered it: their view of what the system allowed matters most', 'owns action item Alert on pool saturation'], team: false },
      { who: '@ana', reasons: ['responded (in the timeline)'], team: false },
      { who: 'Dana Ortiz', reasons: ['owns action item AI-1'], team: false },
      { who: 'Payments', reasons: ['affected team'], team: true },
    ]);
  });

  it('proposes the first working slot, two hours out or more, that keeps the deadline, in the team’s zone', () => {
    const kit = meetingKit(reviewed(), { now: WEDNESDAY_9, meetingBy: '2026-03-05T10:00:00Z', timeZone: 'UTC' });
    expect(kit).toMatchObject({ proposedStart: '2026-03-04T12:00:00Z', late: false });
    // 15:30 in New York on a Friday: the next slot of an hour is Monday 10:00 there, past a Saturday deadline.
    const friday = meetingKit(reviewed(), { now: Date.parse('2026-03-06T20:30:00Z'), meetingBy: '2026-03-07T12:00:00Z', timeZone: 'America/New_York' });
    expect(friday).toMatchObject({ proposedStart: '2026-03-09T14:00:00Z', late: true });
    // A major review needs 90 minutes before 17:00: at 15:00 local time the day is over.
    const major = meetingKit(reviewed({ severity: 'SEV1' }), { now: Date.parse('2026-03-04T13:00:00Z'), meetingBy: null, timeZone: 'UTC' });
    expect(major.proposedStart).toBe('2026-03-05T10:00:00Z');
  });
});
