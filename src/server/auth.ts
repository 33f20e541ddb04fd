/**
 * Who is asking: a bearer token or a session cookie turns into an actor on every request under /api/v1
 * (except the public routes); cookie-authenticated writes must carry the session's CSRF token; each route
 * may demand a role through its `allow` policy.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../core/access.js';
import type { AuditSource } from '../core/audit.js';
import { ForbiddenError } from '../core/errors.js';
import type { Actor, Session, SessionPolicy, Store, User } from '../store/store.types.js';
import { HttpError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null on public routes. */
    user: User | null;
    /** The web session, when the request is cookie-authenticated. */
    authSession: Session | null;
  }
  interface FastifyContextConfig {
    /** Readable without signing in. */
    public?: boolean;
    /** The role policy this route demands (from core/access). */
    allow?: (role: Role) => boolean;
  }
}

/** The name of the session cookie on plain HTTP (development, or a proxy that says nothing of TLS). */
export const SESSION_COOKIE = 'debrief_session';

/**
 * The name of the session cookie when it is Secure: the `__Host-` prefix makes browsers refuse it unless it is
 * Secure, has Path=/ and no Domain, so a sibling subdomain or a plain-HTTP page cannot plant or shadow it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** The session id a request carries, in whichever of the two cookies it came. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  const id = request.cookies[SECURE_SESSION_COOKIE] ?? request.cookies[SESSION_COOKIE];
  return id === '' ? undefined : id;
}

/** How sessions are kept: their lifetime and idle timeout, and whether their cookie is always Secure. */
export interface AuthSettings {
  sessions: SessionPolicy;
  /** Mark the cookie Secure (and name it `__Host-…`) even on plain-HTTP requests: TLS ends at a proxy. */
  secureCookies: boolean;
}

/** Sessions end after 12 hours, or 30 minutes without a request (OWASP ASVS 3.3.2, level 2). */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { maxSeconds: 12 * 60 * 60, idleSeconds: 30 * 60 };

/** The header that carries the CSRF token of cookie-authenticated writes. */
const CSRF_HEADER = 'x-csrf-token';

/** The prefix of everything that needs signing in. */
const API_PREFIX = '/api/v1';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The actor a user acts as, from the client's address. */
function actorOf(user: User, ip: string): Actor {
  return { userId: user.id, email: user.email, role: user.role, ip };
}

/** The signed-in user of a request on a non-public route (the hook has made sure there is one). */
export function signedInUser(request: FastifyRequest): User {
  if (request.user === null) throw new HttpError(401, 'unauthenticated', 'Sign in first.');
  return request.user;
}

/** The actor a request acts as. */
export function actor(request: FastifyRequest): Actor {
  return actorOf(signedInUser(request), request.ip);
}

/** Who is acting and from where, for the audit log (the client's address alone before signing in). */
export function auditSource(request: FastifyRequest): AuditSource {
  const user = request.user;
  return user === null ? { ip: request.ip, via: 'api' } : { userId: user.id, email: user.email, ip: request.ip, via: 'api' };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function unauthenticated(message: string): HttpError {
  return new HttpError(401, 'unauthenticated', message);
}

async function fromBearer(store: Store, header: string): Promise<User> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (token === undefined) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  const user = await store.userForToken(token);
  if (user === null) throw unauthenticated('This API token is unknown, expired or revoked, or its account is disabled.');
  return user;
}

/** Authenticates one request; throws 401, 403 (CSRF, role) or leaves `request.user` set. */
async function authenticate(store: Store, sessions: SessionPolicy, request: FastifyRequest): Promise<void> {
  // One read: Fastify builds a new routeOptions object on every access.
  const { config, url } = request.routeOptions;
  // The route's pattern and the raw URL: `/api/%761/users` reaches the route of `/api/v1/users`, and an unknown
  // `/api/v1/…` may reach the web app's catch-all route.
  const underApi = [url, request.url].some((path) => path?.startsWith(`${API_PREFIX}/`));
  if (config.public === true || !underApi) return;
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    request.user = await fromBearer(store, authorization);
  } else {
    const sessionId = sessionIdOf(request);
    const found = sessionId === undefined ? null : await store.getSession(sessionId, sessions);
    if (found === null) throw unauthenticated('Sign in first (your session may have ended): POST /api/v1/auth/login, or send Authorization: Bearer <token>.');
    if (!SAFE_METHODS.has(request.method)) {
      const token = request.headers[CSRF_HEADER];
      if (typeof token !== 'string' || !sameSecret(token, found.session.csrfToken)) {
        throw new HttpError(403, 'csrf_token_invalid', 'Writes with a session cookie need the X-CSRF-Token header given at login.');
      }
    }
    request.user = found.user;
    request.authSession = found.session;
  }
  if (config.allow !== undefined && !config.allow(request.user.role)) {
    throw new ForbiddenError(`A ${request.user.role} may not do this.`);
  }
}

/** Installs authentication on every route of the app. */
export function installAuth(app: FastifyInstance, store: Store, sessions: SessionPolicy): void {
  app.decorateRequest('user', null);
  app.decorateRequest('authSession', null);
  app.addHook('onRequest', async (request) => authenticate(store, sessions, request));
}
