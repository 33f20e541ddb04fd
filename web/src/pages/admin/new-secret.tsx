/** Admin → Notifications: the signing secret generated for a webhook, shown this once in a read-only field with Copy. */
import { useEffect, useRef } from 'react';
import { TextField } from '../../components/fields.js';
import { StatusNote } from '../../components/notices.js';
import { useClipboard } from '../../hooks/use-clipboard.js';

/** The secret of the channel `name`, until `onDone`. */
export function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone(): void }) {
  const clipboard = useClipboard();
  const section = useRef<HTMLElement>(null);
  // The form that made it starts over: the focus comes here, so that the secret is not missed.
  useEffect(() => section.current?.focus(), []);
  return (
    <section ref={section} tabIndex={-1} className="new-token" aria-labelledby="new-secret-heading" data-testid="new-secret">
      <h3 id="new-secret-heading">The signing secret of “{name}”</h3>
      <p>
        <strong>Copy it now: it will not be shown again.</strong> Give it to the receiver, which checks each message’s <code>webhook-signature</code> with it (Standard
        Webhooks).
      </p>
      <TextField label="Signing secret" readOnly value={secret} onChange={() => undefined} className="token-value" />
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => void clipboard.copy(secret)}>
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
