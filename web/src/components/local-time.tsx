/** An instant shown in the user's zone, with the zone, and in UTC on hover. */
import { formatLocal, formatUtc, localZoneName } from '../editing/local-time.js';

/** `<time>` of a UTC instant: "3 Mar 2026, 11:00 (Europe/Berlin)", titled "2026-03-03 10:00 UTC"; "—" for null. */
export function LocalTime({ utc }: { utc: string | null }) {
  if (utc === null) return <>—</>;
  return (
    <time dateTime={utc} title={formatUtc(utc)}>
      {formatLocal(utc)} <span className="time-zone">({localZoneName()})</span>
    </time>
  );
}
