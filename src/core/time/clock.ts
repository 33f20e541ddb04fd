/** Reading a time of day as people write it: '13:26', '09:15:04', '04:49 PM', '7:56am', '3am'. */

/** What reading a time of day at a position found. */
export interface ClockReading {
  /** Index just past the time in the scanned text. */
  end: number;
  written: string;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Fractional seconds were written, so the instant keeps its milliseconds. */
  hasFraction: boolean;
  /** Why the time is odd; with `usable` true the fields hold a best reading. */
  problem: string | null;
  usable: boolean;
}

const MERIDIEM = '(?:[ \\t]?([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))';
const HOUR_MINUTE = new RegExp(`(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,9}))?)?(?!\\d)${MERIDIEM}?`, 'y');
const HOUR_ONLY = new RegExp(`(\\d{1,2})${MERIDIEM}`, 'y');
/** 'HH:mm', '--:--', '??:??', '14:??', and a bare '???'. */
const PLACEHOLDER = /(?:(?:HH|hh|\?\?|--|XX|xx|\d{1,2}):(?:mm|MM|\?\?|--|XX|xx)(?::(?:ss|SS|\?\?|--|XX|xx))?|\?{2,3})(?![\w?])/y;

function twelveHour(written: string, hour: number, meridiem: string): { hour: number; problem: string | null } {
  const pm = meridiem.toLowerCase() === 'p';
  if (hour === 0 || hour > 12) {
    return { hour, problem: `invalid time "${written}" (24-hour time with ${pm ? 'PM' : 'AM'})` };
  }
  if (pm) return { hour: hour === 12 ? 12 : hour + 12, problem: null };
  return { hour: hour === 12 ? 0 : hour, problem: null };
}

function unusable(end: number, written: string): ClockReading {
  return { end, written, hour: 0, minute: 0, second: 0, millisecond: 0, hasFraction: false, problem: `invalid time "${written}"`, usable: false };
}

function fromParts(end: number, written: string, h: string, mi: string, s: string | undefined, fraction: string | undefined, meridiem: string | undefined): ClockReading {
  const minute = Number(mi);
  const second = Number(s ?? '0');
  let hour = Number(h);
  if (hour > 23 || minute > 59 || second > 59) return unusable(end, written);
  let problem = mi.length !== 2 || (s !== undefined && s.length !== 2) ? `invalid time "${written}"` : null;
  if (meridiem !== undefined) {
    const read = twelveHour(written, hour, meridiem);
    hour = read.hour;
    problem = problem ?? read.problem;
  }
  const millisecond = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  return { end, written, hour, minute, second, millisecond, hasFraction: fraction !== undefined, problem, usable: true };
}

/** The time of day written at `pos` in `text` ('13:26', '06:17:19 PM', '9pm'); null when none starts there. */
export function readClockAt(text: string, pos: number): ClockReading | null {
  HOUR_MINUTE.lastIndex = pos;
  let m = HOUR_MINUTE.exec(text);
  if (m !== null) return fromParts(HOUR_MINUTE.lastIndex, m[0], m[1] ?? '', m[2] ?? '', m[3], m[4], m[5]);
  HOUR_ONLY.lastIndex = pos;
  m = HOUR_ONLY.exec(text);
  if (m === null) return null;
  const hour = Number(m[1]);
  if (hour < 1 || hour > 12) return unusable(HOUR_ONLY.lastIndex, m[0]);
  return fromParts(HOUR_ONLY.lastIndex, m[0], m[1] ?? '', '00', undefined, undefined, m[2]);
}

/** A time placeholder at `pos` ('HH:mm', '--:--', '14:??', '???'), as written; null when none starts there. */
export function readClockPlaceholderAt(text: string, pos: number): { end: number; written: string } | null {
  PLACEHOLDER.lastIndex = pos;
  const m = PLACEHOLDER.exec(text);
  return m === null ? null : { end: PLACEHOLDER.lastIndex, written: m[0] };
}
