/**
 * The dashboard of a signed-in user: what they owe (postmortems they write or command, action items they own,
 * verifications waiting on postmortems they wrote), then the overview of the practice as they may see it.
 */
import { writtenName } from '../../core/written-name.js';
import type { Actor, ActionItemRow, Store } from '../../store/store.types.js';
import { readablePostmortem } from './readable-postmortem.js';
import { practiceOverview, type OwedPostmortem, type PracticeOverview } from './overview.js';

/** What the user owes. */
export interface Mine {
  owed: OwedPostmortem[];
  actionItems: ActionItemRow[];
  verifications: ActionItemRow[];
}

/** The dashboard: the user's part first, then the overview. */
export interface Dashboard extends PracticeOverview {
  mine: Mine;
}

/** The ways a postmortem may name the user: their e-mail, their account's name (lower case, no leading @). */
async function namesOf(store: Store, actor: Actor): Promise<Set<string>> {
  const user = (await store.listUsers()).find((u) => u.id === actor.userId);
  return new Set([actor.email.toLowerCase(), ...(user === undefined ? [] : [writtenName(user.name)])]);
}

/** True when a name as written is one of the user's. */
function isMe(names: ReadonlySet<string>, written: string | null): boolean {
  return written !== null && names.has(writtenName(written));
}

/** The people who write a postmortem the actor may read (author, commander), or none when it is gone or hidden. */
async function writersOf(store: Store, actor: Actor, id: string): Promise<(string | null)[]> {
  const pm = await readablePostmortem(store, actor, id);
  return pm === null ? [] : [pm.author, pm.commander];
}

/** The dashboard of `actor`, computed now from the overview (which is shared: see overview.ts); the route keeps its JSON. */
export async function dashboardOf(store: Store, actor: Actor): Promise<Dashboard> {
  const [overview, names] = await Promise.all([practiceOverview(store, actor), namesOf(store, actor)]);
  const writers = new Map<string, (string | null)[]>();
  const writersOfId = async (id: string) => {
    if (!writers.has(id)) writers.set(id, await writersOf(store, actor, id));
    return writers.get(id) ?? [];
  };
  const owed: OwedPostmortem[] = [];
  for (const o of overview.owed) if (o.incident.postmortemId !== null && (await writersOfId(o.incident.postmortemId)).some((w) => isMe(names, w))) owed.push(o);
  const verifications: ActionItemRow[] = [];
  for (const row of overview.awaitingVerification) if (!isMe(names, row.item.owner) && (await writersOfId(row.postmortemId)).some((w) => isMe(names, w))) verifications.push(row);
  const owned = await Promise.all([...names].map((owner) => store.listActionItems(actor, { owner }, { limit: 1000 })));
  const actionItems = owned.flatMap((page) => page.items).filter((row) => row.item.status === 'open' || row.item.status === 'in_progress');
  return { ...overview, mine: { owed, actionItems, verifications } };
}
