/** Service level objectives: a service, a target in percent and a rolling window in days, as admins or slos.yaml set them. */
import { z } from 'zod';

/** The longest window accepted: a year (a longer one hides every incident in the noise). */
export const MAX_WINDOW_DAYS = 366;

/** A target in percent of good minutes (99.9 for "three nines"), strictly between 0 and 100. */
export const sloTargetSchema = z
  .number()
  .gt(0, 'must be above 0 (a percentage such as 99.9)')
  .lt(100, 'must be below 100: a 100% target leaves no error budget')
  .refine((t) => t >= 1, 'is a percentage: write 99.9 for 99.9%, not 0.999')
  .describe('Target in percent of good minutes, e.g. 99.9.');

/** A window in whole days, 1 to 366. */
export const sloWindowDaysSchema = z.number().int('must be whole days').min(1, 'must be at least 1 day').max(MAX_WINDOW_DAYS, `must be at most ${MAX_WINDOW_DAYS} days`).describe('Rolling window in days, e.g. 30.');

/** A service name as postmortems list it under `services`. */
export const sloServiceSchema = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');

/** One SLO. */
export const sloSchema = z.strictObject({ service: sloServiceSchema, targetPercent: sloTargetSchema, windowDays: sloWindowDaysSchema }).meta({ id: 'Slo' });

/** One SLO value. */
export type Slo = z.infer<typeof sloSchema>;

/** A window as written on the command line or in slos.yaml: `30d`, `4w` or a number of days; null when unreadable. */
export function parseWindowDays(written: string | number): number | null {
  if (typeof written === 'number') return written;
  const m = /^\s*(\d+)\s*(d|days?|w|weeks?)?\s*$/i.exec(written);
  if (m === null) return null;
  const n = Number(m[1]);
  return m[2] !== undefined && m[2].toLowerCase().startsWith('w') ? n * 7 : n;
}

/** The SLO of a service among several, matched by name in any case; null when it has none. */
export function sloOf(slos: readonly Slo[], service: string): Slo | null {
  const key = service.trim().toLowerCase();
  return slos.find((s) => s.service.trim().toLowerCase() === key) ?? null;
}
