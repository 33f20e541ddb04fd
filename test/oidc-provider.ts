/**
 * A real OpenID Connect provider (panva's oidc-provider) on loopback for the tests: one confidential client for
 * Debrief, accounts the tests define (e-mail, its verification, name, groups), its development login form (any
 * password; the login names the account), and consent given for Debrief as a company's own provider does.
 * `signIn` walks the login form with fetch for tests without a browser.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** What the provider says of one of its users. */
export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
  /** Microsoft Entra ID's "email domain owner verified". */
  xms_edov?: boolean;
}

/** A running provider. */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's accounts by login; tests may add and change them while it runs. */
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

/** The scopes and the claims each one releases. */
const CLAIMS = { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'], groups: ['groups'] };

/** Starts a provider on 127.0.0.1 whose one client sends people back to `redirectUri`. */
export async function startTestProvider(redirectUri: string, accounts: Record<string, TestAccount> = {}): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const known = new Map(Object.entries(accounts));
  const client = { client_id: 'debrief', client_secret: 'debrief-test-secret-0123456789abcdef', redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code' as const] };
  const provider = new Provider(issuer, {
    clients: [client],
    claims: CLAIMS,
    scopes: ['openid', 'email', 'profile', 'groups'],
    pkce: { required: () => true },
    cookies: { keys: ['debrief-test-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
      const account = known.get(id);
      if (account === undefined) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account }) };
    },
    // Debrief is the company's own application: no consent screen, as an admin-approved app has none.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      if (accountId === undefined || ctx.oidc.client === undefined) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope('openid email profile groups');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId: client.client_id,
    clientSecret: client.client_secret,
    accounts: known,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A cookie jar of one browser, enough for the provider's login: name=value pairs by name. */
class Jar {
  private readonly cookies = new Map<string, string>();
  /** Keeps the cookies a response sets (an expired one is removed). */
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Follows the provider's side of a sign-in from its authorization URL as `login` (through the login form), and
 * answers the URL the provider sends the browser back to (the redirect URI with code, state and iss).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, redirectUri: string): Promise<URL> {
  const jar = new Jar();
  let url = new URL(authorizationUrl);
  let form: { login: string } | null = null;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await fetch(url, {
      method: form === null ? 'GET' : 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(form === null ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) },
      ...(form === null ? {} : { body: new URLSearchParams({ prompt: 'login', login: form.login, password: 'any' }).toString() }),
    });
    jar.take(response);
    form = null;
    const location = response.headers.get('location');
    if (location !== null) {
      url = new URL(location, url);
      if (url.href.startsWith(redirectUri)) return url;
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (action === undefined || !page.includes('name="login"')) throw new Error(`the provider answered ${response.status} without a login form or a redirect: ${page.slice(0, 300)}`);
    url = new URL(action, url);
    form = { login };
  }
  throw new Error('the provider sent the browser round more than 10 times');
}
