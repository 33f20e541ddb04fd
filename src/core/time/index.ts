/** Reading the times people write in postmortems and turning them into UTC instants. */
export { parseZone, type ZoneInfo } from './zones.js';
export { findZoneStatement } from './zone-statement.js';
export { parseDate, findDate, findDateReading, readDateAt, type CalendarDate, type DateOrder, type DateReading } from './dates.js';
export { addDays, inNearestYear, inYearOnOrBefore } from './calendar.js';
export { readDayReferenceAt, resolveDayReference, type DayReference, type DayReferenceReading } from './day-reference.js';
export { dateOrderOfZone, inferDateOrder } from './date-order.js';
export { matchLeadingTimestamp, type TimeContext, type TimestampMatch } from './timestamp.js';
export { canonicalSpelling, formatCanonical, parseCanonical } from './canonical.js';
export { localDateOf, toUtcInstant } from './instant.js';
