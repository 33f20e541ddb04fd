import { describe, expect, it } from 'vitest';
import { parseZone } from './zones.js';

describe('parseZone', () => {
  it.each([
    ['UTC', 'UTC', true],
    ['utc', 'UTC', true],
    ['GMT', 'UTC', true],
    ['Z', 'UTC', true],
    ['+UTC', 'UTC', true],
    ['(UTC)', 'UTC', true],
    ['PST', 'UTC-8', false],
    ['PDT', 'UTC-7', false],
    ['EST', 'UTC-5', false],
    ['EDT', 'UTC-4', false],
    ['CST', 'UTC-6', false],
    ['PT', 'America/Los_Angeles', false],
    ['Pacific', 'America/Los_Angeles', false],
    ['ET', 'America/New_York', false],
    ['Eastern', 'America/New_York', false],
    ['CET', 'CET', false],
    ['CEST', 'UTC+2', false],
    ['IST', 'Asia/Kolkata', false],
    ['SAST', 'Africa/Johannesburg', false],
    ['UTC+2', 'UTC+2', false],
    ['GMT-08:00', 'UTC-8', false],
    ['+0530', 'UTC+5:30', false],
    ['UTC+0', 'UTC', true],
  ])('%s is %s', (written, zone, isUtc) => {
    expect(parseZone(written)).toEqual({ written: written.replace(/[()]/g, ''), zone, isUtc });
  });

  it.each(['XYZ', 'pst', 'et', 'eastern', '', 'UTC+25', 'Eastern grid'])('%j is unknown', (text) => {
    expect(parseZone(text)).toBeNull();
  });
});
