/** Signing in and out with a cookie session, who am I, and changing one's own password. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BusyError } from '../../core/errors.js';
import type { SignInCheck, Store, User } from '../../store/store.types.js';
import { auditSource, SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionIdOf, signedInUser, type AuthSettings } from '../auth.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { HttpError } from '../errors.js';
import type { OidcSettings } from '../oidc-client.js';
import { requireLocalPasswords } from '../sign-in-methods.js';
import { countSignInAttempt } from '../sign-in-throttle.js';
import { errorResponses } from '../views/error.js';
import { userView, userViewSchema } from '../views/user.js';

const loginSchema = z.strictObject({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });
const signedInSchema = z.object({ user: userViewSchema, csrfToken: z.string().nullable().describe('Send it as X-CSRF-Token with cookie-authenticated writes.') });
const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024).describe('At least 12 characters, and not easy to guess (checked against common passwords and patterns).'),
});

/** Why a failed password check is answered as it is: never whether the e-mail exists. */
function refusal(check: Exclude<SignInCheck, { ok: true }>): HttpError {
  if (check.reason === 'disabled') return new HttpError(403, 'account_disabled', 'This account is disabled; ask an admin to enable it.');
  return new HttpError(401, 'invalid_credentials', 'The e-mail or the password is wrong.');
}

/**
 * Checks a password against the sign-in limits (per account and per address, counted in the database) and records
 * the outcome in the audit log; answers the check, or throws 429 without hashing when an allowance is used up.
 */
async function checkPassword(store: Store, request: FastifyRequest, email: string, password: string, action: 'auth.login' | 'user.password_changed'): Promise<SignInCheck> {
  const attempt = await countSignInAttempt(store, email, request.ip);
  if (!attempt.allowed) {
    if (attempt.first) await store.recordAudit({ action: 'auth.login_throttled', outcome: 'failure', by: auditSource(request), target: email.trim().toLowerCase() });
    throw attempt.refusal;
  }
  let check: SignInCheck;
  try {
    check = await store.verifyPassword(email, password);
  } catch (error) {
    // Refused for a full hashing queue (503): no password was checked, so the attempt does not count.
    if (error instanceof BusyError) await attempt.takeBack();
    throw error;
  }
  if (check.ok) {
    await attempt.takeBack();
  } else {
    const failed = action === 'auth.login' ? 'auth.login_failed' : 'user.password_changed';
    await store.recordAudit({ action: failed, outcome: 'failure', by: auditSource(request), target: email.trim().toLowerCase(), details: { reason: check.reason } });
  }
  return check;
}

/** True when a cookie set in answer to this request must be Secure: the settings or the request say TLS. */
export function secureCookie(request: FastifyRequest, settings: AuthSettings): boolean {
  return settings.secureCookies || request.protocol === 'https';
}

/** Starts a session for a user who has proven who they are (by `method`), sets its cookie and records the sign-in. */
export async function startSession(store: Store, request: FastifyRequest, reply: FastifyReply, auth: AuthSettings, user: User, method: 'password' | 'oidc'): Promise<string> {
  const session = await store.createSession(user.id, auth.sessions);
  const details = method === 'password' ? {} : { method };
  await store.recordAudit({ action: 'auth.login', by: { userId: user.id, email: user.email, ip: request.ip, via: 'api' }, target: user.email, details });
  const secure = secureCookie(request, auth);
  reply.setCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: auth.sessions.maxSeconds });
  return session.csrfToken;
}

/** Clears the session cookie under both of its names. */
function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(SECURE_SESSION_COOKIE, { path: '/', secure: true });
}

/** POST /auth/login, POST /auth/logout, GET /auth/me, POST /auth/password. */
export const authRoutes: FastifyPluginAsyncZod<{ store: Store; auth: AuthSettings; oidc: OidcSettings | null }> = async (app, { store, auth, oidc }) => {
  app.post(
    '/auth/login',
    {
      config: { public: true },
      bodyLimit: SMALL_BODY_BYTES,
      schema: { tags: ['auth'], summary: 'Sign in with e-mail and password: starts a cookie session (403 local_passwords_off when admins turned passwords off)', security: [], body: loginSchema, response: { 200: signedInSchema, ...errorResponses } },
    },
    async (request, reply) => {
      await requireLocalPasswords(store, oidc);
      const email = request.body.email.trim();
      const check = await checkPassword(store, request, email, request.body.password, 'auth.login');
      if (!check.ok) throw refusal(check);
      const csrfToken = await startSession(store, request, reply, auth, check.user, 'password');
      return { user: userView(check.user), csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out: ends the cookie session', security: [], response: { 204: z.undefined(), ...errorResponses } } },
    async (request, reply) => {
      const sessionId = sessionIdOf(request);
      if (sessionId !== undefined) {
        const found = await store.getSession(sessionId, auth.sessions);
        await store.deleteSession(sessionId);
        if (found !== null) await store.recordAudit({ action: 'auth.logout', by: { userId: found.user.id, email: found.user.email, ip: request.ip, via: 'api' }, target: found.user.email });
      }
      clearSessionCookies(reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'Who is signed in', response: { 200: signedInSchema, ...errorResponses } } },
    async (request) => ({ user: userView(signedInUser(request)), csrfToken: request.authSession?.csrfToken ?? null }),
  );

  app.post(
    '/auth/password',
    {
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['auth'],
        summary: 'Change your own password: needs the current one; ends your other sessions',
        body: passwordChangeSchema,
        response: { 204: z.undefined(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      await requireLocalPasswords(store, oidc);
      const check = await checkPassword(store, request, user.email, request.body.currentPassword, 'user.password_changed');
      if (!check.ok) throw new HttpError(422, 'invalid_input', 'The current password is wrong.', [{ path: 'currentPassword', message: 'is wrong' }]);
      await store.setPassword(user.email, request.body.newPassword, auditSource(request), request.authSession?.id);
      return reply.code(204).send();
    },
  );
};
