/** A secret shown this once: a read-only field with Copy and Done, and whether the copy worked. */
import { useClipboard } from '../hooks/use-clipboard.js';
import { TextField } from './fields.js';
import { StatusNote } from './notices.js';

/** The field labelled `label` holding `secret`, Copy, and Done (`onDone`). */
export function OneTimeSecret({ label, secret, onDone }: { label: string; secret: string; onDone(): void }) {
  const clipboard = useClipboard();
  return (
    <>
      <TextField label={label} readOnly value={secret} onChange={() => undefined} className="token-value" />
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => void clipboard.copy(secret)}>
          Copy
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
      <StatusNote message={clipboard.message} />
    </>
  );
}
