/** Won't do, chosen for an action item: the reason it asks for (required) before anything is sent; the server's complaint beside the field. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { setActionItemStatus } from '../../api/action-items.js';
import type { ActionItemRow } from '../../api/types.js';
import { TextField } from '../../components/fields.js';
import { FormActions } from '../../components/form-actions.js';
import { ErrorNote, fieldError } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { itemLabel } from './item-label.js';

/** The form, its field focused when it opens; `onDone` once the item is won't do, `onCancel` to leave it as it was. */
export function WontDoForm({ row, onDone, onCancel }: { row: ActionItemRow; onDone(): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(async () => void (await setActionItemStatus(row.postmortemId, row.key, 'wont_do', reason)))) onDone();
  };
  return (
    <form ref={form} className="inline-form" aria-label={`Won’t do ${itemLabel(row)}`} onSubmit={(event) => void submit(event)}>
      <TextField label="Why it will not be done" required value={reason} onChange={setReason} hint="Kept with the item, and in the postmortem’s history." error={fieldError(action.error, 'reason')} />
      <ErrorNote error={action.error} beside={['reason']} />
      <FormActions busy={action.busy} label="Mark won’t do" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
