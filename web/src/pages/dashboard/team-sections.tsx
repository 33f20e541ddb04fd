/** The dashboard → across the teams: postmortems owed (late first), overdue action items by owner, open P1 items; where a list shows only its first items, a link to all of them. */
import type { Dashboard } from '../../api/types.js';
import { queryString } from '../../api/http.js';
import { Link } from '../../routing/router.js';
import { ItemTable } from './item-table.js';
import { OwedTable } from './owed-table.js';

/** Postmortems owed and not final yet, the late ones first (the server's order). */
export function OwedSection({ owed }: { owed: Dashboard['owed'] }) {
  const late = owed.filter((o) => o.late.length > 0).length;
  return (
    <section className="panel" aria-labelledby="owed-heading" data-testid="owed-section">
      <h2 id="owed-heading">Postmortems owed across the teams</h2>
      {owed.length === 0 ? (
        <p className="empty">None: every owed postmortem is final, or waived.</p>
      ) : (
        <>
          <p className="section-hint">
            {owed.length} owed, {late} late.
          </p>
          <OwedTable owed={owed} caption="Owed postmortems, the late ones first" />
        </>
      )}
    </section>
  );
}

/** "The first 5 of 12: all of them", linking to the Action items page filtered to the list; nothing when all are shown. */
function MoreLink({ shown, total, filter, what }: { shown: number; total: number; filter: Record<string, string>; what: string }) {
  if (total <= shown) return null;
  return (
    <p className="section-hint">
      The first {shown} of {total}: <Link to={`/action-items${queryString(filter)}`}>{what}</Link>
    </p>
  );
}

/** Overdue items, one table per owner, the owner with the most first. */
export function OverdueSection({ groups, total }: { groups: Dashboard['overdueByOwner']; total: number }) {
  return (
    <section className="panel" aria-labelledby="overdue-heading" data-testid="overdue-section">
      <h2 id="overdue-heading">Overdue action items by owner</h2>
      {groups.length === 0 ? <p className="empty">None: no open item is past its due date.</p> : <p className="section-hint">{total} overdue in all.</p>}
      {groups.map((group) => {
        // The items without an owner come as the group "no owner": the list has no filter for them, so the link shows every overdue item.
        const named = (group.items[0]?.item.owner?.trim() ?? '') !== '';
        return (
          <div key={group.owner} className="owner-group">
            <h3>
              {group.owner} ({group.total})
            </h3>
            <ItemTable rows={group.items} caption={`Overdue action items of ${group.owner}`} ownerKnown />
            <MoreLink
              shown={group.items.length}
              total={group.total}
              filter={named ? { owner: group.owner, overdue: '1' } : { overdue: '1' }}
              what={named ? `all of ${group.owner}’s overdue items` : 'every overdue item'}
            />
          </div>
        );
      })}
    </section>
  );
}

/** Open and in-progress P1 items. */
export function OpenP1Section({ rows, total }: { rows: Dashboard['openP1']; total: number }) {
  return (
    <section className="panel" aria-labelledby="p1-heading" data-testid="p1-section">
      <h2 id="p1-heading">Open P1s</h2>
      {rows.length === 0 ? <p className="empty">None: no P1 action item is open.</p> : <ItemTable rows={rows} caption="Open P1 action items" />}
      <MoreLink shown={rows.length} total={total} filter={{ priority: 'P1' }} what="all open P1 items" />
    </section>
  );
}
