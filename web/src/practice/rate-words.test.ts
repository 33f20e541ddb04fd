import { describe, expect, it } from 'vitest';
import { percent, rateParts, rateSentence, windowDays } from './rate-words.js';

describe('the completion rate in words', () => {
  it('says the share and what it is made of', () => {
    expect(rateSentence({ rate: 8 / 12, closedOnTime: 8, due: 12 })).toBe('67% — 8 of 12 due items closed on time');
    expect(rateSentence({ rate: 0, closedOnTime: 0, due: 1 })).toBe('0% — 0 of 1 due item closed on time');
    expect(rateParts({ rate: 0.5, closedOnTime: 1, due: 2 })).toBe('1 of 2');
  });

  it('says when nothing was due', () => {
    expect(rateSentence({ rate: null, closedOnTime: 0, due: 0 })).toBe('Nothing was due yet: no rate to show.');
    expect(rateParts({ rate: null, closedOnTime: 0, due: 0 })).toBe('nothing due');
  });

  it('rounds percentages and counts the days of a window', () => {
    expect(percent(0.7)).toBe('70%');
    expect(percent(0.666)).toBe('67%');
    expect(windowDays('2026-01-01T10:00:00.000Z', '2026-04-01T10:00:00.000Z')).toBe(90);
  });
});
