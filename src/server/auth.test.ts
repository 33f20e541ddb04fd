import { describe, expect, it } from 'vitest';
import { serverPerFile, TEST_PASSWORD } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';
import { buildApp, type AppOptions } from './app.js';

/** The name, value and attributes (lower-cased) of the first Set-Cookie header. */
function parseSetCookie(header: string | string[] | undefined): { name: string; value: string; attributes: string[] } {
  const line = Array.isArray(header) ? (header[0] ?? '') : (header ?? '');
  const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
  return { name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), attributes: attributes.map((a) => a.toLowerCase()) };
}

forEachEngine((engine) => {
  const server = serverPerFile(engine);

  /** Signs in over HTTP; returns the session cookie and the CSRF token. */
  async function login(email: string, password = TEST_PASSWORD): Promise<{ cookie: string; csrf: string }> {
    const response = await server().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    expect(response.statusCode).toBe(200);
    return { cookie: `debrief_session=${parseSetCookie(response.headers['set-cookie']).value}`, csrf: response.json().csrfToken };
  }

  describe('signing in', () => {
    it.each([
      ['GET', '/api/v1/postmortems'],
      ['GET', '/api/v1/postmortems/anything'],
      ['POST', '/api/v1/postmortems'],
      ['GET', '/api/v1/action-items'],
      ['GET', '/api/v1/users'],
      ['GET', '/api/v1/auth/me'],
      ['GET', '/api/v1/no-such-route'],
      ['GET', '/api/%761/users'],
      ['GET', '/api/v1/%75sers'],
    ] as const)('%s %s without signing in is 401', async (method, url) => {
      const response = await server().call(null, method, url);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
      expect(response.headers['www-authenticate']).toBe('Bearer realm="debrief"');
    });

    it('leaves health, the OpenAPI document and the reference readable', async () => {
      for (const url of ['/healthz', '/readyz', '/api/v1/openapi.json', '/api/docs/']) {
        expect((await server().call(null, 'GET', url)).statusCode, url).toBe(200);
      }
    });

    it('starts a session with an HttpOnly, SameSite=Lax cookie on path / and answers the user and a CSRF token', async () => {
      const response = await server().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'Editor@Example.com', password: TEST_PASSWORD } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ user: { email: 'editor@example.com', role: 'editor' }, csrfToken: expect.stringMatching(/.{16,}/) });
      expect(JSON.stringify(response.json())).not.toMatch(/password|scrypt/i);
      const cookie = parseSetCookie(response.headers['set-cookie']);
      expect(cookie.value.length).toBeGreaterThan(16);
      expect(cookie.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
      expect(cookie.attributes).not.toContain('secure');
      expect(cookie.name).toBe('debrief_session');
    });

    it('marks the cookie Secure and names it __Host- when told to (DEBRIEF_SECURE_COOKIES), or on https from a trusted proxy only', async () => {
      const secureOf = async (options: Pick<AppOptions, 'secureCookies' | 'trustProxy'>) => {
        const app = await buildApp({ store: server().store, ...options });
        try {
          const response = await app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: 'viewer@example.com', password: TEST_PASSWORD },
            headers: { 'x-forwarded-proto': 'https' },
          });
          const cookie = parseSetCookie(response.headers['set-cookie']);
          const secure = cookie.attributes.includes('secure');
          expect(cookie.name).toBe(secure ? '__Host-debrief_session' : 'debrief_session');
          if (secure) {
            // The __Host- prefix holds only with Path=/ and no Domain: and the cookie then signs in.
            expect(cookie.attributes).toContain('path=/');
            expect(cookie.attributes.some((a) => a.startsWith('domain='))).toBe(false);
            const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `${cookie.name}=${cookie.value}` } });
            expect(me.statusCode).toBe(200);
          }
          return secure;
        } finally {
          await app.close();
        }
      };
      expect(await secureOf({ secureCookies: true })).toBe(true);
      expect(await secureOf({ trustProxy: 1 })).toBe(true);
      expect(await secureOf({ trustProxy: ['10.9.9.9'] })).toBe(false);
      expect(await secureOf({})).toBe(false);
    });

    it('refuses a wrong password or an unknown e-mail alike, with 401 and no cookie', async () => {
      for (const payload of [
        { email: 'editor@example.com', password: 'wrong password' },
        { email: 'nobody@example.com', password: TEST_PASSWORD },
      ]) {
        const response = await server().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
        expect(response.statusCode).toBe(401);
        expect(response.json().error.code).toBe('invalid_credentials');
        expect(response.headers['set-cookie']).toBeUndefined();
      }
    });

    it('reads with the cookie, and says who is signed in', async () => {
      const { cookie, csrf } = await login('viewer@example.com');
      const me = await server().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ user: { email: 'viewer@example.com', role: 'viewer' }, csrfToken: csrf });
      expect((await server().app.inject({ method: 'GET', url: '/api/v1/postmortems', headers: { cookie } })).statusCode).toBe(200);
    });

    it('ends the session on logout: the cookie no longer works', async () => {
      const { cookie } = await login('viewer@example.com');
      const out = await server().app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
      expect(out.statusCode).toBe(204);
      expect(parseSetCookie(out.headers['set-cookie']).value).toBe('');
      expect((await server().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    });

    it('refuses an unknown session cookie and a malformed or unknown bearer token', async () => {
      const { app } = server();
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: 'debrief_session=forged' } })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Basic abc' } })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer dbr_unknown' } })).statusCode).toBe(401);
    });

    it('takes a bearer token without any CSRF token, for reads and writes', async () => {
      expect((await server().call('editor', 'GET', '/api/v1/auth/me')).json()).toMatchObject({ user: { email: 'editor@example.com' }, csrfToken: null });
      expect((await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'By token' } })).statusCode).toBe(201);
    });
  });

  describe('CSRF', () => {
    it('refuses cookie-authenticated writes without the token, or with another one (403), and writes nothing', async () => {
      const { cookie } = await login('editor@example.com');
      const { csrf: otherToken } = await login('member@example.com');
      for (const headers of [{ cookie }, { cookie, 'x-csrf-token': otherToken }, { cookie, 'x-csrf-token': '' }]) {
        const response = await server().app.inject({ method: 'POST', url: '/api/v1/postmortems', headers, payload: { title: 'CSRF victim' } });
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('csrf_token_invalid');
      }
      const list = await server().call('admin', 'GET', '/api/v1/postmortems?q=victim');
      expect(list.json().items).toEqual([]);
    });

    it('accepts cookie-authenticated writes with the token of the session', async () => {
      const { cookie, csrf } = await login('editor@example.com');
      const response = await server().app.inject({ method: 'POST', url: '/api/v1/postmortems', headers: { cookie, 'x-csrf-token': csrf }, payload: { title: 'With CSRF' } });
      expect(response.statusCode).toBe(201);
    });
  });

  describe('roles', () => {
    it('lets a viewer read but not write (403)', async () => {
      expect((await server().call('viewer', 'GET', '/api/v1/postmortems')).statusCode).toBe(200);
      const write = await server().call('viewer', 'POST', '/api/v1/postmortems', { json: { title: 'Not allowed' } });
      expect(write.statusCode).toBe(403);
      expect(write.json().error.code).toBe('forbidden');
    });

    it('lets only admins delete postmortems and manage users', async () => {
      const created = (await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'To delete' } })).json();
      expect((await server().call('editor', 'DELETE', `/api/v1/postmortems/${created.id}`)).statusCode).toBe(403);
      expect((await server().call('admin', 'DELETE', `/api/v1/postmortems/${created.id}`)).statusCode).toBe(204);
      expect((await server().call('admin', 'GET', `/api/v1/postmortems/${created.id}`)).statusCode).toBe(404);

      const newUser = { email: 'new.person@example.com', role: 'viewer', password: 'long enough password' };
      expect((await server().call('editor', 'POST', '/api/v1/users', { json: newUser })).statusCode).toBe(403);
      const made = await server().call('admin', 'POST', '/api/v1/users', { json: newUser });
      expect(made.statusCode).toBe(201);
      expect(made.json()).toMatchObject({ email: 'new.person@example.com', role: 'viewer' });
      expect((await server().call('editor', 'PATCH', '/api/v1/users/new.person@example.com', { json: { role: 'editor' } })).statusCode).toBe(403);
      const promoted = await server().call('admin', 'PATCH', '/api/v1/users/new.person@example.com', { json: { role: 'editor' } });
      expect(promoted.json()).toMatchObject({ role: 'editor' });
      expect((await server().call('admin', 'PATCH', '/api/v1/users/nobody@example.com', { json: { role: 'editor' } })).statusCode).toBe(404);
    });

    it('lists users for anyone signed in (owner pickers), without secrets', async () => {
      const users = await server().call('viewer', 'GET', '/api/v1/users');
      expect(users.statusCode).toBe(200);
      expect(users.json().items.map((u: { email: string }) => u.email)).toEqual(expect.arrayContaining(['admin@example.com', 'viewer@example.com']));
      expect(users.body).not.toMatch(/password|scrypt|hash/i);
    });
  });
});
