/** Admin → Notifications: the signing secret generated for a webhook, shown this once in a read-only field with Copy. */
import { useEffect, useRef } from 'react';
import { OneTimeSecret } from '../../components/one-time-secret.js';

/** The secret of the channel `name`, until `onDone`. */
export function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone(): void }) {
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
      <OneTimeSecret label="Signing secret" secret={secret} onDone={onDone} />
    </section>
  );
}
