/** Signing in and out, and who is signed in. */
import { sendJson, send } from './http.js';
import type { SignedIn } from './types.js';

/** Starts a cookie session. */
export function login(email: string, password: string): Promise<SignedIn> {
  return sendJson<SignedIn>('/api/v1/auth/login', { method: 'POST', body: { email, password } });
}

/** Ends the cookie session. */
export async function logout(): Promise<void> {
  await send('/api/v1/auth/logout', { method: 'POST' });
}

/** The signed-in user and CSRF token of the current cookie session. */
export function me(): Promise<SignedIn> {
  return sendJson<SignedIn>('/api/v1/auth/me');
}

/** Changes the signed-in user's password; their other sessions end, this one stays. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await send('/api/v1/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
}

/** How people sign in here (GET /auth/methods, public). */
export interface SignInMethods {
  localPasswords: boolean;
  provider: { label: string } | null;
}

/** Which ways of signing in are open. */
export function signInMethods(): Promise<SignInMethods> {
  return sendJson<SignInMethods>('/api/v1/auth/methods');
}

/** Starts a sign-in with the identity provider: its cookie is set; the answer is where to send the browser. */
export async function startProviderSignIn(): Promise<string> {
  return (await sendJson<{ url: string }>('/api/v1/auth/oidc/start', { method: 'POST' })).url;
}

/** How people may sign in, as admins see and set it (GET/PUT /settings/sign-in). */
export interface SignInSettings {
  localPasswords: boolean;
  providerConfigured: boolean;
  issuer: string | null;
}

/** The sign-in settings (admins). */
export function getSignInSettings(): Promise<SignInSettings> {
  return sendJson<SignInSettings>('/api/v1/settings/sign-in');
}

/** Turns local passwords on or off (admins). */
export function setLocalPasswords(localPasswords: boolean): Promise<SignInSettings> {
  return sendJson<SignInSettings>('/api/v1/settings/sign-in', { method: 'PUT', body: { localPasswords } });
}
