/** When the weekly digest is due: its day and hour of the week in the policy's time zone. */
import { DateTime } from 'luxon';
import type { Policy } from '../core/policy/policy-document.js';

const WEEKDAY_NUMBERS = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 } as const;

/**
 * The week whose digest is due at `now` (the date of its Monday, `YYYY-MM-DD`, in the digest's zone): from the
 * digest's day and hour to the end of that week. Null before the digest's hour in the week.
 */
export function digestDue(now: number, digest: Policy['digest']): string | null {
  const local = DateTime.fromMillis(now, { zone: digest.timeZone });
  const [hour = 0, minute = 0] = digest.time.split(':').map(Number);
  const monday = local.startOf('week');
  const sendAt = monday.plus({ days: WEEKDAY_NUMBERS[digest.day as keyof typeof WEEKDAY_NUMBERS] - 1 }).set({ hour, minute });
  return local < sendAt ? null : monday.toISODate();
}
