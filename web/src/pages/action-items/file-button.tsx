/** File in tracker, on an action item without a ticket (editors and admins): the ticket's key as a link once filed, or why the tracker has not taken it yet. */
import { useState } from 'react';
import { fileActionItem } from '../../api/action-items.js';
import type { ActionItemRow, TicketFiling } from '../../api/types.js';
import { ErrorNote } from '../../components/notices.js';
import { TicketLink } from '../../components/ticket-link.js';
import { useAction } from '../../hooks/use-action.js';
import { useCanWrite } from '../../session/session.js';
import { itemLabel } from './item-label.js';

/** What a filing answered, in words. */
function FilingNote({ filing }: { filing: TicketFiling }) {
  const { ticket } = filing;
  if (filing.outcome === 'pending') {
    return (
      <p className="field-note" role="status">
        Not filed yet{ticket?.lastError == null ? '' : `: ${ticket.lastError}`}. Debrief tries again{ticket?.nextAttemptAt == null ? '' : ` at ${ticket.nextAttemptAt}`}.
      </p>
    );
  }
  const where = ticket?.url ?? filing.written;
  return (
    <p className="field-note" role="status">
      {filing.outcome === 'filed' ? 'Filed as ' : 'Already ticketed: '}
      {ticket?.key ?? null} {where === null ? null : <TicketLink ticket={where} />}
    </p>
  );
}

/** The button, then what the server answered; nothing for viewers or items that show a ticket. */
export function FileButton({ row }: { row: ActionItemRow }) {
  const canWrite = useCanWrite();
  const action = useAction();
  const [filing, setFiling] = useState<TicketFiling | null>(null);
  if (!canWrite || (row.item.ticket !== null && filing === null)) return null;
  const file = () => void action.run(async () => setFiling(await fileActionItem(row.postmortemId, row.key)));
  return (
    <div className="row-meta">
      {filing?.outcome === 'filed' || filing?.outcome === 'linked' ? null : (
        <button type="button" disabled={action.busy} onClick={file}>
          {action.busy ? 'Filing…' : filing === null ? 'File in tracker' : 'Try again'}
          <span className="visually-hidden"> {itemLabel(row)}</span>
        </button>
      )}
      {filing === null ? null : <FilingNote filing={filing} />}
      <ErrorNote error={action.error} />
    </div>
  );
}
