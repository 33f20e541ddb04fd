/**
 * Where the practice stands, at the store's now: postmortems owed (and which are late), action items overdue by
 * owner, open P1s, items waiting for verification, and the completion rate. The weekly digest and the dashboard are
 * both made of it; the dashboard adds what the signed-in user owes.
 */
import type { CompletionReport } from '../../core/completion-rate.js';
import type { Deadline, Deadlines } from '../../core/incident.js';
import { canSeeAllRestricted } from '../../core/access.js';
import type { ActionItemCounts, ActionItemFilter, Actor, ActionItemRow, Store } from '../../store/store.types.js';
import { incidentsSeenBy } from './incident-access.js';
import { incidentView, type IncidentView } from './incidents.js';
import { derivedOnce } from './derived-cache.js';
import { actionItemMetrics } from './metrics.js';
import { policyInForce } from './policy-in-force.js';

/** Incidents read per page while collecting the owed ones. */
const INCIDENT_PAGE = 500;

/** An owed postmortem that is not final yet: its incident and the deadlines that are late or due soon. */
export interface OwedPostmortem {
  incident: IncidentView;
  late: (keyof Deadlines)[];
  dueSoon: (keyof Deadlines)[];
}

/** At most this many items of each list are shown (the counts say how many there are). */
export const SHOWN_ITEMS = 50;
/** …and this many of each owner's overdue items. */
export const SHOWN_PER_OWNER = 5;

/** The overview of the practice. */
export interface PracticeOverview {
  at: string;
  /** The first SHOWN_ITEMS owed postmortems, the late ones first. */
  owed: OwedPostmortem[];
  /** Per owner (most overdue first): how many items are overdue, and the first SHOWN_PER_OWNER of them. */
  overdueByOwner: { owner: string; total: number; items: ActionItemRow[] }[];
  /** The first SHOWN_ITEMS open or in-progress P1 items (P1 first, by due date). */
  openP1: ActionItemRow[];
  /** The first SHOWN_ITEMS done items that wait for verification. */
  awaitingVerification: ActionItemRow[];
  /** How many there are of each list in all (and of the owed postmortems, how many are late). */
  counts: { owed: number; late: number; overdue: number; openP1: number; awaitingVerification: number };
  completion: CompletionReport;
}

/** The deadlines of a view whose state is `state`, in order. */
function deadlinesIn(deadlines: Deadlines, state: Deadline['state']): (keyof Deadlines)[] {
  return (Object.keys(deadlines) as (keyof Deadlines)[]).filter((name) => deadlines[name].state === state);
}

/**
 * Every incident that owes a postmortem not yet done: not waived, some deadline not met; the late ones first (computed
 * once per change of the store and minute: see derived-cache.ts).
 */
export function owedPostmortems(store: Store): Promise<OwedPostmortem[]> {
  return derivedOnce(store, 'owed', () => computeOwed(store));
}

/** Every incident that owes a postmortem not yet done, computed now. */
async function computeOwed(store: Store): Promise<OwedPostmortem[]> {
  const { policy } = await policyInForce(store);
  const owed: OwedPostmortem[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listIncidents({}, { limit: INCIDENT_PAGE, ...(cursor === undefined ? {} : { cursor }) });
    for (const record of page.items) {
      if (record.owed === 'none' || record.waiver !== null) continue;
      const view = await incidentView(store, record, policy);
      const { deadlines } = view;
      if (deadlines === null || deadlinesIn(deadlines, 'met').length === 3) continue;
      owed.push({ incident: view, late: deadlinesIn(deadlines, 'late'), dueSoon: deadlinesIn(deadlines, 'due_soon') });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return owed.sort((a, b) => b.late.length - a.late.length || a.incident.number - b.incident.number);
}

/** The first `limit` items the actor may see that the filter keeps (P1 first, then by due date). */
async function firstItems(store: Store, actor: Actor, filter: ActionItemFilter, limit: number): Promise<ActionItemRow[]> {
  return (await store.listActionItems(actor, filter, { limit })).items;
}

/** How many owners' overdue items are shown (the ones with the most); the others are counted in the total. */
const SHOWN_OWNERS = 20;

/** Overdue items per owner (any case is one person; "no owner" for none), the most overdue first, a few shown each. */
async function overdueByOwner(store: Store, actor: Actor, overdue: ActionItemFilter, counts: ActionItemCounts): Promise<PracticeOverview['overdueByOwner']> {
  return Promise.all(
    counts.byOwner.slice(0, SHOWN_OWNERS).map(async ({ owner, count }) => {
      const items = owner === null ? [] : await firstItems(store, actor, { ...overdue, owner }, SHOWN_PER_OWNER);
      return { owner: items[0]?.item.owner?.trim() ?? owner ?? 'no owner', total: count, items };
    }),
  );
}

/** The first SHOWN_ITEMS owed postmortems, their security incidents redacted for an actor who may not read them. */
async function owedSeenBy(store: Store, actor: Actor, owed: readonly OwedPostmortem[]): Promise<OwedPostmortem[]> {
  const shown = owed.slice(0, SHOWN_ITEMS);
  const incidents = await incidentsSeenBy(store, actor, shown.map((o) => o.incident));
  return shown.map((o, i) => ({ ...o, incident: incidents[i] as IncidentView }));
}

/**
 * The overview as `actor` may see it (restricted postmortems' items only for their members and admins; security
 * incidents they may not read counted, with their deadlines, but redacted).
 */
async function computeOverview(store: Store, actor: Actor): Promise<PracticeOverview> {
  const today = new Date(store.now()).toISOString().slice(0, 10);
  const overdue: ActionItemFilter = { overdue: true, today };
  const p1: ActionItemFilter = { priority: 'P1', open: true };
  const done: ActionItemFilter = { status: 'done' };
  const [owed, [overdueCounts, p1Count, doneCount], openP1, waiting, completion] = await Promise.all([
    owedPostmortems(store),
    store.countActionItems(actor, [overdue, p1, done]),
    firstItems(store, actor, p1, SHOWN_ITEMS),
    firstItems(store, actor, done, SHOWN_ITEMS),
    actionItemMetrics(store),
  ]);
  const verifying = completion.requireVerification;
  return {
    at: new Date(store.now()).toISOString(),
    owed: await owedSeenBy(store, actor, owed),
    overdueByOwner: await overdueByOwner(store, actor, overdue, overdueCounts),
    openP1,
    awaitingVerification: verifying ? waiting : [],
    counts: { owed: owed.length, late: owed.filter((o) => o.late.length > 0).length, overdue: overdueCounts.total, openP1: p1Count.total, awaitingVerification: verifying ? doneCount.total : 0 },
    completion,
  };
}

/** The overview as `actor` may see it (computed once per change of the store and minute: see derived-cache.ts). */
export function practiceOverview(store: Store, actor: Actor): Promise<PracticeOverview> {
  const who = canSeeAllRestricted(actor.role) ? '*' : actor.email.toLowerCase();
  return derivedOnce(store, `overview|${who}`, () => computeOverview(store, actor));
}
