/** What the sign-in page says when a sign-in with the identity provider came back refused (`?sign_in_error=CODE`). */

const MESSAGES: Readonly<Record<string, string>> = {
  state_mismatch: 'This sign-in did not start in this browser (or its cookie was lost), so it was refused. Sign in again.',
  sign_in_expired: 'This sign-in was already used, or took longer than ten minutes. Sign in again.',
  provider_refused: 'The identity provider refused the sign-in (it may have been cancelled there). Try again, or ask an admin.',
  code_rejected: 'The identity provider did not accept the sign-in code (it may have been used already). Sign in again.',
  id_token_expired: 'The identity provider’s answer had expired when it arrived, so it was refused. Sign in again; if this keeps happening, ask an admin to check the clocks of Debrief and the provider.',
  id_token_invalid: 'The identity provider’s answer failed Debrief’s checks, so it was refused. Ask an admin: the server’s log says why.',
  provider_unreachable: 'The identity provider could not be reached. Try again in a minute.',
  email_missing: 'The identity provider did not tell Debrief your e-mail address. Ask an admin to let Debrief read it (the email scope).',
  email_unverified: 'The identity provider has not verified your e-mail address, so Debrief cannot tell it is yours. Verify it there, or ask an admin.',
  disabled: 'Your Debrief account is disabled; ask an admin to enable it.',
  linked_to_another: 'The Debrief account with your e-mail is already linked to another user of the identity provider. Ask an admin.',
  sign_in_conflict: 'Another sign-in to this account happened at the same moment. Sign in again.',
};

/** The message for a sign-in error code (a general one for a code this version does not know). */
export function signInErrorMessage(code: string): string {
  return MESSAGES[code] ?? 'Signing in with the identity provider failed. Sign in again.';
}

/** The sign-in error the address carries, removing it from the address (a reload does not show it again); null without one. */
export function takeSignInError(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('sign_in_error');
  if (code === null) return null;
  url.searchParams.delete('sign_in_error');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  return signInErrorMessage(code);
}
