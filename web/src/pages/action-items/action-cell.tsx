/** The first cell of a row of action items: the item's id, its title, and its ticket as a link. */
import type { ReactNode } from 'react';
import type { ActionItemRow } from '../../api/types.js';
import { TicketLink } from '../../components/ticket-link.js';

/** `<td>` with the item's id and title, and its ticket beneath (the action-items page and the dashboard show it alike), then `children`. */
export function ActionCell({ item, children }: { item: ActionItemRow['item']; children?: ReactNode }) {
  return (
    <td>
      {item.id === null ? null : <span className="item-id">{item.id}</span>} {item.title}
      {item.ticket === null ? null : (
        <div className="row-meta">
          <TicketLink ticket={item.ticket} />
        </div>
      )}
      {children}
    </td>
  );
}
