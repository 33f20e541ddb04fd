/** The state of one timeline being read: time context, events found so far, and the diagnostics they earn. */
import {
  canonicalSpelling,
  findDateReading,
  findZoneStatement,
  formatCanonical,
  inNearestYear,
  localDateOf,
  matchLeadingTimestamp,
  resolveDayReference,
} from '../../core/time/index.js';
import type { CalendarDate, TimeContext, TimestampMatch, ZoneInfo } from '../../core/time/index.js';
import { lineSpan } from '../../core/document.js';
import type { DiagnosticOutcome, SourceSpan } from '../../core/document.js';
import type { EventKind, TimelineEvent } from '../../core/postmortem.schema.js';
import type { ExtractContext } from '../section.js';
import { type LeadingDay, leadingDay, namesDayOnly, timeAfterDay } from './day-line.js';
import { splitByStage, type RowPart } from './event-stages.js';
import { splitLeadingDate } from './leading-date.js';
import { MAX_LINE_LENGTH } from './table.js';

/** A time as read from the source, whatever its layout, ready to become an event. */
export interface Stamp {
  at: string | null;
  written: string;
  /** Text after the timestamp on the same line. */
  rest: string;
  date: CalendarDate | null;
  zone: ZoneInfo | null;
  approximate: boolean;
  problem: string | null;
  /** A date with no time of day. */
  dateOnly: boolean;
  /** False for our own canonical cells, which are UTC by definition. */
  checkZone: boolean;
}

/** Fields of an event that a layout states outright; undefined ones are inferred from the text. */
export interface EventFields {
  actor?: string | null;
  kind?: EventKind | null;
  source?: string | null;
}

const APPROXIMATE_NOTE = /\ball times (?:are )?approx/i;
/** Only short texts (headings, "All times in PST, on February 5th 2019") are searched for the date in force. */
const MAX_CONTEXT_TEXT = 300;
const LEADING_ACTOR = /^(?:\*\*|__)?@([A-Za-z0-9][\w-]*(?:\.[\w-]+)*)/;
const NO_TIME_OF_DAY = 'a date without a time of day';
/** The `@handle` a timeline text starts with (`@Katharine notices …`, `**@jane** rolls back …`), without the `@`. */
export function leadingActor(text: string): string | null {
  return LEADING_ACTOR.exec(text)?.[1] ?? null;
}

function localDate(ms: number, zone: ZoneInfo | null): CalendarDate | null {
  return (zone ? localDateOf(ms, zone.zone) : null) ?? localDateOf(ms, 'UTC');
}

/** The time as the event keeps it: a UTC time that says nothing more than its canonical cell is kept in that form. */
function keptWritten(match: TimestampMatch): string {
  const { at, zone, written, problem } = match;
  return (at !== null && problem === null && zone?.isUtc === true ? canonicalSpelling(written, at) : null) ?? written;
}

/** Collects the events of one timeline section and carries date, zone and previous time from line to line. */
export class TimelineReader {
  readonly events: TimelineEvent[] = [];
  readonly spans: SourceSpan[] = [];
  readonly time: TimeContext;
  private approximate: boolean;
  /** The first date the timeline itself states or reaches: 'Day 1' of 'Day 2'. */
  private firstDay: CalendarDate | null = null;

  constructor(
    private readonly ctx: ExtractContext,
    heading: string,
  ) {
    this.time = { date: ctx.docDate, year: ctx.docDate?.year ?? null, zone: findZoneStatement(heading) ?? ctx.docZone, dateOrder: ctx.dateOrder, previous: null };
    const date = this.statedDate(heading);
    if (date) this.carryDate(date);
    this.approximate = APPROXIMATE_NOTE.test(heading);
  }

  /**
   * Takes what a text that is not an event says about the timeline: a zone, a date, "all times approximate",
   * or a day named without a date ('Day 2', 'Tuesday', 'The next day'), which a heading may follow with any
   * text and a line only with punctuation.
   */
  noteContext(text: string, heading = false): void {
    if (text.length > MAX_LINE_LENGTH) return;
    const zone = findZoneStatement(text);
    if (zone) this.time.zone = zone;
    if (APPROXIMATE_NOTE.test(text)) this.approximate = true;
    const date = this.statedDate(text) ?? this.namedDay(text, heading);
    if (date) this.setDate(date);
  }

  /** Makes a date stated in the text the one in force; times after it no longer roll over from earlier ones. */
  setDate(date: CalendarDate): void {
    this.carryDate(date);
    this.firstDay ??= date;
    this.time.previous = null;
  }

  private carryDate(date: CalendarDate): void {
    this.time.date = date;
    this.time.year = date.year;
  }

  /** The date a short text states; one written without its year lies in the year nearest the date in force. */
  private statedDate(text: string): CalendarDate | null {
    if (text.length > MAX_CONTEXT_TEXT) return null;
    const found = findDateReading(text, this.time.dateOrder, this.time.year);
    if (!found?.date) return null;
    return found.inferredYear && this.time.date ? inNearestYear(found.date, this.time.date) : found.date;
  }

  /** The day a text starting with a day reference names, and the reference; null without one or without a date to count from. */
  private dayAt(text: string): { date: CalendarDate; day: LeadingDay } | null {
    const day = leadingDay(text);
    const current = this.time.date;
    if (day === null || current === null) return null;
    return { date: resolveDayReference(day.reference, { current, first: this.firstDay ?? current, forward: this.events.length > 0 }), day };
  }

  private namedDay(text: string, heading: boolean): CalendarDate | null {
    const found = this.dayAt(text);
    return found && (heading || namesDayOnly(text, found.day)) ? found.date : null;
  }

  /**
   * The time or date a text starts with, read in the current context; null when it starts with
   * neither, or with a date that only frames a zone statement ('2015-10-21 (*all times UTC*)').
   */
  readLeading(text: string): Stamp | null {
    if (text.length > MAX_LINE_LENGTH) return null;
    const match = matchLeadingTimestamp(text, this.time);
    if (match) return this.stampOf(match, match.written);
    const dayTime = this.readDayTime(text);
    if (dayTime) return dayTime;
    const leading = splitLeadingDate(text, this.time.dateOrder, this.time.year ?? this.time.date?.year ?? null);
    if (!leading || findZoneStatement(text) !== null) return null;
    return {
      at: null,
      written: leading.written,
      rest: leading.rest,
      date: leading.date,
      zone: null,
      approximate: this.approximate,
      problem: NO_TIME_OF_DAY,
      dateOnly: true,
      checkZone: true,
    };
  }

  /** 'Tuesday 14:05 …', 'Day 2, 09:00 …', 'The next day at 09:00 …': the time on the day named. */
  private readDayTime(text: string): Stamp | null {
    const found = this.dayAt(text);
    const time = found === null ? null : timeAfterDay(text, found.day, { ...this.time, date: found.date });
    if (found === null || time === null) return null;
    return { ...this.stampOf(time.match, time.written), date: time.match.date ?? found.date };
  }

  private stampOf(match: TimestampMatch, written: string): Stamp {
    return {
      at: match.at,
      written: written === match.written ? keptWritten(match) : written,
      rest: match.rest,
      date: match.date,
      zone: match.zone,
      approximate: match.approximate || this.approximate,
      problem: match.problem,
      dateOnly: false,
      checkZone: true,
    };
  }

  /** A time that could not be read at all (a table cell with no time or date in it). */
  unreadable(written: string): Stamp {
    return {
      at: null,
      written,
      rest: '',
      date: null,
      zone: null,
      approximate: this.approximate,
      problem: written === '' ? 'the time is missing' : null,
      dateOnly: false,
      checkZone: true,
    };
  }

  /**
   * Adds the event of a row, or one event per stage of the incident the row tells (splitByStage) when its
   * layout gives no kind; `line` is where diagnostics point.
   */
  addEvent(stamp: Stamp, text: string, span: SourceSpan, line: number, fields: EventFields = {}): void {
    const parts: RowPart[] = fields.kind !== undefined ? [{ text, kind: fields.kind }] : splitByStage(text);
    for (const part of parts) {
      this.events.push({
        at: stamp.at,
        written: stamp.written,
        approximate: stamp.approximate,
        text: part.text,
        actor: fields.actor !== undefined ? fields.actor : leadingActor(part.text),
        kind: part.kind,
        source: fields.source ?? null,
      });
      this.spans.push(span);
    }
    this.diagnose(stamp, line);
    if (stamp.at !== null) {
      const ms = Date.parse(stamp.at);
      this.time.previous = Number.isNaN(ms) ? null : ms;
      const date = Number.isNaN(ms) ? null : localDate(ms, this.time.zone);
      if (date) {
        this.carryDate(date);
        this.firstDay ??= date;
      }
    } else if (stamp.date) {
      this.setDate(stamp.date);
    }
  }

  private report(ruleId: string, line: number, message: string, suggestion?: string, outcome?: DiagnosticOutcome): void {
    this.ctx.diagnostics.push({ ruleId, message, span: lineSpan(line), ...(suggestion === undefined ? {} : { suggestion }), ...(outcome === undefined ? {} : { outcome }) });
  }

  private diagnose(stamp: Stamp, line: number): void {
    const quoted = `Time "${stamp.written}"`;
    if (stamp.at === null) {
      const why = stamp.problem ? `: ${stamp.problem}` : '';
      this.report('timeline/unparsed-time', line, `${quoted} could not be read${why}; write it as YYYY-MM-DD HH:MM UTC`);
      return;
    }
    const at = stamp.at;
    const utc = () => `${formatCanonical(at)} UTC`;
    if (stamp.problem) {
      this.report('timeline/unparsed-time', line, `${quoted} looks wrong (${stamp.problem}); it was read as ${utc()}: check it`, utc(), 'check');
    }
    if (!stamp.checkZone) return;
    if (stamp.zone === null) {
      this.report('timeline/utc', line, `${quoted} has no time zone; if it is UTC, say so (e.g. "All times UTC" before the timeline)`, undefined, 'check');
    } else if (!stamp.zone.isUtc) {
      this.report('timeline/utc', line, `${quoted} is not in UTC: write ${utc()}`, utc(), 'converted');
    }
  }
}
