/** The time readers against the real postmortems in ../shared/corpus (read in place, never copied). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from './dates.js';
import { inferDateOrder } from './date-order.js';
import { matchLeadingTimestamp, type TimeContext, type TimestampMatch } from './timestamp.js';
import { findZoneStatement } from './zone-statement.js';

const CORPUS = path.resolve(import.meta.dirname, '../../..', '../shared/corpus/postmortems');
const files = readdirSync(CORPUS).filter((name) => name.endsWith('.md'));
const read = (name: string): string[] => readFileSync(path.join(CORPUS, name), 'utf8').split('\n');

/** The text a timeline builder would hand over: list marker or leading table pipe stripped. */
function entryText(line: string): string {
  return line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '').replace(/^\s*\|\s*/, '');
}

/** Reads a file's lines in order as a timeline builder would: zone, date and order carried forward. */
function readTimeline(name: string, start: Partial<TimeContext> = {}): TimestampMatch[] {
  const lines = read(name);
  const ctx: TimeContext = { date: null, year: null, zone: null, dateOrder: inferDateOrder(lines), previous: null, ...start };
  const out: TimestampMatch[] = [];
  for (const line of lines) {
    ctx.zone = findZoneStatement(line) ?? ctx.zone;
    const m = matchLeadingTimestamp(entryText(line), ctx);
    if (m === null) {
      ctx.date = parseDate(entryText(line), ctx.dateOrder, ctx.year) ?? ctx.date;
      continue;
    }
    out.push(m);
    ctx.date = m.date ?? ctx.date;
    ctx.previous = m.at !== null ? Date.parse(m.at) : ctx.previous;
  }
  return out;
}

describe('timestamps in the corpus', () => {
  it('reads the k8s prow-flakiness timeline across midnight, with its [???] placeholder', () => {
    const entries = readTimeline('kubernetes-test-infra__2019-05-30-prow-flakiness.md', { date: { year: 2019, month: 5, day: 30 } });
    expect(entries.find((e) => e.written === '???')).toMatchObject({ at: null, problem: 'placeholder "???"' });
    expect(entries.find((e) => e.written === '13:26')?.at).toBe('2019-05-30T20:26:00Z');
    expect(entries.find((e) => e.written === '23:55')?.at).toBe('2019-05-31T06:55:00Z');
    expect(entries.find((e) => e.written === '07:00')?.at).toBe('2019-05-31T14:00:00Z');
  });

  it('reads the k8s partial-outage timeline with the zone and date of its opening sentence', () => {
    const line = 'All times in PST, on February 5th 2019';
    expect(findDate(line, null)).toEqual({ year: 2019, month: 2, day: 5 });
    const entries = readTimeline('kubernetes-test-infra__2019-02-05-partial-prow-outage.md', { date: findDate(line, null) }).filter((e) => e.zoneFrom === 'context');
    expect(entries.length).toBeGreaterThanOrEqual(12);
    expect(entries[0]).toMatchObject({ written: '08:47', at: '2019-02-05T16:47:00Z', zone: { written: 'PST' } });
    const instants = entries.map((e) => e.at);
    expect(instants).not.toContain(null);
    expect([...instants].sort()).toEqual(instants);
  });

  it('resolves every dated row of every dfds timeline table', () => {
    let rows = 0;
    for (const name of files.filter((f) => f.startsWith('dfds__'))) {
      const lines = read(name);
      const zone = lines.map(findZoneStatement).find((z) => z !== null) ?? null;
      for (const line of lines) {
        const cell = /^\|\s*(\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2})\s*\|/.exec(line)?.[1];
        if (cell === undefined) continue;
        rows++;
        const m = matchLeadingTimestamp(cell, { date: null, year: null, zone, dateOrder: null, previous: null });
        expect(m?.at, `${name}: ${cell}`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
        expect(m?.zone?.written, name).toMatch(/^(UTC|CET)$/);
      }
    }
    expect(rows).toBeGreaterThan(200);
  });

  it('reads the CATbleed paragraphs in PST from their heading', () => {
    const entries = readTimeline('chia__2022-08-19-CATbleed.md').filter((e) => e.written.includes('2022'));
    expect(entries.length).toBeGreaterThanOrEqual(15);
    for (const e of entries) expect(e.at, e.written).not.toBeNull();
    expect(entries[0]).toMatchObject({ written: 'June 14th, 2022, 10:00 AM', at: '2022-06-14T18:00:00Z', zoneFrom: 'context' });
  });

  it('reads the bank-fraud timeline, where a date line gives the time and the event follows', () => {
    const entries = readTimeline('chia__2024-02-15-Financial-instutition-credentials.md').filter((e) => e.written.startsWith('February'));
    expect(entries.map((e) => e.at)).toContain('2024-02-15T07:56:00Z');
    for (const e of entries) expect(e).toMatchObject({ zoneFrom: 'line', problem: null });
  });

  it('reads the DustStorm timeline, where the date follows the time', () => {
    const entries = readTimeline('chia__2021-10-31-DustStorm.md', { year: 2021 }).filter((e) => e.written.includes('PST'));
    expect(entries.length).toBeGreaterThanOrEqual(15);
    expect(entries[0]).toMatchObject({ written: '12:45 PM PST Saturday Oct 30th', at: '2021-10-30T20:45:00Z' });
    expect(entries.filter((e) => e.problem?.includes('24-hour time with PM')).length).toBeGreaterThan(3);
  });

  it('never throws on any line of any document, keeps spans consistent, and stays fast', () => {
    let resolved = 0;
    const started = performance.now();
    for (const name of files) {
      for (const line of read(name)) {
        const text = entryText(line);
        const m = matchLeadingTimestamp(text, { date: { year: 2020, month: 1, day: 1 }, year: null, zone: null, dateOrder: null, previous: null });
        if (m === null) continue;
        expect(m.index + m.length).toBeLessThanOrEqual(text.length);
        expect(m.rest).toBe(text.slice(m.index + m.length).trim());
        if (m.at !== null) resolved++;
      }
    }
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(resolved).toBeGreaterThan(500);
  });
});
