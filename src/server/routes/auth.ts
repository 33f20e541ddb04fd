/** Signing in and out with a cookie session, and who am I. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../store/store.types.js';
import { SESSION_COOKIE, signedInUser } from '../auth.js';
import { HttpError } from '../errors.js';
import { errorResponses } from '../views/error.js';
import { userView, userViewSchema } from '../views/user.js';

/** How long a web session lasts. */
const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;

/** Login attempts allowed per client address and e-mail per minute. */
const LOGIN_ATTEMPTS_PER_MINUTE = 10;

const loginSchema = z.strictObject({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });
const signedInSchema = z.object({ user: userViewSchema, csrfToken: z.string().nullable().describe('Send it as X-CSRF-Token with cookie-authenticated writes.') });

/** The rate-limit key of a login: the client address and the e-mail tried. */
function loginKey(request: { ip: string; body: unknown }): string {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return `${request.ip}|${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
}

/** POST /auth/login, POST /auth/logout, GET /auth/me. */
export const authRoutes: FastifyPluginAsyncZod<{ store: Store; secureCookies: boolean }> = async (app, { store, secureCookies }) => {
  app.post(
    '/auth/login',
    {
      config: {
        public: true,
        rateLimit: {
          max: LOGIN_ATTEMPTS_PER_MINUTE,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: loginKey,
          errorResponseBuilder: (_request, context) =>
            new HttpError(429, 'rate_limited', `Too many sign-in attempts; try again in ${context.after}.`, { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
        },
      },
      schema: { tags: ['auth'], summary: 'Sign in: starts a cookie session', security: [], body: loginSchema, response: { 200: signedInSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const user = await store.verifyPassword(request.body.email.trim(), request.body.password);
      if (user === null) throw new HttpError(401, 'invalid_credentials', 'The e-mail or the password is wrong.');
      const session = await store.createSession(user.id, SESSION_TTL_SECONDS);
      reply.setCookie(SESSION_COOKIE, session.id, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies || request.protocol === 'https',
        path: '/',
        maxAge: SESSION_TTL_SECONDS,
      });
      return { user: userView(user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out: ends the cookie session', security: [], response: { 204: z.undefined() } } },
    async (request, reply) => {
      const sessionId = request.cookies[SESSION_COOKIE];
      if (sessionId !== undefined && sessionId !== '') await store.deleteSession(sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'Who is signed in', response: { 200: signedInSchema, ...errorResponses } } },
    async (request) => ({ user: userView(signedInUser(request)), csrfToken: request.authSession?.csrfToken ?? null }),
  );
};
