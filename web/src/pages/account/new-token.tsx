/** Your account: a token just made, shown this once in a read-only field with a Copy button. */
import { useState } from 'react';
import type { CreatedToken } from '../../api/types.js';
import { TextField } from '../../components/fields.js';
import { StatusNote } from '../../components/notices.js';

/** The token's secret, until `onDone`. */
export function NewToken({ token, onDone }: { token: CreatedToken; onDone(): void }) {
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async () => {
    try {
      // Absent on plain http other than localhost: the browser keeps the clipboard to secure pages.
      await navigator.clipboard.writeText(token.token);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('This browser does not let the page copy; select the token and copy it yourself.');
    }
  };

  return (
    <section className="new-token" aria-labelledby="made-token-heading">
      <h3 id="made-token-heading">Your new token “{token.name}”</h3>
      <p>
        <strong>Copy it now: you will not see it again.</strong> Debrief keeps only a fingerprint of it. Send it as <code>Authorization: Bearer …</code>.
      </p>
      <TextField label="New token" readOnly value={token.token} onChange={() => undefined} className="token-value" />
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
      <StatusNote message={copied} />
    </section>
  );
}
