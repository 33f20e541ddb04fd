import { describe, expect, it } from 'vitest';
import { findDate, parseDate, readDateAt } from './dates.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('parseDate', () => {
  it.each([
    ['2021-12-10', null, d(2021, 12, 10)],
    ['### October 21, 2025 - Redis Overload', null, d(2025, 10, 21)],
    ['### 2023-07-19', null, d(2023, 7, 19)],
    ['February 15, 2024', null, d(2024, 2, 15)],
    ['February 15, 2024: 7:56am UTC', null, d(2024, 2, 15)],
    ['_7/5/2023_', 'mdy', d(2023, 7, 5)],
    ['24-10-2024', null, d(2024, 10, 24)],
    ['# 24-10-2024 - All instances were down', null, d(2024, 10, 24)],
    ['16/03/2020', null, d(2020, 3, 16)],
    ['07-27-2023 2:14 pm - Attacker’s PR was approved', null, d(2023, 7, 27)],
    ['June 14th, 2022', null, d(2022, 6, 14)],
    ['**June 16th 2022, 8:45 AM:**', null, d(2022, 6, 16)],
    ['1/29/24', null, d(2024, 1, 29)],
    ['01-10-2024', 'mdy', d(2024, 1, 10)],
    ['01-10-2024', 'dmy', d(2024, 10, 1)],
    ['15 Mar 2020', null, d(2020, 3, 15)],
    ['31 July 2012, 13:00 IST.', null, d(2012, 7, 31)],
    ['Feb-08-2021', null, d(2021, 2, 8)],
    ['Saturday Oct 30th 2021 - Monday Nov 1st, 2021', null, d(2021, 10, 30)],
    ['Thursday, January 20th, 2022 at 22:04 (UTC)', null, d(2022, 1, 20)],
    ['2021-05-09-negative-coin-values', null, d(2021, 5, 9)],
  ] as const)('%j reads as a date', (text, order, expected) => {
    expect(parseDate(text, order)).toEqual(expected);
  });

  it('needs a year for a date written without one', () => {
    expect(parseDate('Oct 31', null)).toBeNull();
    expect(parseDate('Oct 31', null, 2021)).toEqual(d(2021, 10, 31));
    expect(parseDate('Thur Jan 20', null, 2022)).toEqual(d(2022, 1, 20));
  });

  it.each([
    ['05/06/2021', null],
    ['11/03/202', 'mdy'],
    ['20202-01-16', null],
    ['2023-MM-DD', null],
    ['2021-02-29', null],
    ['13/13/2020', null],
    ['1.2.10', null],
    ['Version 1.6.1', null],
    ['Date: later', null],
    ['2021-12-10x', null],
    ['March of 2021', null],
    ['', null],
  ] as const)('%j is no date', (text, order) => {
    expect(parseDate(text, order)).toBeNull();
  });
});

describe('readDateAt', () => {
  it('says why a date-like text gives no date', () => {
    expect(readDateAt('05/06/2021', 0, null)?.problem).toBe('ambiguous day/month order in "05/06/2021"');
    expect(readDateAt('11/03/202 - Version', 0, 'mdy')).toMatchObject({ problem: 'invalid date "11/03/202"', end: 9 });
    expect(readDateAt('2022-05-?? HH:mm', 0, null)?.problem).toBe('placeholder "2022-05-??"');
    expect(readDateAt('2021/22-??-?? HH:mm', 0, null)?.problem).toBe('placeholder "2021/22-??-??"');
    expect(readDateAt('Oct 31', 0, null)?.problem).toBe('no year for "Oct 31"');
  });

  it('tells worded dates from bare numbers', () => {
    expect(readDateAt('Saturday Oct 30th', 0, null, 2021)?.worded).toBe(true);
    expect(readDateAt('Oct 30', 0, null, 2021)?.worded).toBe(false);
  });
});

describe('findDate', () => {
  it('finds the first date anywhere in a heading or sentence', () => {
    expect(findDate('All times in PST, on February 5th 2019', null)).toEqual(d(2019, 2, 5));
    expect(findDate('## Timeline (all times UTC) 1/29/24, 2/15/24 - 2/16/24 All times approximations', null)).toEqual(d(2024, 1, 29));
    expect(findDate('## Timeline (all times UTC) Monday May 10th, 2021. All times approximations', null)).toEqual(d(2021, 5, 10));
    expect(findDate('Version 1.6.1 was released', null)).toBeNull();
    expect(findDate('## Timeline (all times PST ) DATE RANGE', null)).toBeNull();
  });
});
