/**
 * The action-item completion rate: of the items created in the window (90 days by default) whose due date has
 * passed, the share closed by their due date — overall, per team, per owner, and week by week. An item is closed
 * when it is verified, or done where the policy does not ask for verification. An item declined (won't do) on or
 * before its due date is a decision, not a miss: it is left out and counted apart; declined later, it is a miss.
 */

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** How many whole weeks the series shows before the current one. */
const SERIES_WEEKS = 12;

/** An item as the rate counts it. */
export interface CountedItem {
  owner: string | null;
  /** `YYYY-MM-DD`, or null for an item without a real date (never due, so never counted). */
  dueDate: string | null;
  teams: readonly string[];
  createdAt: string;
  doneAt: string | null;
  verifiedAt: string | null;
  wontDoAt: string | null;
}

/** What the rate is computed under. */
export interface RateSettings {
  now: number;
  windowMs: number;
  requireVerification: boolean;
  alarmBelow: number;
}

/** A rate and what it is made of: `rate` is null when nothing was due. */
export interface Rate {
  rate: number | null;
  /** Items due in the window that were closed by their due date. */
  closedOnTime: number;
  /** Items due in the window (declined ones left out). */
  due: number;
}

/** The completion rate of a window, and its parts. */
export interface CompletionReport {
  /** The window counted: items created from `from` to `to`. */
  from: string;
  to: string;
  requireVerification: boolean;
  alarmBelow: number;
  overall: Rate & { alarm: boolean; declined: number };
  byTeam: (Rate & { team: string; alarm: boolean })[];
  byOwner: (Rate & { owner: string })[];
  /** The rate as it stood at the end of each of the last 12 weeks (Mondays 00:00 UTC), then now. */
  weekly: (Rate & { at: string })[];
}

/** A rate in words: "67% (8 of 12)", or "nothing due". */
export function rateInWords(rate: Rate): string {
  return rate.rate === null ? 'nothing due' : `${Math.round(rate.rate * 100)}% (${rate.closedOnTime} of ${rate.due})`;
}

/** The UTC calendar day of an instant. */
function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An item with a real due date, judged once: when it was created, and how it ends up whenever it is counted. */
interface JudgedItem {
  item: CountedItem;
  createdMs: number;
  dueDate: string;
  /** Declined in time, closed by the due date, or neither (what it is if it counts at all). */
  outcome: 'declined' | 'on_time' | 'missed';
}

/** The items with a real due date, each judged under the settings (whether it counts depends only on the instant). */
function judgedItems(items: readonly CountedItem[], requireVerification: boolean): JudgedItem[] {
  const judged: JudgedItem[] = [];
  for (const item of items) {
    const { dueDate } = item;
    if (dueDate === null) continue;
    const closed = requireVerification ? item.verifiedAt : (item.doneAt ?? item.verifiedAt);
    const outcome = item.wontDoAt !== null && item.wontDoAt.slice(0, 10) <= dueDate ? 'declined' : closed !== null && closed.slice(0, 10) <= dueDate ? 'on_time' : 'missed';
    judged.push({ item, createdMs: Date.parse(item.createdAt), dueDate, outcome });
  }
  return judged;
}

/** The rate over some items at instant `at` (those created in the window before it and due before its day), and how many were declined in time. */
function rateAt(items: readonly JudgedItem[], at: number, windowMs: number): Rate & { declined: number } {
  const today = dayOf(at);
  let due = 0;
  let closedOnTime = 0;
  let declined = 0;
  for (const { createdMs, dueDate, outcome } of items) {
    if (createdMs > at || createdMs < at - windowMs || dueDate >= today) continue;
    if (outcome === 'declined') declined++;
    else {
      due++;
      if (outcome === 'on_time') closedOnTime++;
    }
  }
  return { rate: due === 0 ? null : closedOnTime / due, closedOnTime, due, declined };
}

/** True when a rate is under the alarm line. */
function alarming(rate: Rate, alarmBelow: number): boolean {
  return rate.rate !== null && rate.rate < alarmBelow;
}

/** Items grouped by a key each item may give several (teams) or one of (its owner), in key order. */
function groupsOf(items: readonly JudgedItem[], keysOf: (item: CountedItem) => readonly string[]): [string, JudgedItem[]][] {
  const groups = new Map<string, JudgedItem[]>();
  for (const item of items) {
    for (const key of keysOf(item.item)) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The instants of the weekly series: the last SERIES_WEEKS Mondays 00:00 UTC before now, oldest first, then now. */
function seriesInstants(now: number): number[] {
  const today = Date.parse(`${dayOf(now)}T00:00:00Z`);
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  const monday = today - sinceMonday * DAY_MS;
  const lastMonday = monday === now ? monday - WEEK_MS : monday;
  return [...Array.from({ length: SERIES_WEEKS }, (_, k) => lastMonday - (SERIES_WEEKS - 1 - k) * WEEK_MS), now];
}

/** How far back items must be read for a report under `settings` (the window, plus the weeks of the series). */
export function readSince(settings: Pick<RateSettings, 'now' | 'windowMs'>): string {
  return new Date(settings.now - settings.windowMs - (SERIES_WEEKS + 1) * WEEK_MS).toISOString();
}

/** The completion report of `items` (read since `readSince(settings)`) at `settings.now`. */
export function completionReport(counted: readonly CountedItem[], settings: RateSettings): CompletionReport {
  const { now, alarmBelow, windowMs } = settings;
  const items = judgedItems(counted, settings.requireVerification);
  const overall = rateAt(items, now, windowMs);
  const strip = ({ declined: _declined, ...rate }: Rate & { declined: number }): Rate => rate;
  const byTeam = groupsOf(items, (item) => item.teams)
    .map(([team, group]) => ({ team, ...strip(rateAt(group, now, windowMs)) }))
    .filter((r) => r.due > 0)
    .map((r) => ({ ...r, alarm: alarming(r, alarmBelow) }));
  // Owners are written by hand: "Dana Ortiz" and "dana ortiz" are one person, shown as first written.
  const ownerNames = new Map<string, string>();
  const byOwner = groupsOf(items, (item) => {
    const owner = item.owner?.trim() ?? '';
    if (owner === '') return [];
    if (!ownerNames.has(owner.toLowerCase())) ownerNames.set(owner.toLowerCase(), owner);
    return [owner.toLowerCase()];
  })
    .map(([key, group]) => ({ owner: ownerNames.get(key) ?? key, ...strip(rateAt(group, now, windowMs)) }))
    .filter((r) => r.due > 0);
  const weekly = seriesInstants(now).map((at) => ({ at: new Date(at).toISOString(), ...strip(rateAt(items, at, windowMs)) }));
  return {
    from: new Date(now - windowMs).toISOString(),
    to: new Date(now).toISOString(),
    requireVerification: settings.requireVerification,
    alarmBelow,
    overall: { ...overall, alarm: alarming(overall, alarmBelow) },
    byTeam,
    byOwner,
    weekly,
  };
}
