/** Signing in and out with a cookie session, who am I, and changing one's own password. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BusyError } from '../../core/errors.js';
import type { SignInCheck, Store } from '../../store/store.types.js';
import { auditSource, SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionIdOf, signedInUser, type AuthSettings } from '../auth.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { HttpError } from '../errors.js';
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

/** The cookie options of a session: Secure (and `__Host-` named) when the settings or the request say TLS. */
function sessionCookie(request: FastifyRequest, settings: AuthSettings): { name: string; secure: boolean } {
  const secure = settings.secureCookies || request.protocol === 'https';
  return { name: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, secure };
}

/** Clears the session cookie under both of its names. */
function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(SECURE_SESSION_COOKIE, { path: '/', secure: true });
}

/** POST /auth/login, POST /auth/logout, GET /auth/me, POST /auth/password. */
export const authRoutes: FastifyPluginAsyncZod<{ store: Store; auth: AuthSettings }> = async (app, { store, auth }) => {
  app.post(
    '/auth/login',
    {
      config: { public: true },
      bodyLimit: SMALL_BODY_BYTES,
      schema: { tags: ['auth'], summary: 'Sign in: starts a cookie session', security: [], body: loginSchema, response: { 200: signedInSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const email = request.body.email.trim();
      const check = await checkPassword(store, request, email, request.body.password, 'auth.login');
      if (!check.ok) throw refusal(check);
      const session = await store.createSession(check.user.id, auth.sessions);
      await store.recordAudit({ action: 'auth.login', by: { userId: check.user.id, email: check.user.email, ip: request.ip, via: 'api' }, target: check.user.email });
      const cookie = sessionCookie(request, auth);
      reply.setCookie(cookie.name, session.id, { httpOnly: true, sameSite: 'lax', secure: cookie.secure, path: '/', maxAge: auth.sessions.maxSeconds });
      return { user: userView(check.user), csrfToken: session.csrfToken };
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
      const check = await checkPassword(store, request, user.email, request.body.currentPassword, 'user.password_changed');
      if (!check.ok) throw new HttpError(422, 'invalid_input', 'The current password is wrong.', [{ path: 'currentPassword', message: 'is wrong' }]);
      await store.setPassword(user.email, request.body.newPassword, auditSource(request), request.authSession?.id);
      return reply.code(204).send();
    },
  );
};
