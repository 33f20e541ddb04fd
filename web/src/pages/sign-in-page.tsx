/** Sign in with e-mail and password; the app then shows the postmortem list (or the page that was asked for). */
import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../components/notices.js';
import { TextField } from '../components/fields.js';
import { useSession } from '../session/session.js';

/** The sign-in form. */
export function SignInPage({ notice }: { notice?: string }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

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
      <form onSubmit={(event) => void submit(event)}>
        <TextField label="E-mail" type="email" name="email" autoComplete="username" required value={email} onChange={setEmail} />
        <TextField label="Password" type="password" name="password" autoComplete="current-password" required value={password} onChange={setPassword} />
        <ErrorNote error={error} />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
