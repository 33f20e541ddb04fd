/** Splitting a date written without a time of day from the text after it ('10/14/2022 - A researcher …'). */
import { readDateAt } from '../../core/time/index.js';
import type { CalendarDate, DateOrder } from '../../core/time/index.js';

/** A date at the start of a text: as written (decorations stripped), its value and the text after it. */
export interface LeadingDate {
  written: string;
  date: CalendarDate;
  rest: string;
}

const DECORATION = /^[ \t*_[(~]*/;
const CLOSING = /^[ \t]*[*_\])]*[ \t]*(?:[:,\-–—]+[ \t]*)?[*_]*[ \t]*/;

/**
 * The valid date a text starts with ('10/14/2022 - A researcher …', '**August 1st 2022:** …',
 * '_7/5/2023_', 'Oct 31' with a fallback year), split from the text after it; null otherwise.
 */
export function splitLeadingDate(text: string, order: DateOrder | null, fallbackYear: number | null): LeadingDate | null {
  const start = DECORATION.exec(text)?.[0].length ?? 0;
  const reading = readDateAt(text, start, order, fallbackYear);
  if (!reading?.date) return null;
  const after = text.slice(reading.end);
  const rest = after.slice(CLOSING.exec(after)?.[0].length ?? 0).trim();
  return { written: reading.written, date: reading.date, rest };
}
