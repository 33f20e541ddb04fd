/**
 * Sign in with e-mail and password, or with the identity provider when one is configured (only with the provider
 * when admins turned local passwords off); the app then shows the page that was asked for.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { signInMethods, startProviderSignIn, type SignInMethods } from '../api/auth.js';
import { ErrorNote } from '../components/notices.js';
import { TextField } from '../components/fields.js';
import { useSession } from '../session/session.js';
import { takeSignInError } from './sign-in-errors.js';

/** Until the server says otherwise: the password form, as before there was a provider. */
const PASSWORDS_ONLY: SignInMethods = { localPasswords: true, provider: null };

/** The button that sends the browser to the identity provider. */
function ProviderButton({ label, primary, onError }: { label: string; primary: boolean; onError(error: unknown): void }) {
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    onError(null);
    try {
      window.location.assign(await startProviderSignIn());
    } catch (caught) {
      onError(caught);
      setBusy(false);
    }
  };
  return (
    <button type="button" className={primary ? 'sign-in-provider button-primary' : 'sign-in-provider'} disabled={busy} onClick={() => void start()}>
      {busy ? `Going to ${label}…` : `Sign in with ${label}`}
    </button>
  );
}

/** The sign-in form. */
export function SignInPage({ notice }: { notice?: string }) {
  const { signIn } = useSession();
  const [methods, setMethods] = useState<SignInMethods>(PASSWORDS_ONLY);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [returned] = useState(takeSignInError);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    signInMethods().then(setMethods, () => undefined);
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Debrief</h1>
      {notice === undefined ? null : <p className="note">{notice}</p>}
      {returned === null ? null : (
        <div className="note note-error" role="alert">
          {returned}
        </div>
      )}
      {methods.provider === null ? null : <ProviderButton label={methods.provider.label} primary={!methods.localPasswords} onError={setError} />}
      {methods.localPasswords ? (
        <form onSubmit={(event) => void submit(event)}>
          <TextField label="E-mail" type="email" name="email" autoComplete="username" required value={email} onChange={setEmail} />
          <TextField label="Password" type="password" name="password" autoComplete="current-password" required value={password} onChange={setPassword} />
          <ErrorNote error={error} />
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      ) : (
        <ErrorNote error={error} />
      )}
    </main>
  );
}
