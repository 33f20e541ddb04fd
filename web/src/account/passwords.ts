/** What the app says about new passwords (the server judges them: at least 12 characters, not common, not the e-mail). */

/** The hint under every new-password field. */
export const PASSWORD_HINT = 'At least 12 characters and not easy to guess: a few unrelated words make a good one.';

/** The paths of the API's complaints about a new password (the store says `password`, the request check the field's name). */
export const NEW_PASSWORD_PATHS = ['password', 'newPassword'] as const;
