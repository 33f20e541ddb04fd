/**
 * `debrief sign-in show|local-passwords on|off`: how people sign in, from the command line. Turning local passwords
 * back on here is the way back in when nobody can sign in with the identity provider (it is down, or its settings
 * are wrong): whoever runs commands on the server's machine is trusted with the database already.
 */
import { InputError } from '../../core/errors.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { CLI_SOURCE } from './user.js';

/** What `debrief sign-in` can do. */
export type SignInAction = 'show' | 'local-passwords';

/** The line that says whether local passwords are on. */
function passwordsLine(on: boolean): string {
  return `local passwords: ${on ? 'on' : 'off (only the identity provider signs people in, while DEBRIEF_OIDC_ISSUER is set)'}\n`;
}

/** Runs `debrief sign-in <action> [on|off]`. */
export async function signInCommand(action: SignInAction, state: string | undefined, options: StoreOptions): Promise<number> {
  const storeOptions = resolveStoreOptions(options);
  if (action === 'show') {
    const settings = await withStore(storeOptions, (store) => store.getSignInSettings());
    writeOut(passwordsLine(settings.localPasswords));
    return EXIT.ok;
  }
  if (state !== 'on' && state !== 'off') throw new InputError(`sign-in local-passwords: say on or off, not ${state === undefined ? 'nothing' : `"${state}"`}`);
  const settings = await withStore(storeOptions, (store) => store.setSignInSettings({ localPasswords: state === 'on' }, CLI_SOURCE));
  writeOut(passwordsLine(settings.localPasswords));
  return EXIT.ok;
}
