import { describe, expect, it } from 'vitest';
import { findZoneStatement } from './zone-statement.js';

describe('findZoneStatement', () => {
  it.each([
    ['All times in UTC.', 'UTC', 'UTC'],
    ['All times in CET.', 'CET', 'CET'],
    ['All times PDT.', 'PDT', 'UTC-7'],
    ['All times in PST, on February 5th 2019', 'PST', 'UTC-8'],
    ['2015-10-21 (*all times UTC*)', 'UTC', 'UTC'],
    ['## Timeline (all times PST) 10/14/2022 - 11/03/2022. All times approximations', 'PST', 'UTC-8'],
    ['## Timeline (PST) 4/21/23-4/25/23. All times approximations', 'PST', 'UTC-8'],
    ['## Timeline (UTC) All Times Approximate', 'UTC', 'UTC'],
    ['## Timeline (all times PT )', 'PT', 'America/Los_Angeles'],
    ['Time (PT)', 'PT', 'America/Los_Angeles'],
    ['| Day | Date (2021) | Time (PT) | Event |', 'PT', 'America/Los_Angeles'],
    ['| Date and Time in CET | Event |', 'CET', 'CET'],
    ['Datetime (UTC)', 'UTC', 'UTC'],
    ['( All times EDT )', 'EDT', 'UTC-4'],
    ['Times are Eastern', 'Eastern', 'America/New_York'],
    ['Time zone: UTC', 'UTC', 'UTC'],
  ])('%j states %s', (text, written, zone) => {
    expect(findZoneStatement(text)).toMatchObject({ written, zone });
  });

  it.each([
    'The Central Electricity Regulatory Commission (CERC) report on the Northern, Eastern and North-Eastern grids',
    'We executed the computation and the output was fine',
    'We use UTC for all logs',
    '## Timeline (all times approximate)',
    'Date/Time Stamps (Captured from keybase messages)',
    'The times estimated by the team were off, et al.',
    '| Time | Event |',
    '',
  ])('%j states no zone', (text) => {
    expect(findZoneStatement(text)).toBeNull();
  });

  it('looks only at the first 10,000 characters of a huge text', () => {
    const started = performance.now();
    expect(findZoneStatement(`${'times '.repeat(20_000)}All times in UTC.`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
