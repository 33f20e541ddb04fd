/** Your account: a token just made, shown this once in a read-only field with a Copy button. */
import type { CreatedToken } from '../../api/types.js';
import { TextField } from '../../components/fields.js';
import { StatusNote } from '../../components/notices.js';
import { useClipboard } from '../../hooks/use-clipboard.js';

/** The token's secret, until `onDone`. */
export function NewToken({ token, onDone }: { token: CreatedToken; onDone(): void }) {
  const clipboard = useClipboard();

  return (
    <section className="new-token" aria-labelledby="made-token-heading">
      <h3 id="made-token-heading">Your new token “{token.name}”</h3>
      <p>
        <strong>Copy it now: you will not see it again.</strong> Debrief keeps only a fingerprint of it. Send it as <code>Authorization: Bearer …</code>.
      </p>
      <TextField label="New token" readOnly value={token.token} onChange={() => undefined} className="token-value" />
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => void clipboard.copy(token.token)}>
          Copy
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
      <StatusNote message={clipboard.message} />
    </section>
  );
}
