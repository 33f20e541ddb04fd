import { describe, expect, it } from 'vitest';
import { inferDateOrder } from './date-order.js';

describe('inferDateOrder', () => {
  it('reads month-first from a second number above 12', () => {
    expect(inferDateOrder(['## Timeline (all times PST) 07/27/2023 - 07/31/2023', '07-27-2023 2:14 pm - Attacker’s PR'])).toBe('mdy');
    expect(inferDateOrder(['## Timeline (PST) 4/21/23-4/25/23'])).toBe('mdy');
  });

  it('reads day-first from a first number above 12', () => {
    expect(inferDateOrder(['* **Date:** 16/03/2020 3am UTC'])).toBe('dmy');
    expect(inferDateOrder(['- 24-10-2024 08:15 - Alerts fired\n- 24-10-2024 08:20 - More'])).toBe('dmy');
  });

  it('gives null without evidence or with conflicting evidence', () => {
    expect(inferDateOrder(['_7/5/2023_', '01-10-2024'])).toBeNull();
    expect(inferDateOrder(['2021-12-10 16:10', 'Version 1.2.10'])).toBeNull();
    expect(inferDateOrder(['16/03/2020', '10/14/2022'])).toBeNull();
    expect(inferDateOrder([])).toBeNull();
  });

  it('skips lines over 10,000 characters', () => {
    expect(inferDateOrder([`${'x'.repeat(10_001)} 16/03/2020`])).toBeNull();
  });
});
