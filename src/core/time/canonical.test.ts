import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCanonical, parseCanonical } from './canonical.js';

describe('formatCanonical', () => {
  it('writes minutes, and seconds and milliseconds only when they are not zero', () => {
    expect(formatCanonical('2024-03-01T14:05:00Z')).toBe('2024-03-01 14:05');
    expect(formatCanonical('2024-03-01T14:05:00.000Z')).toBe('2024-03-01 14:05');
    expect(formatCanonical('2024-03-01T14:05:09Z')).toBe('2024-03-01 14:05:09');
    expect(formatCanonical('2024-03-01T14:05:00.250Z')).toBe('2024-03-01 14:05:00.250');
  });

  it('writes UTC whatever the offset of the input', () => {
    expect(formatCanonical('2024-03-01T14:05:00+02:00')).toBe('2024-03-01 12:05');
  });

  it('returns a text that is no instant as it is', () => {
    expect(formatCanonical('not a time')).toBe('not a time');
  });
});

describe('parseCanonical', () => {
  it('reads canonical cells and full ISO instants', () => {
    expect(parseCanonical('2024-03-01 14:05')).toBe('2024-03-01T14:05:00Z');
    expect(parseCanonical(' 2024-03-01 14:05:09 ')).toBe('2024-03-01T14:05:09Z');
    expect(parseCanonical('2024-03-01 14:05:00.250')).toBe('2024-03-01T14:05:00.250Z');
    expect(parseCanonical('2024-03-01T14:05:00Z')).toBe('2024-03-01T14:05:00Z');
    expect(parseCanonical('2024-03-01T14:05:00+02:00')).toBe('2024-03-01T12:05:00Z');
  });

  it.each(['2024-03-01', '2024-13-01 10:00', '2024-03-01 25:00', '2024-03-13 HH:mm', '14:05', 'yesterday', ''])('%j is not canonical', (text) => {
    expect(parseCanonical(text)).toBeNull();
  });

  it('round-trips every instant through formatCanonical', () => {
    const instants = fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true })
      .map((date) => date.toISOString().replace('.000Z', 'Z'));
    fc.assert(
      fc.property(instants, (at) => {
        expect(parseCanonical(formatCanonical(at))).toBe(at);
      }),
    );
  });
});
