/** Deleting a postmortem (admins): asks first, says it can be restored for 30 days, then goes to the deleted list. */
import { deletePostmortem } from '../../api/postmortems.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { ErrorNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { navigate } from '../../routing/router.js';

/** The button; `beforeDelete` saves what is still being typed, so that the kept copy holds it. */
export function DeleteButton({ id, title, beforeDelete }: { id: string; title: string; beforeDelete(): Promise<void> }) {
  const removal = useAction();
  const remove = async () => {
    const removed = await removal.run(async () => {
      await beforeDelete();
      await deletePostmortem(id);
    });
    if (removed) navigate('/admin/deleted');
  };
  return (
    <>
      <ConfirmButton label="Delete…" question={`Delete “${title || 'Untitled postmortem'}”?`} confirmLabel="Delete" onConfirm={() => void remove()} className="button-quiet">
        <p>It disappears for everyone at once. An admin can restore it whole — text, history, comments, approvals — from Admin → Deleted for 30 days; after that it is gone for good.</p>
      </ConfirmButton>
      <ErrorNote error={removal.error} />
    </>
  );
}
