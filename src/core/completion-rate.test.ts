import { describe, expect, it } from 'vitest';
import { completionReport, readSince, type CountedItem, type RateSettings } from './completion-rate.js';

const NOW = Date.parse('2026-06-10T12:00:00Z'); // a Wednesday
const DAY = 86_400_000;
const settings: RateSettings = { now: NOW, windowMs: 90 * DAY, requireVerification: true, alarmBelow: 0.7 };

/** An item created `created` days before now, due `due` days from now (negative: in the past), with overrides. */
function item(created: number, due: number, overrides: Partial<CountedItem> = {}): CountedItem {
  return {
    owner: 'Dana Ortiz',
    dueDate: new Date(NOW + due * DAY).toISOString().slice(0, 10),
    teams: ['payments'],
    createdAt: new Date(NOW - created * DAY).toISOString(),
    doneAt: null,
    verifiedAt: null,
    wontDoAt: null,
    ...overrides,
  };
}
const at = (daysFromNow: number) => new Date(NOW + daysFromNow * DAY).toISOString();

describe('the completion rate', () => {
  it('counts the items created in the window whose due date has passed, closed by their due date', () => {
    const items = [
      item(30, -10, { doneAt: at(-12), verifiedAt: at(-11) }), // on time
      item(30, -10, { doneAt: at(-12), verifiedAt: at(-5) }), // verified late
      item(30, -10, { doneAt: at(-12) }), // never verified
      item(30, -10), // open
      item(30, 5, { verifiedAt: at(-1) }), // not due yet
      item(100, -20, { verifiedAt: at(-30) }), // created before the window
      item(30, -10, { dueDate: null }), // no real date
    ];
    expect(completionReport(items, settings).overall).toEqual({ rate: 0.25, closedOnTime: 1, due: 4, declined: 0, alarm: true });
    // Where verification is off, done closes an item.
    expect(completionReport(items, { ...settings, requireVerification: false }).overall).toMatchObject({ rate: 0.75, closedOnTime: 3, due: 4 });
  });

  it('leaves out items declined by their due date and counts a late decline as a miss', () => {
    const items = [item(20, -5, { wontDoAt: at(-6) }), item(20, -5, { wontDoAt: at(-2) }), item(20, -5, { verifiedAt: at(-5) })];
    expect(completionReport(items, settings).overall).toEqual({ rate: 0.5, closedOnTime: 1, due: 2, declined: 1, alarm: true });
  });

  it('says nothing (null, no alarm) when nothing was due, and raises no alarm at or above the line', () => {
    expect(completionReport([item(5, 10)], settings).overall).toEqual({ rate: null, closedOnTime: 0, due: 0, declined: 0, alarm: false });
    const seven = [...Array.from({ length: 7 }, () => item(20, -3, { verifiedAt: at(-4) })), item(20, -3), item(20, -3), item(20, -3)];
    expect(completionReport(seven, settings).overall).toMatchObject({ rate: 0.7, alarm: false });
  });

  it('gives the rate per team and per owner (owners in any case are one person)', () => {
    const items = [
      item(10, -1, { teams: ['payments', 'sre'], owner: 'Dana Ortiz', verifiedAt: at(-2) }),
      item(10, -1, { teams: ['sre'], owner: 'dana ortiz' }),
      item(10, -1, { teams: [], owner: 'Lee Park', verifiedAt: at(-1) }),
      item(10, 3, { teams: ['ledger'], owner: 'Lee Park' }),
    ];
    const report = completionReport(items, settings);
    expect(report.byTeam).toEqual([
      { team: 'payments', rate: 1, closedOnTime: 1, due: 1, alarm: false },
      { team: 'sre', rate: 0.5, closedOnTime: 1, due: 2, alarm: true },
    ]);
    expect(report.byOwner).toEqual([
      { owner: 'Dana Ortiz', rate: 0.5, closedOnTime: 1, due: 2 },
      { owner: 'Lee Park', rate: 1, closedOnTime: 1, due: 1 },
    ]);
  });

  it('shows the rate week by week, at each Monday of the last 12 weeks and now', () => {
    const items = [item(60, -40, { verifiedAt: at(-41) }), item(60, -40), item(20, -3, { verifiedAt: at(-4) })];
    const { weekly } = completionReport(items, settings);
    expect(weekly).toHaveLength(13);
    expect(weekly.at(-1)).toMatchObject({ at: new Date(NOW).toISOString(), rate: 2 / 3 });
    expect(weekly[11]?.at).toBe('2026-06-08T00:00:00.000Z');
    expect(weekly[0]?.at).toBe('2026-03-23T00:00:00.000Z');
    // Before the first items were due, nothing was due.
    expect(weekly[0]).toMatchObject({ rate: null, due: 0 });
    // Six weeks ago the two older items were due and the newer one was not.
    expect(weekly[6]).toMatchObject({ at: '2026-05-04T00:00:00.000Z', rate: 0.5, due: 2 });
  });

  it('reads back far enough for the window and the series', () => {
    expect(readSince(settings)).toBe(new Date(NOW - 90 * DAY - 13 * 7 * DAY).toISOString());
  });
});
