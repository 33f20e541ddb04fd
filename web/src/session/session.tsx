/** The signed-in user for the whole app: loaded once, set by signing in, cleared by signing out or a 401. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { canManageUsers, canWrite } from '../../../src/core/access.js';
import * as auth from '../api/auth.js';
import { ApiError, onSignedOut, setCsrfToken } from '../api/http.js';
import type { SignedIn, User } from '../api/types.js';
import { flushOpenDrafts } from '../editing/draft-store.js';

type SessionState = { phase: 'loading' } | { phase: 'signedOut'; error?: string } | { phase: 'signedIn'; user: User };

interface SessionValue {
  state: SessionState;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Reads the signed-in user again, after a change to their own account (a 401 signs out as any other). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Provides the session to the app below it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ phase: 'loading' });

  const accept = useCallback((signedIn: SignedIn) => {
    setCsrfToken(signedIn.csrfToken);
    setState({ phase: 'signedIn', user: signedIn.user });
  }, []);

  useEffect(() => {
    auth.me().then(accept, (error: unknown) =>
      setState({ phase: 'signedOut', ...(error instanceof ApiError && error.status !== 401 ? { error: error.message } : {}) }),
    );
    return onSignedOut(() => {
      setCsrfToken(null);
      // A read still under way when the user signed out is refused too; that is no news to them.
      setState((current) =>
        current.phase === 'signedOut' ? current : { phase: 'signedOut', error: 'Your session has ended; sign in again. Unsaved text is kept on this device.' },
      );
    });
  }, [accept]);

  const signIn = useCallback(async (email: string, password: string) => accept(await auth.login(email, password)), [accept]);
  const signOut = useCallback(async () => {
    // Typing not yet saved is saved first: once signed out, the editor's last save would be refused.
    await flushOpenDrafts().catch(() => undefined);
    await auth.logout().catch(() => undefined);
    setCsrfToken(null);
    setState({ phase: 'signedOut' });
  }, []);

  const refresh = useCallback(async () => accept(await auth.me()), [accept]);

  const value = useMemo(() => ({ state, signIn, signOut, refresh }), [state, signIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session; only inside SessionProvider. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user (pages below the sign-in gate only). */
export function useUser(): User {
  const { state } = useSession();
  if (state.phase !== 'signedIn') throw new Error('useUser while signed out');
  return state.user;
}

/** True when the signed-in user may change postmortems. */
export function useCanWrite(): boolean {
  return canWrite(useUser().role);
}

/** True when the signed-in user may manage accounts and read the audit log (admins). */
export function useIsAdmin(): boolean {
  return canManageUsers(useUser().role);
}
