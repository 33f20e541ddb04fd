import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors.js';
import { inPeriod, previousPeriod, reportPeriod } from './period.js';

const NOW = Date.parse('2026-12-03T18:00:00Z');

describe('reportPeriod', () => {
  it('defaults to the 90 days ending today', () => {
    expect(reportPeriod({}, NOW)).toEqual({ from: '2026-09-05', to: '2026-12-03', days: 90 });
  });

  it('takes both days as given, both included', () => {
    expect(reportPeriod({ from: '2026-01-01', to: '2026-03-31' }, NOW)).toEqual({ from: '2026-01-01', to: '2026-03-31', days: 90 });
    expect(reportPeriod({ from: '2026-02-10', to: '2026-02-10' }, NOW).days).toBe(1);
  });

  it('runs from a given day up to today, or 90 days back from a given end', () => {
    expect(reportPeriod({ from: '2026-12-01' }, NOW)).toEqual({ from: '2026-12-01', to: '2026-12-03', days: 3 });
    expect(reportPeriod({ to: '2026-03-31' }, NOW).from).toBe('2026-01-01');
  });

  it('names the flag and the form it expects for a malformed or impossible date', () => {
    expect(() => reportPeriod({ from: '2026-13-01' }, NOW)).toThrow(new InputError('--from: "2026-13-01" is not a date; use YYYY-MM-DD (a UTC day, such as 2026-01-31)'));
    expect(() => reportPeriod({ to: '2026-02-30' }, NOW)).toThrow(/^--to: "2026-02-30" is not a date; use YYYY-MM-DD/);
    expect(() => reportPeriod({ from: 'last quarter' }, NOW, { from: 'from', to: 'to' })).toThrow(/^from: "last quarter" is not a date/);
  });

  it('refuses a period that runs backwards', () => {
    expect(() => reportPeriod({ from: '2026-03-01', to: '2026-02-01' }, NOW)).toThrow(/^--from: 2026-03-01 is after --to 2026-02-01/);
  });
});

describe('previousPeriod and inPeriod', () => {
  it('gives the same number of days just before', () => {
    expect(previousPeriod({ from: '2026-04-01', to: '2026-06-29', days: 90 })).toEqual({ from: '2026-01-01', to: '2026-03-31', days: 90 });
  });

  it('includes the whole last day and nothing after it', () => {
    const period = { from: '2026-04-01', to: '2026-04-30', days: 30 };
    expect(inPeriod('2026-04-01T00:00:00Z', period)).toBe(true);
    expect(inPeriod('2026-04-30T23:59:59.999Z', period)).toBe(true);
    expect(inPeriod('2026-05-01T00:00:00Z', period)).toBe(false);
    expect(inPeriod('2026-03-31T23:59:59Z', period)).toBe(false);
    expect(inPeriod(null, period)).toBe(false);
  });
});
