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
