import { describe, expect, it } from 'vitest';
import { matchLeadingTimestamp, type TimeContext } from './timestamp.js';
import { parseZone, type ZoneInfo } from './zones.js';

function zone(name: string): ZoneInfo {
  const z = parseZone(name);
  if (z === null) throw new Error(`test zone ${name} unknown`);
  return z;
}

function ctx(over: Partial<TimeContext> = {}): TimeContext {
  return { date: null, year: null, zone: null, dateOrder: null, previous: null, ...over };
}

const utc = ctx({ zone: zone('UTC') });

function at(text: string, context: TimeContext = utc): string | null | undefined {
  return matchLeadingTimestamp(text, context)?.at;
}

describe('matchLeadingTimestamp: dates with times', () => {
  it('reads ISO dates with a time, keeping the written form', () => {
    const m = matchLeadingTimestamp('2021-03-31 12:06', utc);
    expect(m).toMatchObject({ at: '2021-03-31T12:06:00Z', written: '2021-03-31 12:06', rest: '', date: { year: 2021, month: 3, day: 31 }, zoneFrom: 'context', problem: null });
    expect(matchLeadingTimestamp('2021-12-10   15:40', utc)).toMatchObject({ at: '2021-12-10T15:40:00Z', written: '2021-12-10   15:40' });
  });

  it('marks a trailing ~ as approximate and applies the context zone (CET with daylight saving)', () => {
    const cet = ctx({ zone: zone('CET') });
    expect(matchLeadingTimestamp('2020-11-17 10:45~', cet)).toMatchObject({ at: '2020-11-17T09:45:00Z', written: '2020-11-17 10:45', approximate: true });
    expect(matchLeadingTimestamp('2020-10-06 09:00 - 11:00 Ongoing investigation', cet)).toMatchObject({
      at: '2020-10-06T07:00:00Z',
      written: '2020-10-06 09:00 - 11:00',
      rest: 'Ongoing investigation',
      approximate: false,
    });
  });

  it('reads day-first and month-first numeric dates', () => {
    expect(at('24-10-2024 08:07')).toBe('2024-10-24T08:07:00Z');
    const m = matchLeadingTimestamp('07-27-2023 2:14 pm - Attacker’s PR was approved, making him a contributor via', ctx({ zone: zone('PST') }));
    expect(m).toMatchObject({ at: '2023-07-27T22:14:00Z', rest: 'Attacker’s PR was approved, making him a contributor via' });
    expect(at('16/03/2020 3am UTC', ctx())).toBe('2020-03-16T03:00:00Z');
    expect(at('**04-03-2026 15:48 UTC** – Alert fired', ctx({ dateOrder: 'dmy' }))).toBe('2026-03-04T15:48:00Z');
  });

  it('reports an ambiguous day/month order when the document gives none', () => {
    const m = matchLeadingTimestamp('**04-03-2026 15:48 UTC** – Alert fired', ctx());
    expect(m).toMatchObject({ at: null, problem: 'ambiguous day/month order in "04-03-2026"', rest: 'Alert fired' });
  });

  it('reads month names, ordinals, 12-hour clocks and stated zones', () => {
    const m = matchLeadingTimestamp('Feb-08-2021 06:17:19 PM +UTC', ctx({ zone: zone('PST') }));
    expect(m).toMatchObject({ at: '2021-02-08T18:17:19Z', zoneFrom: 'line', zone: { written: '+UTC', zone: 'UTC', isUtc: true } });
    expect(at('June 14th, 2022, 10:00 AM', ctx({ zone: zone('PST') }))).toBe('2022-06-14T18:00:00Z');
    expect(matchLeadingTimestamp('15 Mar 2020, around 9pm UTC', ctx())).toMatchObject({ at: '2020-03-15T21:00:00Z', approximate: true });
    expect(at('February 15, 2024: 7:56am UTC', ctx())).toBe('2024-02-15T07:56:00Z');
    expect(at('**31 July 2012, 13:00 IST.** A similar disturbance', ctx())).toBe('2012-07-31T07:30:00Z');
  });

  it('takes the year from the context when the date has none', () => {
    expect(at('Jan 14, 10:18 AM', ctx({ year: 2022, zone: zone('UTC') }))).toBe('2022-01-14T10:18:00Z');
    expect(at('Oct 31 21:33', ctx({ date: { year: 2021, month: 10, day: 1 }, zone: zone('PT') }))).toBe('2021-11-01T04:33:00Z');
    expect(matchLeadingTimestamp('Jan 14, 10:18 AM', utc)).toMatchObject({ at: null, problem: 'no year for "Jan 14"' });
  });

  it('strips bold with the punctuation inside it and the separator after it', () => {
    const m = matchLeadingTimestamp('**June 14th, 2022, 10:00 AM:** As part of their audit of the CAT1 standard', ctx({ zone: zone('PST') }));
    expect(m).toMatchObject({ written: 'June 14th, 2022, 10:00 AM', rest: 'As part of their audit of the CAT1 standard', index: 0, length: 31 });
  });

  it('reads a zone name written on the line', () => {
    const m = matchLeadingTimestamp('2024-06-28 7:09 AM Eastern:', ctx());
    expect(m).toMatchObject({ at: '2024-06-28T11:09:00Z', zone: { written: 'Eastern', zone: 'America/New_York' }, zoneFrom: 'line', rest: '' });
  });

  it('resolves as UTC but reports no zone when neither the line nor the context states one', () => {
    const m = matchLeadingTimestamp('2018-08-22, 03:26pm: Something happened', ctx());
    expect(m).toMatchObject({ at: '2018-08-22T15:26:00Z', zone: null, zoneFrom: null, rest: 'Something happened' });
  });

  it('reads a date after a date and a dash, and a date written after the time', () => {
    expect(at('10/20/2022 - 15:38 CST - a user, farmer_diamonds, converted', ctx())).toBe('2022-10-20T21:38:00Z');
    const m = matchLeadingTimestamp('12:45 PM PST Saturday Oct 30th: First wave of storm transactions begins', ctx({ year: 2021 }));
    expect(m).toMatchObject({ at: '2021-10-30T20:45:00Z', date: { year: 2021, month: 10, day: 30 }, rest: 'First wave of storm transactions begins' });
  });

  it('marks leading ~ and ± as approximate', () => {
    expect(matchLeadingTimestamp('~2025-03-03 19:30', utc)).toMatchObject({ at: '2025-03-03T19:30:00Z', approximate: true, written: '2025-03-03 19:30' });
    expect(matchLeadingTimestamp('± 23:00 UTC', ctx({ date: { year: 2017, month: 1, day: 31 } }))).toMatchObject({ at: '2017-01-31T23:00:00Z', approximate: true });
    expect(matchLeadingTimestamp('**± 17:20 UTC:** the team', ctx({ date: { year: 2017, month: 1, day: 31 } }))).toMatchObject({ approximate: true, rest: 'the team' });
  });

  it('takes the start of a range', () => {
    expect(at('2022-08-03 12:26-12:?? Fix deployed')).toBe('2022-08-03T12:26:00Z');
    expect(matchLeadingTimestamp('14:20-2:00 Through the next two hours', ctx({ date: { year: 2021, month: 5, day: 9 } }))).toMatchObject({
      at: '2021-05-09T14:20:00Z',
      rest: 'Through the next two hours',
    });
  });
});

describe('matchLeadingTimestamp: times alone', () => {
  const day = { year: 2019, month: 5, day: 30 };
  const pdt = ctx({ date: day, zone: zone('PDT') });

  it('reads bracketed chat-style times', () => {
    expect(matchLeadingTimestamp('[13:26]', pdt)).toMatchObject({ at: '2019-05-30T20:26:00Z', rest: '', written: '13:26' });
    expect(matchLeadingTimestamp("[08:47] Prow's auto-generated bump PR is merged", pdt)).toMatchObject({ index: 0, length: 8, rest: "Prow's auto-generated bump PR is merged" });
  });

  it('reads seconds, bold, en dashes, and no separator at all', () => {
    expect(at('09:15:04 UTC an edit was made', ctx({ date: day }))).toBe('2019-05-30T09:15:04Z');
    expect(matchLeadingTimestamp('**21:45 UTC** - Deploy starts', ctx({ date: day }))).toMatchObject({ written: '21:45 UTC', rest: 'Deploy starts' });
    expect(matchLeadingTimestamp('12:32 UTC – crates.io is down', ctx({ date: day }))).toMatchObject({ at: '2019-05-30T12:32:00Z', rest: 'crates.io is down' });
    expect(matchLeadingTimestamp('04:49 PM UTC Site repo branch Master, was renamed to Main', ctx({ date: day }))).toMatchObject({
      at: '2019-05-30T16:49:00Z',
      written: '04:49 PM UTC',
      rest: 'Site repo branch Master, was renamed to Main',
    });
  });

  it('reads 12-hour times with a colon or a dash after them', () => {
    const pst = ctx({ date: { year: 2023, month: 7, day: 5 }, zone: zone('PST') });
    expect(matchLeadingTimestamp('12:11 PM: Impersonator directs an email', pst)).toMatchObject({ at: '2023-07-05T20:11:00Z', rest: 'Impersonator directs an email' });
    expect(matchLeadingTimestamp('7:32 PM - The chain stalled at height 4779033.', pst)).toMatchObject({ at: '2023-07-06T03:32:00Z', rest: 'The chain stalled at height 4779033.' });
    expect(matchLeadingTimestamp('~9:00 AM: The user’s MacBook was erased', pst)).toMatchObject({ at: '2023-07-05T17:00:00Z', approximate: true });
  });

  it('lets the first time win over a second reading in parentheses', () => {
    const m = matchLeadingTimestamp('12:48 (6:48 PDT): The last transaction block before the incident', ctx({ date: { year: 2021, month: 5, day: 9 }, zone: zone('UTC') }));
    expect(m).toMatchObject({ at: '2021-05-09T12:48:00Z', zoneFrom: 'context', rest: 'The last transaction block before the incident' });
  });

  it('lets a zone on the line override the context', () => {
    const m = matchLeadingTimestamp('2:56am EST.', ctx({ date: { year: 2024, month: 1, day: 29 }, zone: zone('UTC') }));
    expect(m).toMatchObject({ at: '2024-01-29T07:56:00Z', zoneFrom: 'line', zone: { written: 'EST', zone: 'UTC-5' } });
  });

  it('keeps PST as UTC-8 even in summer, as written', () => {
    expect(at('10:00 PST', ctx({ date: { year: 2022, month: 6, day: 28 } }))).toBe('2022-06-28T18:00:00Z');
    expect(at('10:00 PT', ctx({ date: { year: 2022, month: 6, day: 28 } }))).toBe('2022-06-28T17:00:00Z');
  });

  it('has no instant without a date', () => {
    expect(matchLeadingTimestamp('14:51', utc)).toMatchObject({ at: null, problem: 'no date for this time', written: '14:51' });
  });

  it('rolls past midnight when a time falls more than 12 hours before the previous entry', () => {
    const first = matchLeadingTimestamp('[23:55] @BenTheElder completes the migration', pdt);
    expect(first?.at).toBe('2019-05-31T06:55:00Z');
    const next = matchLeadingTimestamp('[07:00] Prow is once again merging at its usual rate', { ...pdt, previous: first?.at ? Date.parse(first.at) : null });
    expect(next?.at).toBe('2019-05-31T14:00:00Z');
    expect(next?.date).toBeNull();
  });

  it('keeps an entry a little earlier than the previous one as it is', () => {
    const m = matchLeadingTimestamp('[14:11] @Katharine determines that many things are wrong', { ...pdt, previous: Date.parse('2019-05-30T21:31:00Z') });
    expect(m?.at).toBe('2019-05-30T21:11:00Z');
  });

  it('does not roll entries that state their own date', () => {
    expect(at('2019-05-30 07:00', { ...utc, previous: Date.parse('2019-05-30T23:55:00Z') })).toBe('2019-05-30T07:00:00Z');
  });
});

describe('matchLeadingTimestamp: odd and invalid values', () => {
  const day = ctx({ date: { year: 2023, month: 7, day: 5 }, zone: zone('PST') });

  it('reads 24-hour times with PM as written and says so', () => {
    expect(matchLeadingTimestamp('13:33 PM: The last email is from the impersonator', day)).toMatchObject({
      at: '2023-07-05T21:33:00Z',
      problem: 'invalid time "13:33 PM" (24-hour time with PM)',
      rest: 'The last email is from the impersonator',
    });
  });

  it('gives a best reading for a one-digit minute', () => {
    expect(matchLeadingTimestamp('2020-02-06 07:7:47', utc)).toMatchObject({ at: '2020-02-06T07:07:47Z', problem: 'invalid time "07:7:47"' });
  });

  it('has no instant for invalid dates', () => {
    expect(matchLeadingTimestamp('20202-01-16 12:00', utc)).toMatchObject({ at: null, problem: 'invalid date "20202-01-16"' });
    expect(matchLeadingTimestamp('11/03/202 - Version 1.6.1 of the Chia blockchain was released', day)).toMatchObject({
      at: null,
      problem: 'invalid date "11/03/202"',
      rest: 'Version 1.6.1 of the Chia blockchain was released',
    });
    expect(matchLeadingTimestamp('2021-02-30 10:00', utc)).toMatchObject({ at: null, problem: 'invalid date "2021-02-30"' });
    expect(matchLeadingTimestamp('25:10 something', day)).toMatchObject({ at: null, problem: 'invalid time "25:10"' });
  });

  it('reports placeholders left in from templates', () => {
    expect(matchLeadingTimestamp('HH:mm', day)).toMatchObject({ at: null, problem: 'placeholder "HH:mm"' });
    expect(matchLeadingTimestamp('2019-12-03 --:--', utc)).toMatchObject({ at: null, problem: 'placeholder "--:--"', date: { year: 2019, month: 12, day: 3 } });
    expect(matchLeadingTimestamp('2024-03-13 HH:mm', utc)).toMatchObject({ at: null, date: { year: 2024, month: 3, day: 13 }, problem: 'placeholder "HH:mm"' });
    expect(matchLeadingTimestamp('[???] IOPS reached a critical point', day)).toMatchObject({ at: null, problem: 'placeholder "???"', rest: 'IOPS reached a critical point' });
    expect(matchLeadingTimestamp('2023-MM-DD[^1]', utc)).toMatchObject({ at: null, problem: 'placeholder "2023-MM-DD"', rest: '[^1]' });
    expect(matchLeadingTimestamp('2022-02-?? ??:??', utc)).toMatchObject({ at: null, problem: 'placeholder "2022-02-?? ??:??"', date: null });
    expect(matchLeadingTimestamp('20xx-MM-DD HH:mm', utc)).toMatchObject({ at: null, problem: 'placeholder "20xx-MM-DD HH:mm"' });
    expect(matchLeadingTimestamp('12:45 PM DATE: Thing 1 happened', day)).toMatchObject({ at: null, problem: 'placeholder "DATE"', rest: 'Thing 1 happened' });
  });
});

describe('matchLeadingTimestamp: not a timestamp', () => {
  it.each([
    'Some text with 12:00 later',
    '1. Something',
    '2 hours later the pager fired',
    '**Detection:** We received a lot of alerts',
    'Date:   Mon May 10 11:15:04 2021 +0200',
    '2021-12-10',
    '10/14/2022 - A researcher reported the issue',
    '_7/5/2023_',
    'Oct 31',
    '~100 GB of virtual memory usage',
    '1st wave: 1071900 - 1072525',
    '### October 21, 2025 - Redis Overload',
    '1.6.1 was released',
    '12:00abc',
    '2021-12-10x 10:00',
    '',
  ])('%j gives null', (text) => {
    expect(matchLeadingTimestamp(text, utc)).toBeNull();
  });
});

describe('matchLeadingTimestamp: bounded work', () => {
  it.each([
    ['letters', 'a'.repeat(100_000)],
    ['digits', '1'.repeat(100_000)],
    ['a timestamp then a long text', `2021-03-31 12:06 ${'word '.repeat(20_000)}`],
    ['colons and digits', '1:'.repeat(50_000)],
    ['brackets and tildes', '[~'.repeat(50_000)],
  ])('returns quickly on a 100,000-character line of %s', (_name, text) => {
    const started = performance.now();
    matchLeadingTimestamp(text, utc);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('still reads the timestamp of a very long line', () => {
    const m = matchLeadingTimestamp(`2021-03-31 12:06 ${'x'.repeat(100_000)}`, utc);
    expect(m?.at).toBe('2021-03-31T12:06:00Z');
    expect(m?.rest.length).toBe(100_000);
  });
});
