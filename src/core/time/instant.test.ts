import { parse as parseToml } from 'smol-toml';
import jsYaml from 'js-yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, toUtcInstant } from './instant.js';

describe('formatInstant', () => {
  it("writes what toISOString writes, without milliseconds unless asked, for any instant JS dates hold", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), fc.integer({ min: -8.64e15, max: 8.64e15 })), fc.boolean(), (at, withMs) => {
        const iso = new Date(at).toISOString();
        expect(formatInstant(at, withMs)).toBe(withMs ? iso : iso.replace(/\.\d{3}Z$/, 'Z'));
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes the seconds and milliseconds of an ordinary instant', () => {
    expect(formatInstant(Date.UTC(2024, 2, 1, 4, 5, 6, 7), false)).toBe('2024-03-01T04:05:06Z');
    expect(formatInstant(Date.UTC(2024, 2, 1, 4, 5, 6, 7), true)).toBe('2024-03-01T04:05:06.007Z');
  });
});

describe('toUtcInstant', () => {
  it('reads ISO strings with Z, an offset, or no zone (UTC)', () => {
    expect(toUtcInstant('2012-07-30T02:33:00Z')).toBe('2012-07-30T02:33:00Z');
    expect(toUtcInstant('2012-07-30T08:03:00+05:30')).toBe('2012-07-30T02:33:00Z');
    expect(toUtcInstant('2012-07-30 02:33')).toBe('2012-07-30T02:33:00Z');
    expect(toUtcInstant('2024-10-24T07:34:22.609730903Z')).toBe('2024-10-24T07:34:22.609Z');
  });

  it('reads a date alone as midnight UTC', () => {
    expect(toUtcInstant('2020-01-07')).toBe('2020-01-07T00:00:00Z');
  });

  it('reads JS dates, as YAML and TOML give them', () => {
    expect(toUtcInstant(new Date('2012-07-31T16:00:00Z'))).toBe('2012-07-31T16:00:00Z');
    expect(toUtcInstant(new Date('2012-07-31T16:00:00.123Z'))).toBe('2012-07-31T16:00:00.123Z');
    const yaml = jsYaml.load('start_time: 2012-07-30T02:33:00Z') as { start_time: unknown };
    expect(toUtcInstant(yaml.start_time)).toBe('2012-07-30T02:33:00Z');
    const toml = parseToml('a = 2012-07-30T02:33:00Z\nb = 2012-07-30T02:33:00\nc = 2012-07-30\nd = 2012-07-30T08:03:00+05:30\ne = 07:32:00');
    expect(toUtcInstant(toml.a)).toBe('2012-07-30T02:33:00Z');
    expect(toUtcInstant(toml.b)).toBe('2012-07-30T02:33:00Z');
    expect(toUtcInstant(toml.c)).toBe('2012-07-30T00:00:00Z');
    expect(toUtcInstant(toml.d)).toBe('2012-07-30T02:33:00Z');
    expect(toUtcInstant(toml.e)).toBeNull();
  });

  it.each([['August 15, 2020'], ['2020-02-30'], ['2020-01-07T25:00:00Z'], [''], [12345], [null], [undefined], [{}], [new Date('nope')]])('%j gives null', (value) => {
    expect(toUtcInstant(value)).toBeNull();
  });
});
