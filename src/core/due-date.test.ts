import { describe, expect, it } from 'vitest';
import { dueCalendarDate, isOverdue } from './due-date.js';

describe('dueCalendarDate', () => {
  it.each([
    ['2027-03-01', '2027-03-01'],
    [' 2028-02-29 ', '2028-02-29'],
    ['2027-02-29', null],
    ['2027-13-01', null],
    ['Q3 2027', null],
    ['next sprint', null],
    ['2027', null],
    ['', null],
    [null, null],
  ] as const)('%j → %j', (due, date) => {
    expect(dueCalendarDate(due)).toBe(date);
  });
});

describe('isOverdue', () => {
  it('is an open item whose calendar date is before today', () => {
    expect(isOverdue({ due: '2027-03-01', status: 'open' }, '2027-03-02')).toBe(true);
    expect(isOverdue({ due: '2027-03-01', status: 'in_progress' }, '2027-03-02')).toBe(true);
    expect(isOverdue({ due: '2027-03-01', status: 'open' }, '2027-03-01')).toBe(false);
  });

  it('is never a closed item, nor one without a calendar date', () => {
    for (const status of ['done', 'verified', 'wont_do'] as const) expect(isOverdue({ due: '2020-01-01', status }, '2027-03-02')).toBe(false);
    expect(isOverdue({ due: 'last sprint', status: 'open' }, '2027-03-02')).toBe(false);
    expect(isOverdue({ due: '2020-02-30', status: 'open' }, '2027-03-02')).toBe(false);
  });
});
