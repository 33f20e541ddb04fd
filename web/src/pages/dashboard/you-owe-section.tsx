/** The dashboard → What you owe: your owed postmortems with their deadlines, your open action items (overdue marked), and done items waiting for your verification. */
import type { ActionItemRow, Dashboard } from '../../api/types.js';
import { Link } from '../../routing/router.js';
import { useCanWrite } from '../../session/session.js';
import { VerifyButton } from '../action-items/verify-form.js';
import { ItemTable } from './item-table.js';
import { OwedTable } from './owed-table.js';

/** The section; `onVerified` once an item is verified here. */
export function YouOweSection({ mine, onVerified }: { mine: Dashboard['mine']; onVerified(row: ActionItemRow): void }) {
  const canWrite = useCanWrite();
  const nothing = mine.owed.length === 0 && mine.actionItems.length === 0 && (mine.verifications.length === 0 || !canWrite);
  return (
    <section className="panel" aria-labelledby="you-owe-heading" data-testid="you-owe">
      <h2 id="you-owe-heading">What you owe</h2>
      {nothing ? <p className="empty">Nothing: no owed postmortem names you as author or commander, and you own no open action item.</p> : null}
      {mine.owed.length === 0 ? null : (
        <>
          <h3 id="your-postmortems-heading">Postmortems you write or command</h3>
          <OwedTable owed={mine.owed} caption="Owed postmortems you write or command" />
        </>
      )}
      {mine.actionItems.length === 0 ? null : (
        <>
          <h3>Your open action items</h3>
          <ItemTable rows={mine.actionItems} caption="Action items you own that are open or in progress" ownerKnown />
          <p className="section-hint">
            <Link to="/action-items?mine=1">All your action items</Link>
          </p>
        </>
      )}
      {mine.verifications.length === 0 || !canWrite ? null : (
        <>
          <h3>Waiting for your verification</h3>
          <p className="section-hint">Done items of postmortems you wrote: check that each works, then verify it with the evidence.</p>
          <ItemTable rows={mine.verifications} caption="Done action items waiting for your verification" action={(row) => <VerifyButton row={row} onVerified={() => onVerified(row)} />} />
        </>
      )}
    </section>
  );
}
