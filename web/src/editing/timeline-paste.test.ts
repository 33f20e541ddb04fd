import { describe, expect, it } from 'vitest';
import { DATE_WITHOUT_TIME, describeKept, describeMove, formatDay, NO_TEXT, NO_TIME, parseDayInput, pasteZone, readPastedLines, type PasteSettings } from './timeline-paste.js';

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

  it('reads the day input', () => {
    expect(parseDayInput('2024-03-01')).toEqual(DAY);
    expect(parseDayInput('')).toBeNull();
  });
});
