import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { durationInWords, durationProblem, parseDuration } from './durations.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
  it.each([
    ['30m', 30 * MINUTE],
    ['24h', 24 * HOUR],
    ['90d', 90 * DAY],
    ['2w', 14 * DAY],
    ['1h30m', 90 * MINUTE],
    ['1w2d3h4m', 9 * DAY + 3 * HOUR + 4 * MINUTE],
    ['0h15m', 15 * MINUTE],
    ['3650d', 3650 * DAY],
  ] as const)('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '24', 'h', '24 h', '90 days', '1.5h', '-1h', '30m1h', '1h1h', '24H', '2y', '30s'])('refuses %j with an InputError that shows what a duration looks like', (text) => {
    expect(() => parseDuration(text)).toThrow(InputError);
    expect(() => parseDuration(text)).toThrow(`"${text}" is not a duration: expected a whole number and a unit (m, h, d or w) such as 30m, 24h, 90d, 2w or 1h30m`);
  });

  it('refuses a duration of zero and one over ten years', () => {
    expect(() => parseDuration('0h')).toThrow('"0h" is not a duration: it must be longer than zero');
    expect(() => parseDuration('0w0d')).toThrow('it must be longer than zero');
    expect(() => parseDuration('3651d')).toThrow('"3651d" is too long: a duration is at most 3650d');
    expect(() => parseDuration('99999999999999999999w')).toThrow('is too long');
  });

  it('puts the text in the error details', () => {
    try {
      parseDuration('soon');
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).details).toEqual({ duration: 'soon' });
    }
  });
});

describe('durationProblem', () => {
  it('is null for a duration and the message otherwise', () => {
    expect(durationProblem('1h30m')).toBeNull();
    expect(durationProblem('1 hour')).toBe('"1 hour" is not a duration: expected a whole number and a unit (m, h, d or w) such as 30m, 24h, 90d, 2w or 1h30m');
  });
});

describe('durationInWords', () => {
  it.each([
    ['90d', '90 days'],
    ['1d', '1 day'],
    ['2w', '2 weeks'],
    ['1h30m', '1 hour 30 minutes'],
    ['1m', '1 minute'],
    ['0h45m', '45 minutes'],
  ] as const)('%s → %s', (text, words) => {
    expect(durationInWords(text)).toBe(words);
  });

  it('refuses what is not a duration', () => {
    expect(() => durationInWords('ninety days')).toThrow(InputError);
  });
});
