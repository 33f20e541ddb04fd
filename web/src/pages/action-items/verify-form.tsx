/** Verify… on a done action item (editors and admins, not its owner): a field for the evidence that it works, sent to the server, whose refusal is shown here. */
import { useState, type FormEvent } from 'react';
import { verifyActionItem } from '../../api/action-items.js';
import type { ActionItemRow } from '../../api/types.js';
import { TextArea } from '../../components/fields.js';
import { FormActions } from '../../components/form-actions.js';
import { ErrorNote, fieldError } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { itemLabel } from './item-label.js';

/** The button, and once pressed the evidence form; `onVerified` once the server has verified the item. */
export function VerifyButton({ row, onVerified }: { row: ActionItemRow; onVerified(): void }) {
  const [open, setOpen] = useState(false);
  const [evidence, setEvidence] = useState('');
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(async () => void (await verifyActionItem(row.postmortemId, row.key, evidence)))) onVerified();
  };

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Verify…<span className="visually-hidden"> {itemLabel(row)}</span>
      </button>
    );
  }
  return (
    <form className="inline-form" aria-label={`Verify ${itemLabel(row)}`} onSubmit={(event) => void submit(event)}>
      <TextArea
        label="Evidence that it works"
        rows={2}
        value={evidence}
        onChange={setEvidence}
        hint="A note or a link: the alert that fired in a test, the game day, the merged check."
        error={fieldError(action.error, 'evidence')}
      />
      <ErrorNote error={action.error} beside={['evidence']} />
      <FormActions busy={action.busy} label="Verify" busyLabel="Verifying…" onCancel={() => setOpen(false)} />
    </form>
  );
}
