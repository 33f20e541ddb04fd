/** Your account: a token just made, shown this once in a read-only field with a Copy button. */
import type { CreatedToken } from '../../api/types.js';
import { OneTimeSecret } from '../../components/one-time-secret.js';

/** The token's secret, until `onDone`. */
export function NewToken({ token, onDone }: { token: CreatedToken; onDone(): void }) {
  return (
    <section className="new-token" aria-labelledby="made-token-heading">
      <h3 id="made-token-heading">Your new token “{token.name}”</h3>
      <p>
        <strong>Copy it now: you will not see it again.</strong> Debrief keeps only a fingerprint of it. Send it as <code>Authorization: Bearer …</code>.
      </p>
      <OneTimeSecret label="New token" secret={token.token} onDone={onDone} />
    </section>
  );
}
