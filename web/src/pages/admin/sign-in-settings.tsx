/** Admin → Users → Sign-in: whether local passwords may sign in, beside the identity provider. */
import { useEffect, useState } from 'react';
import { getSignInSettings, setLocalPasswords, type SignInSettings } from '../../api/auth.js';
import { ErrorNote } from '../../components/notices.js';

/** The sign-in section of the users page. */
export function SignInSettingsSection() {
  const [settings, setSettings] = useState<SignInSettings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    getSignInSettings().then(setSettings, setError);
  }, []);

  const change = async (localPasswords: boolean) => {
    setBusy(true);
    setError(null);
    try {
      setSettings(await setLocalPasswords(localPasswords));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Sign-in</h2>
      {settings === null ? null : settings.providerConfigured ? (
        <>
          <p>
            People sign in with the identity provider at <code>{settings.issuer}</code>
            {settings.localPasswords ? ' or with their Debrief password.' : ' only: local passwords are turned off.'}
          </p>
          <button type="button" disabled={busy} onClick={() => void change(!settings.localPasswords)}>
            {settings.localPasswords ? 'Turn local passwords off' : 'Turn local passwords on'}
          </button>
          <p className="section-hint">
            Passwords can be turned off only once an admin has signed in with the provider. To turn them back on without the provider, run{' '}
            <code>debrief sign-in local-passwords on</code> on the server.
          </p>
        </>
      ) : (
        <p>People sign in with their Debrief password. No identity provider is configured (DEBRIEF_OIDC_ISSUER; see the documentation).</p>
      )}
      <ErrorNote error={error} />
    </section>
  );
}
