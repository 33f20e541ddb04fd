/** Reading the times people write in postmortems and turning them into UTC instants. */
export { parseZone, type ZoneInfo } from './zones.js';
export { findZoneStatement } from './zone-statement.js';
export { parseDate, findDate, readDateAt, type CalendarDate, type DateOrder, type DateReading } from './dates.js';
export { inferDateOrder } from './date-order.js';
export { matchLeadingTimestamp, type TimeContext, type TimestampMatch } from './timestamp.js';
export { formatCanonical, parseCanonical } from './canonical.js';
export { localDateOf, toUtcInstant } from './instant.js';
