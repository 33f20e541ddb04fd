import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/markdown/extract/timeline.js';
import { sectionOf } from '../../../test/extract-section.js';
import {
  DATE_WITHOUT_TIME,
  describeDayNote,
  describeKept,
  describeMove,
  describeNamedDay,
  formatDay,
  NO_DAY_TO_COUNT_FROM,
  NO_TEXT,
  NO_TIME,
  parseDayInput,
  pasteZone,
  readPastedLines,
  type PasteReading,
  type PasteSettings,
} from './timeline-paste.js';

const DAY = { year: 2024, month: 3, day: 1 };
const UTC: PasteSettings = { day: DAY, zone: pasteZone('utc', 'Europe/Berlin') };
const BERLIN: PasteSettings = { day: DAY, zone: pasteZone('local', 'Europe/Berlin') };

/** The one event a line gives, as [at, text]. */
function one(line: string, settings: PasteSettings = UTC): [string | null, string] {
  const read = readPastedLines(line, settings);
  expect(read.unread).toEqual([]);
  expect(read.events).toHaveLength(1);
  const event = read.events[0]?.event;
  return [event?.at ?? null, event?.text ?? ''];
}

describe('reading pasted timeline lines', () => {
  it.each([
    ['14:05 Deploy started', '2024-03-01T14:05:00Z'],
    ['[14:05] Deploy started', '2024-03-01T14:05:00Z'],
    ['14:05 UTC Deploy started', '2024-03-01T14:05:00Z'],
    ['14:05 UTC - Deploy started', '2024-03-01T14:05:00Z'],
    ['14:05Z Deploy started', '2024-03-01T14:05:00Z'],
    ['14:05 GMT: Deploy started', '2024-03-01T14:05:00Z'],
    ['14:05 +00:00 Deploy started', '2024-03-01T14:05:00Z'],
    ['14:05 (UTC) Deploy started', '2024-03-01T14:05:00Z'],
    ['2:10 PM Deploy started', '2024-03-01T14:10:00Z'],
    ['2:10pm Deploy started', '2024-03-01T14:10:00Z'],
    ['2:10 AM Deploy started', '2024-03-01T02:10:00Z'],
    ['12:05 AM Deploy started', '2024-03-01T00:05:00Z'],
    ['12:05 PM Deploy started', '2024-03-01T12:05:00Z'],
    ['14:05:33 Deploy started', '2024-03-01T14:05:33Z'],
    ['2024-03-01 14:05 Deploy started', '2024-03-01T14:05:00Z'],
    ['2024-03-02T14:05:00Z Deploy started', '2024-03-02T14:05:00Z'],
    ['Mar 1 14:05 Deploy started', '2024-03-01T14:05:00Z'],
    ['March 2, 2024, 2:05 PM: Deploy started', '2024-03-02T14:05:00Z'],
    ['14:05 - Deploy started', '2024-03-01T14:05:00Z'],
    ['14:05 — Deploy started', '2024-03-01T14:05:00Z'],
    ['14:05: Deploy started', '2024-03-01T14:05:00Z'],
    ['14:05 | Deploy started', '2024-03-01T14:05:00Z'],
    ['**14:05** Deploy started', '2024-03-01T14:05:00Z'],
    ['**14:05:** Deploy started', '2024-03-01T14:05:00Z'],
    ['- 14:05: Deploy started', '2024-03-01T14:05:00Z'],
    ['* 14:05 Deploy started', '2024-03-01T14:05:00Z'],
    ['1. 14:05 Deploy started', '2024-03-01T14:05:00Z'],
    ['> 14:05 Deploy started', '2024-03-01T14:05:00Z'],
    ['  14:05   Deploy started  ', '2024-03-01T14:05:00Z'],
  ])('reads %j as %s with the time and its zone taken off the text', (line, at) => {
    expect(one(line)).toEqual([at, 'Deploy started']);
  });

  it('keeps the event in canonical form, and marks an approximate time', () => {
    const [event] = readPastedLines('~14:05:33 Deploy started', UTC).events;
    expect(event?.event).toEqual({ at: '2024-03-01T14:05:33Z', written: '2024-03-01 14:05:33', approximate: true, text: 'Deploy started', actor: null, kind: null, source: 'typed' });
    expect(event?.written).toBe('14:05:33');
  });

  it('reads the lines of issue 10 without moving a day or leaving the time in the text', () => {
    const read = readPastedLines('[14:05] Deploy of checkout v142 started\n2:10 PM Latency alert fired\n14:25 UTC Rolled back', UTC);
    expect(read.events.map((e) => [e.event.at, e.event.text, e.nextDay])).toEqual([
      ['2024-03-01T14:05:00Z', 'Deploy of checkout v142 started', false],
      ['2024-03-01T14:10:00Z', 'Latency alert fired', false],
      ['2024-03-01T14:25:00Z', 'Rolled back', false],
    ]);
    expect(read.moves).toEqual([]);
    expect(read.kept).toEqual([]);
    expect(read.unread).toEqual([]);
  });

  it('reads times in the chosen zone unless the line states its own', () => {
    const read = readPastedLines('14:05 Deploy started\n14:25 UTC Rolled back\n2:30 PM PST Paged the west coast', BERLIN);
    expect(read.events.map((e) => [e.event.at, e.clock, e.lineZone?.written ?? null])).toEqual([
      ['2024-03-01T13:05:00Z', '14:05', null],
      ['2024-03-01T14:25:00Z', '15:25', 'UTC'],
      ['2024-03-01T22:30:00Z', '23:30', 'PST'],
    ]);
  });

  it('takes a zone stated on a line of its own for the lines after it', () => {
    const read = readPastedLines('All times UTC\n14:05 Deploy started', BERLIN);
    expect(read.settings).toEqual([{ line: 1, text: 'All times UTC', sets: 'the time zone: UTC' }]);
    expect(read.events.map((e) => e.event.at)).toEqual(['2024-03-01T14:05:00Z']);
  });

  it('puts a line on the date it gives, and the times-only lines after it on that date', () => {
    const read = readPastedLines('23:00 Backup started\n2024-03-05 09:00 Restore started\n09:30 Restore done', UTC);
    expect(read.events.map((e) => [e.event.at, e.dated])).toEqual([
      ['2024-03-01T23:00:00Z', false],
      ['2024-03-05T09:00:00Z', true],
      ['2024-03-05T09:30:00Z', false],
    ]);
    expect(read.moves).toEqual([]);
  });

  it('takes a date alone on its line as the day of the lines after it', () => {
    const read = readPastedLines('23:50 Backup started\nMarch 4\n00:20 Restore started', UTC);
    expect(read.settings).toEqual([{ line: 2, text: 'March 4', sets: 'the day: Mon 4 Mar 2024' }]);
    expect(read.events.map((e) => e.event.at)).toEqual(['2024-03-01T23:50:00Z', '2024-03-04T00:20:00Z']);
    expect(read.moves).toEqual([]);
  });

  describe('a time earlier than the line before', () => {
    const night = '23:40 Disk alert fired\n23:50 Paged the on-call\n00:20 Failed over\n00:35 Traffic back to normal';

    it('rolls to the next day and says so, with every line that follows it there', () => {
      const read = readPastedLines(night, UTC);
      expect(read.events.map((e) => [e.event.at, e.nextDay, e.movedBy])).toEqual([
        ['2024-03-01T23:40:00Z', false, null],
        ['2024-03-01T23:50:00Z', false, null],
        ['2024-03-02T00:20:00Z', true, 3],
        ['2024-03-02T00:35:00Z', false, 3],
      ]);
      expect(read.moves).toEqual([{ line: 3, lines: [3, 4], day: { year: 2024, month: 3, day: 2 }, clock: '00:20', before: { line: 2, clock: '23:50' } }]);
      expect(read.moves.map(describeMove)).toEqual(['2 lines fall on the next day, Sat 2 Mar 2024, because the time on line 3 (00:20) is earlier than the line before it (23:50).']);
      expect(read.events[2]?.earlier).toEqual({ line: 2, clock: '23:50' });
    });

    it('stays on the same day, with the lines after it, when the user says so, and still says why', () => {
      const read = readPastedLines(night, { ...UTC, nextDay: new Map([[3, false]]) });
      expect(read.events.map((e) => [e.event.at, e.nextDay, e.movedBy])).toEqual([
        ['2024-03-01T23:40:00Z', false, null],
        ['2024-03-01T23:50:00Z', false, null],
        ['2024-03-01T00:20:00Z', false, null],
        ['2024-03-01T00:35:00Z', false, null],
      ]);
      expect(read.moves).toEqual([]);
      expect(read.kept.map(describeKept)).toEqual(['The time on line 3 (00:20) is earlier than the line before it (23:50) but stays on Fri 1 Mar 2024.']);
    });

    it('keeps a time a little earlier on its day, as the importer does, and moves it when the user asks', () => {
      const lines = '14:05 Deploy started\n14:03 Canary failed\n14:10 Rolled back';
      const kept = readPastedLines(lines, UTC);
      expect(kept.events.map((e) => e.event.at)).toEqual(['2024-03-01T14:05:00Z', '2024-03-01T14:03:00Z', '2024-03-01T14:10:00Z']);
      expect(kept.kept.map((e) => e.line)).toEqual([2]);
      expect(kept.moves).toEqual([]);
      const moved = readPastedLines(lines, { ...UTC, nextDay: new Map([[2, true]]) });
      expect(moved.events.map((e) => e.event.at)).toEqual(['2024-03-01T14:05:00Z', '2024-03-02T14:03:00Z', '2024-03-02T14:10:00Z']);
      expect(moved.moves.map(describeMove)).toEqual(['2 lines fall on the next day, Sat 2 Mar 2024, because the time on line 2 (14:03) is earlier than the line before it (14:05).']);
    });

    it('counts days in the chosen zone', () => {
      const read = readPastedLines('23:50 Paged\n00:20 Failed over', BERLIN);
      expect(read.events.map((e) => [e.event.at, formatDay(e.day), e.clock])).toEqual([
        ['2024-03-01T22:50:00Z', 'Fri 1 Mar 2024', '23:50'],
        ['2024-03-01T23:20:00Z', 'Sat 2 Mar 2024', '00:20'],
      ]);
      expect(read.moves.map((m) => m.line)).toEqual([2]);
    });

    it('does not move a line that gives its own date', () => {
      const read = readPastedLines('23:50 Paged\n2024-03-01 00:20 Something earlier', UTC);
      expect(read.events.map((e) => [e.event.at, e.nextDay, e.earlier])).toEqual([
        ['2024-03-01T23:50:00Z', false, null],
        ['2024-03-01T00:20:00Z', false, null],
      ]);
      expect(read.moves).toEqual([]);
    });
  });

  it('lists every line it cannot read, with its number and why, and passes over blank lines', () => {
    const read = readPastedLines('14:05 Deploy started\n\nnot a time line\n14:?? Someone restarted it\n14:20\n10/14/2022 - A researcher wrote in\n25:10 Too late\n14:30 Rolled back', UTC);
    expect(read.unread).toEqual([
      { line: 3, text: 'not a time line', reason: NO_TIME },
      { line: 4, text: '14:?? Someone restarted it', reason: 'placeholder "14:??"' },
      { line: 5, text: '14:20', reason: NO_TEXT },
      { line: 6, text: '10/14/2022 - A researcher wrote in', reason: DATE_WITHOUT_TIME },
      { line: 7, text: '25:10 Too late', reason: 'invalid time "25:10"' },
    ]);
    expect(read.events.map((e) => e.line)).toEqual([1, 8]);
  });

  it('reads an odd time as the importer does and passes on its warning', () => {
    const [event] = readPastedLines('13:10 PM Paged', UTC).events;
    expect(event?.event.at).toBe('2024-03-01T13:10:00Z');
    expect(event?.problem).toBe('invalid time "13:10 PM" (24-hour time with PM)');
  });

  it('reads times-only lines only once it has a day for them', () => {
    const read = readPastedLines('14:05 Deploy started\n2024-03-01 14:10 Alert fired', { ...UTC, day: null });
    expect(read.unread).toEqual([{ line: 1, text: '14:05 Deploy started', reason: 'no date for this time' }]);
    expect(read.events.map((e) => e.event.at)).toEqual(['2024-03-01T14:10:00Z']);
  });

  describe('days named in the lines (Day 2, a weekday, the next day), as the importer reads them', () => {
    /** Each event as [line, at, the day note on its row, next-day badge]. */
    function rows(read: PasteReading): [number, string, string | null, boolean][] {
      return read.events.map((e) => [e.line, e.event.at ?? '', describeDayNote(e), e.movedBy !== null || e.namedDay?.reference.kind === 'nextDay']);
    }

    it('counts "Day 2" on a line of its own from the form\'s day as Day 1, and says so on the rows after it', () => {
      const read = readPastedLines('09:00 Disk filling up\nDay 2\n08:30 Disk full\n09:10 Writes failing\nDay 1\n23:00 Earlier warning found', UTC);
      expect(read.unread).toEqual([]);
      expect(read.settings).toEqual([
        { line: 2, text: 'Day 2', sets: 'the day: Day 2 → Sat 2 Mar 2024', namedDay: read.namedDays[0] },
        { line: 5, text: 'Day 1', sets: 'the day: Day 1 → Fri 1 Mar 2024', namedDay: read.namedDays[1] },
      ]);
      expect(rows(read)).toEqual([
        [1, '2024-03-01T09:00:00Z', null, false],
        [3, '2024-03-02T08:30:00Z', 'Day 2 (line 2) → Sat 2 Mar 2024', false],
        [4, '2024-03-02T09:10:00Z', 'Day 2 (line 2) → Sat 2 Mar 2024', false],
        [6, '2024-03-01T23:00:00Z', 'Day 1 (line 5) → Fri 1 Mar 2024', false],
      ]);
      // 08:30 is earlier than 09:00, but on the day named: neither moved nor kept.
      expect(read.moves).toEqual([]);
      expect(read.kept).toEqual([]);
      expect(read.namedDays.map(describeNamedDay)).toEqual([
        'Line 2 “Day 2” is Sat 2 Mar 2024, counting Fri 1 Mar 2024 as Day 1.',
        'Line 5 “Day 1” is Fri 1 Mar 2024, counting Fri 1 Mar 2024 as Day 1.',
      ]);
    });

    it('reads "Day 2 09:00 …" as that time on Day 2, with the day in the time as written', () => {
      const read = readPastedLines('23:50 Paged\nDay 2 09:00 Root cause found\n09:30 Fix deployed\nDay three, 10:00 Postmortem written\nDay 4 at 11:00 UTC Reviewed', BERLIN);
      expect(read.unread).toEqual([]);
      expect(read.events.map((e) => [e.written, e.event.at, e.event.text, formatDay(e.day), e.clock, describeDayNote(e), e.lineZone?.written ?? null])).toEqual([
        ['23:50', '2024-03-01T22:50:00Z', 'Paged', 'Fri 1 Mar 2024', '23:50', null, null],
        ['Day 2 09:00', '2024-03-02T08:00:00Z', 'Root cause found', 'Sat 2 Mar 2024', '09:00', 'Day 2 → Sat 2 Mar 2024', null],
        ['09:30', '2024-03-02T08:30:00Z', 'Fix deployed', 'Sat 2 Mar 2024', '09:30', 'Day 2 (line 2) → Sat 2 Mar 2024', null],
        ['Day three, 10:00', '2024-03-03T09:00:00Z', 'Postmortem written', 'Sun 3 Mar 2024', '10:00', 'Day three → Sun 3 Mar 2024', null],
        ['Day 4 at 11:00 UTC', '2024-03-04T11:00:00Z', 'Reviewed', 'Mon 4 Mar 2024', '12:00', 'Day 4 → Mon 4 Mar 2024', 'UTC'],
      ]);
      expect(read.events.map((e) => [e.nextDay, e.movedBy, e.earlier])).toEqual(Array.from({ length: 5 }, () => [false, null, null]));
    });

    it.each([
      ['### Day 2 — recovery', 'Day 2'],
      ['## Day 2', 'Day 2'],
      ['**Day 2**', 'Day 2'],
      ['- Day 2:', 'Day 2'],
      ['Day two (Saturday)', 'Day two'],
      ['_Saturday_', 'Saturday'],
      ['Sat.', 'Sat.'],
      ['The next day', 'The next day'],
      ['- **Next day**', 'Next day'],
      ['The following day:', 'The following day'],
    ])('takes %j as a line that names the day of the lines after it', (line, written) => {
      const read = readPastedLines(`09:00 Disk filling up\n${line}\n08:30 Disk full`, UTC);
      expect(read.unread).toEqual([]);
      expect(read.namedDays.map((n) => [n.line, n.written, formatDay(n.day)])).toEqual([[2, written, 'Sat 2 Mar 2024']]);
      expect(read.events.map((e) => e.event.at)).toEqual(['2024-03-01T09:00:00Z', '2024-03-02T08:30:00Z']);
    });

    it('reads a weekday as the first such day on or after the day in force, before a time or alone', () => {
      // Fri 1 Mar: Friday is that day, Tuesday the one after, Monday the one after that.
      const read = readPastedLines('Friday 14:00 Deploy started\nTuesday 14:05 Alert fired\n14:30 Rolled back\nMonday\n09:00 Follow-up meeting\nMon, 10:00 Action items filed', UTC);
      expect(read.unread).toEqual([]);
      expect(rows(read)).toEqual([
        [1, '2024-03-01T14:00:00Z', 'Friday → Fri 1 Mar 2024', false],
        [2, '2024-03-05T14:05:00Z', 'Tuesday → Tue 5 Mar 2024', false],
        [3, '2024-03-05T14:30:00Z', 'Tuesday (line 2) → Tue 5 Mar 2024', false],
        [5, '2024-03-11T09:00:00Z', 'Monday (line 4) → Mon 11 Mar 2024', false],
        [6, '2024-03-11T10:00:00Z', 'Mon → Mon 11 Mar 2024', false],
      ]);
      expect(read.settings).toEqual([{ line: 4, text: 'Monday', sets: 'the day: Monday → Mon 11 Mar 2024', namedDay: read.namedDays[2] }]);
      expect(read.namedDays.map(describeNamedDay)).toEqual([
        'Line 1 “Friday” is Fri 1 Mar 2024, the first Friday on or after Fri 1 Mar 2024.',
        'Line 2 “Tuesday” is Tue 5 Mar 2024, the first Tuesday on or after Fri 1 Mar 2024.',
        'Line 4 “Monday” is Mon 11 Mar 2024, the first Monday on or after Tue 5 Mar 2024.',
        'Line 6 “Mon” is Mon 11 Mar 2024, the first Monday on or after Mon 11 Mar 2024.',
      ]);
    });

    it('never reads a weekday before the form\'s day, as the importer may before its timeline starts', () => {
      // Thursday is the day before Fri 1 Mar; the importer would take it before its first event, the paste does not.
      expect(one('Thursday 14:05 Deploy started')).toEqual(['2024-03-07T14:05:00Z', 'Deploy started']);
    });

    it('moves "the next day" one day on from the day in force, alone or before a time, with the next-day badge', () => {
      const read = readPastedLines('14:00 Deploy started\nNext day 09:00 Alert fired\n09:30 Rolled back\nThe next day\n10:00 Postmortem review\nThe next day at 11:00 Action items filed', UTC);
      expect(read.unread).toEqual([]);
      expect(rows(read)).toEqual([
        [1, '2024-03-01T14:00:00Z', null, false],
        [2, '2024-03-02T09:00:00Z', 'Next day → Sat 2 Mar 2024', true],
        [3, '2024-03-02T09:30:00Z', 'Next day (line 2) → Sat 2 Mar 2024', true],
        [5, '2024-03-03T10:00:00Z', 'The next day (line 4) → Sun 3 Mar 2024', true],
        [6, '2024-03-04T11:00:00Z', 'The next day → Mon 4 Mar 2024', true],
      ]);
      // Named, not moved by the time going backwards: no move to undo, no check box.
      expect(read.moves).toEqual([]);
      expect(read.events.map((e) => e.earlier)).toEqual([null, null, null, null, null]);
      expect(describeNamedDay(read.namedDays[0]!)).toBe('Line 2 “Next day” is Sat 2 Mar 2024, the day after Fri 1 Mar 2024.');
    });

    it('ends a named day at a date, and lets a time past midnight move on from it as before', () => {
      const read = readPastedLines('Day 2\n23:50 Paged\n00:20 Failed over\nDay 5\n10:00 Review\nMarch 10\n11:00 Closed', UTC);
      expect(rows(read)).toEqual([
        [2, '2024-03-02T23:50:00Z', 'Day 2 (line 1) → Sat 2 Mar 2024', false],
        [3, '2024-03-03T00:20:00Z', null, true],
        [5, '2024-03-05T10:00:00Z', 'Day 5 (line 4) → Tue 5 Mar 2024', false],
        [7, '2024-03-10T11:00:00Z', null, false],
      ]);
      expect(read.moves.map(describeMove)).toEqual(['1 line falls on the next day, Sun 3 Mar 2024, because the time on line 3 (00:20) is earlier than the line before it (23:50).']);
    });

    it('leaves a sentence that starts with a weekday unread, and a named day unread without a day to count from', () => {
      expect(readPastedLines('Tuesday was quiet\nThe next day we met', UTC).unread).toEqual([
        { line: 1, text: 'Tuesday was quiet', reason: NO_TIME },
        { line: 2, text: 'The next day we met', reason: NO_TIME },
      ]);
      const read = readPastedLines('Day 2\nTuesday 14:05 Deploy started\n2024-03-05 14:10 Alert fired\nDay 2 09:00 Paged', { ...UTC, day: null });
      expect(read.unread).toEqual([
        { line: 1, text: 'Day 2', reason: NO_DAY_TO_COUNT_FROM },
        { line: 2, text: 'Tuesday 14:05 Deploy started', reason: NO_DAY_TO_COUNT_FROM },
      ]);
      // Without the form's day, Day 1 is the first date the lines give.
      expect(read.events.map((e) => [e.event.at, describeDayNote(e)])).toEqual([
        ['2024-03-05T14:10:00Z', null],
        ['2024-03-06T09:00:00Z', 'Day 2 → Wed 6 Mar 2024'],
      ]);
    });

    it('puts lines on the same days as the Markdown importer does once its timeline is under way', () => {
      const lines = ['09:00 Disk filling up', 'Day 2', '08:30 Disk full', 'Tuesday 14:05 Cleanup deployed', '14:30 Writes back to normal', 'The next day at 09:00 Checked the disks', 'Day 7: follow-up', '10:00 Review held'];
      const pasted = readPastedLines(lines.join('\n'), UTC).events.map((e) => e.event.at);
      const { section, ctx } = sectionOf(['## Timeline', '', ...lines.map((l) => `- ${l}`)].join('\n'), /Timeline/, { docDate: DAY, docZone: UTC.zone });
      const imported = extractTimeline(section, ctx).events.map((e) => e.at);
      expect(pasted).toEqual(imported);
      expect(pasted).toEqual(['2024-03-01T09:00:00Z', '2024-03-02T08:30:00Z', '2024-03-05T14:05:00Z', '2024-03-05T14:30:00Z', '2024-03-06T09:00:00Z', '2024-03-07T10:00:00Z']);
    });
  });

  it('reads the day input', () => {
    expect(parseDayInput('2024-03-01')).toEqual(DAY);
    expect(parseDayInput('')).toBeNull();
  });
});
