/**
 * An action item's status in the list: plain text for viewers; for editors and admins a select (Won't do asks for a
 * reason first; Verified is not offered) and, on a done item they do not own, Verify… with the evidence.
 */
import { useState } from 'react';
import type { ActionStatus } from '../../../../src/core/postmortem.schema.js';
import { setActionItemStatus } from '../../api/action-items.js';
import type { ActionItemRow } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { ErrorNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { ownsItem } from '../../practice/owns-item.js';
import { ACTION_STATUS_LABELS } from '../../postmortem/labels.js';
import { useCanWrite, useUser } from '../../session/session.js';
import { VerifyButton } from './verify-form.js';
import { WontDoForm } from './wont-do-form.js';

/** The statuses the select offers: an item is verified only through Verify…, with evidence. */
const SETTABLE = { open: ACTION_STATUS_LABELS.open, in_progress: ACTION_STATUS_LABELS.in_progress, done: ACTION_STATUS_LABELS.done, wont_do: ACTION_STATUS_LABELS.wont_do };

/** The cell; `onChanged` once the server has the item's new status. */
export function StatusCell({ row, onChanged }: { row: ActionItemRow; onChanged(status: ActionStatus): void }) {
  const user = useUser();
  const canWrite = useCanWrite();
  const [askingWhy, setAskingWhy] = useState(false);
  const action = useAction();
  const { status } = row.item;
  if (!canWrite || status === 'verified') return <>{ACTION_STATUS_LABELS[status]}</>;

  const choose = (next: keyof typeof SETTABLE) => {
    if (next === 'wont_do') return setAskingWhy(true);
    setAskingWhy(false);
    void action.run(async () => {
      await setActionItemStatus(row.postmortemId, row.key, next);
      onChanged(next);
    });
  };
  return (
    <div className="status-cell">
      <SelectField compact label={`Status of “${row.item.title}”`} options={SETTABLE} value={askingWhy ? 'wont_do' : status} onChange={(value) => value !== '' && choose(value)} />
      <ErrorNote error={action.error} />
      {askingWhy ? <WontDoForm
          row={row}
          onDone={() => {
            setAskingWhy(false);
            onChanged('wont_do');
          }}
          onCancel={() => setAskingWhy(false)}
        /> : null}
      {status === 'done' && !askingWhy && !ownsItem(row.item.owner, user) ? <VerifyButton row={row} onVerified={() => onChanged('verified')} /> : null}
    </div>
  );
}
