/** Instants between the API (UTC ISO 8601) and the browser (the user's local zone, datetime-local inputs). */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The user's time zone name, e.g. "Europe/Berlin". */
export function localZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A UTC instant as a datetime-local value in the user's zone ("2024-03-01T15:05"), '' for null. */
export function toLocalInput(utc: string | null): string {
  if (utc === null) return '';
  const date = new Date(utc);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (the user's zone) as a UTC instant without milliseconds, null for ''. */
export function fromLocalInput(local: string): string | null {
  if (local === '') return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : utcInstant(date);
}

/** A date as the API's UTC instant: `2024-03-01T14:05:00Z`. */
export function utcInstant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** How the Markdown format writes an instant ("2024-03-01 14:05", seconds only when not zero): a timeline event's `written`. */
export function canonicalWritten(utc: string): string {
  const seconds = utc.slice(17, 19);
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)}${seconds === '00' || seconds === '' ? '' : `:${seconds}`}`;
}

/** "2024-03-01 14:05 UTC" ("14:05:09" with `seconds`). */
export function formatUtc(utc: string | null, { seconds = false } = {}): string {
  if (utc === null) return '—';
  return `${utc.slice(0, 10)} ${utc.slice(11, seconds ? 19 : 16)} UTC`;
}

/** "1 Mar 2024, 15:05" in the user's zone ("15:05:09" with `seconds`). */
export function formatLocal(utc: string | null, { seconds = false } = {}): string {
  if (utc === null) return '—';
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? utc : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' });
}

/** Whole minutes as "2 h 05 min", "45 min", or "—". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${pad(minutes % 60)} min`;
}
