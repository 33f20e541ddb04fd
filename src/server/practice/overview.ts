/**
 * Where the practice stands, at the store's now: postmortems owed (and which are late), action items overdue by
 * owner, open P1s, items waiting for verification, and the completion rate. The weekly digest and the dashboard are
 * both made of it; the dashboard adds what the signed-in user owes.
 */
import type { CompletionReport } from '../../core/completion-rate.js';
import type { Deadline, Deadlines } from '../../core/incident.js';
import type { Actor, ActionItemRow, Store } from '../../store/store.types.js';
import { incidentView, type IncidentView } from './incidents.js';
import { actionItemMetrics } from './metrics.js';
import { policyInForce } from './policy-in-force.js';

/** Incidents read per page while collecting the owed ones. */
const INCIDENT_PAGE = 500;
/** Action items read per page. */
const ITEM_PAGE = 1_000;

/** An owed postmortem that is not final yet: its incident and the deadlines that are late or due soon. */
export interface OwedPostmortem {
  incident: IncidentView;
  late: (keyof Deadlines)[];
  dueSoon: (keyof Deadlines)[];
}

/** The overview of the practice. */
export interface PracticeOverview {
  at: string;
  owed: OwedPostmortem[];
  overdueByOwner: { owner: string; items: ActionItemRow[] }[];
  openP1: ActionItemRow[];
  awaitingVerification: ActionItemRow[];
  completion: CompletionReport;
}

/** The deadlines of a view whose state is `state`, in order. */
function deadlinesIn(deadlines: Deadlines, state: Deadline['state']): (keyof Deadlines)[] {
  return (Object.keys(deadlines) as (keyof Deadlines)[]).filter((name) => deadlines[name].state === state);
}

/** Every incident that owes a postmortem not yet done: not waived, some deadline not met; the late ones first. */
async function owedPostmortems(store: Store): Promise<OwedPostmortem[]> {
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

/** Every action item the actor may see that the filter keeps (all pages). */
async function items(store: Store, actor: Actor, filter: Parameters<Store['listActionItems']>[1]): Promise<ActionItemRow[]> {
  const rows: ActionItemRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listActionItems(actor, filter, { limit: ITEM_PAGE, ...(cursor === undefined ? {} : { cursor }) });
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return rows;
}

/** Items grouped by owner as written (any case is one person), owners in order, those without one last as "no owner". */
function byOwner(rows: readonly ActionItemRow[]): { owner: string; items: ActionItemRow[] }[] {
  const groups = new Map<string, { owner: string; items: ActionItemRow[] }>();
  for (const row of rows) {
    const owner = row.item.owner?.trim() || 'no owner';
    const key = owner.toLowerCase();
    const group = groups.get(key) ?? { owner, items: [] };
    group.items.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.owner.localeCompare(b.owner));
}

/** The overview as `actor` may see it (restricted postmortems' items only for their members and admins). */
export async function practiceOverview(store: Store, actor: Actor): Promise<PracticeOverview> {
  const today = new Date(store.now()).toISOString().slice(0, 10);
  const [owed, overdue, openP1, done, completion] = await Promise.all([
    owedPostmortems(store),
    items(store, actor, { overdue: true, today }),
    items(store, actor, { priority: 'P1' }),
    items(store, actor, { status: 'done' }),
    actionItemMetrics(store),
  ]);
  return {
    at: new Date(store.now()).toISOString(),
    owed,
    overdueByOwner: byOwner(overdue),
    openP1: openP1.filter((row) => row.item.status === 'open' || row.item.status === 'in_progress'),
    awaitingVerification: completion.requireVerification ? done : [],
    completion,
  };
}
