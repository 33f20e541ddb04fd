/** Your account, for everyone signed in: who you are, changing your password, and your API tokens. */
import { ROLE_LABELS } from '../../account/roles.js';
import { FactList } from '../../components/fact-list.js';
import { useUser } from '../../session/session.js';
import { PasswordForm } from './password-form.js';
import { TokensSection } from './tokens-section.js';

/** The account page. */
export default function AccountPage() {
  const user = useUser();
  return (
    <>
      <h1>Your account</h1>
      <FactList
        facts={[
          ['E-mail', user.email],
          ['Name', user.name || '—'],
          ['Role', ROLE_LABELS[user.role]],
        ]}
      />
      <PasswordForm />
      <TokensSection />
    </>
  );
}
