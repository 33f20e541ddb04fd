/**
 * Signing in with the identity provider (OpenID Connect, authorization code with PKCE): the start names the provider's
 * URL to send the browser to, the callback checks the state against the browser's cookie, takes the sign-in once, exchanges the
 * code and signs the user in. Failures send the browser back to the sign-in page with a code it explains; nothing
 * of the provider's answer or of the server's internals reaches the page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAdminister } from '../../core/access.js';
import { ConflictError } from '../../core/errors.js';
import { groupsOf, roleFromGroups } from '../../core/sign-in-roles.js';
import { newSecret } from '../../store/secrets.js';
import type { IdentitySignIn, Store } from '../../store/store.types.js';
import { auditSource, type AuthSettings } from '../auth.js';
import { OidcFailure, redirectUri, type OidcClient, type OidcSettings } from '../oidc-client.js';
import { localPasswordsOpen } from '../sign-in-methods.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { HttpError } from '../errors.js';
import { errorResponses } from '../views/error.js';
import { secureCookie, startSession } from './auth.js';

/** How long a sign-in may take at the provider (the state cookie and the kept sign-in last this long). */
const SIGN_IN_TTL_MS = 10 * 60 * 1000;

/** The cookie that binds a sign-in to the browser that started it (its value is the state). */
const STATE_COOKIE = 'debrief_oidc_state';
const SECURE_STATE_COOKIE = `__Host-${STATE_COOKIE}`;

/** Why a sign-in at the provider ended without a session: what the sign-in page shows (`?sign_in_error=…`). */
type SignInErrorCode =
  | OidcFailure['code']
  | 'state_mismatch'
  | 'sign_in_expired'
  | Exclude<IdentitySignIn, { ok: true }>['reason']
  | 'sign_in_conflict';

const callbackQuery = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(4096).optional(),
  iss: z.string().max(4096).optional(),
  error: z.string().max(4096).optional(),
  error_description: z.string().max(4096).optional(),
});

const methodsSchema = z
  .object({
    localPasswords: z.boolean().describe('False when admins turned local passwords off: POST /auth/login then answers 403 local_passwords_off.'),
    provider: z
      .object({ label: z.string().describe('What the sign-in button names, from DEBRIEF_OIDC_LABEL.') })
      .nullable()
      .describe('The identity provider, or null when none is configured.'),
  })
  .meta({ id: 'SignInMethods' });

const signInSettingsSchema = z
  .object({
    localPasswords: z.boolean(),
    providerConfigured: z.boolean().describe('True when DEBRIEF_OIDC_ISSUER is set: local passwords can be turned off only then.'),
    issuer: z.string().nullable(),
  })
  .meta({ id: 'SignInSettings' });

/**
 * Whether the provider vouches for the e-mail: `email_verified` (true, or "true" as some providers send it), or
 * Microsoft Entra ID's `xms_edov` (the e-mail's domain is verified by the tenant that owns it); null when it says nothing.
 */
function emailVerifiedOf(claims: Record<string, unknown>): boolean | null {
  if (claims.email_verified === true || claims.email_verified === 'true' || claims.xms_edov === true) return true;
  return claims.email_verified === undefined ? null : false;
}

/** Sends the browser back to the sign-in page with why the sign-in failed. */
function backToSignIn(reply: FastifyReply, code: SignInErrorCode): FastifyReply {
  return reply.redirect(`/?sign_in_error=${code}`, 303);
}

/** GET /auth/methods, POST /auth/oidc/start, GET /auth/oidc/callback, GET/PUT /settings/sign-in. */
export const oidcRoutes: FastifyPluginAsyncZod<{ store: Store; auth: AuthSettings; oidc: { settings: OidcSettings; client: OidcClient } | null }> = async (app, { store, auth, oidc }) => {
  const settings = oidc?.settings ?? null;
  const stateCookie = (request: FastifyRequest) => {
    const secure = secureCookie(request, auth);
    return { name: secure ? SECURE_STATE_COOKIE : STATE_COOKIE, options: { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' } };
  };
  const signInSettings = async () => ({ localPasswords: await localPasswordsOpen(store, settings), providerConfigured: settings !== null, issuer: settings?.issuer.href ?? null });

  app.get(
    '/auth/methods',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'How people sign in here: local passwords, the identity provider, or both', security: [], response: { 200: methodsSchema, ...errorResponses } } },
    async () => ({
      localPasswords: await localPasswordsOpen(store, settings),
      provider: settings === null ? null : { label: settings.label },
    }),
  );

  app.post(
    '/auth/oidc/start',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Start signing in with the identity provider: sets the sign-in\u2019s cookie and answers where to send the browser (404 oidc_not_configured, 502 provider_unreachable)',
        security: [],
        response: { 200: z.object({ url: z.string().describe('The provider\u2019s authorization URL: navigate the browser there.') }), ...errorResponses },
      },
    },
    async (request, reply) => {
      if (oidc === null) throw new HttpError(404, 'oidc_not_configured', 'No identity provider is configured here (DEBRIEF_OIDC_ISSUER); sign in with e-mail and password.');
      const pending = { state: newSecret(), nonce: newSecret(), codeVerifier: newSecret() };
      let url: URL;
      try {
        url = await oidc.client.authorizationUrl(pending);
      } catch (error) {
        request.log.warn({ err: error }, 'oidc: could not start a sign-in');
        throw new HttpError(502, 'provider_unreachable', `The identity provider could not be reached; try again in a minute, or ask an admin to check DEBRIEF_OIDC_ISSUER (${oidc.settings.issuer.href}).`);
      }
      await store.saveSignIn(pending, SIGN_IN_TTL_MS);
      const cookie = stateCookie(request);
      reply.setCookie(cookie.name, pending.state, { ...cookie.options, maxAge: SIGN_IN_TTL_MS / 1000 });
      return { url: url.href };
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { public: true },
      // The redirect URI the provider sends browsers to, not an operation clients call: it answers only with
      // redirects (to / signed in, or to /?sign_in_error=CODE), so it stays out of the OpenAPI document (docs/api.md).
      schema: { hide: true, querystring: callbackQuery },
    },
    async (request, reply) => {
      if (oidc === null) return backToSignIn(reply, 'provider_unreachable');
      const cookie = stateCookie(request);
      const expected = request.cookies[SECURE_STATE_COOKIE] ?? request.cookies[STATE_COOKIE];
      reply.clearCookie(cookie.name, cookie.options);
      const fail = async (code: SignInErrorCode, detail?: unknown) => {
        await store.recordAudit({ action: 'auth.login_failed', outcome: 'failure', by: auditSource(request), details: { method: 'oidc', reason: code } });
        if (detail !== undefined) request.log.warn({ err: detail }, `oidc: sign-in failed (${code})`);
        return backToSignIn(reply, code);
      };
      const state = request.query.state;
      if (state === undefined || expected === undefined || state !== expected) return fail('state_mismatch');
      const pending = await store.takeSignIn(state);
      if (pending === null) return fail('sign_in_expired');
      const query = new URLSearchParams(Object.entries(request.query).filter((entry): entry is [string, string] => entry[1] !== undefined));
      let claims: Record<string, unknown>;
      try {
        claims = await oidc.client.claimsOf(new URL(`${redirectUri(oidc.settings)}?${query.toString()}`), pending);
      } catch (error) {
        return fail(error instanceof OidcFailure ? error.code : 'provider_unreachable', error);
      }
      const groups = oidc.settings.groupsClaim === null ? null : groupsOf(claims[oidc.settings.groupsClaim]);
      const identity = {
        issuer: String(claims.iss),
        subject: String(claims.sub),
        email: typeof claims.email === 'string' ? claims.email : null,
        emailVerified: emailVerifiedOf(claims),
        name: typeof claims.name === 'string' ? claims.name : null,
        role: roleFromGroups(groups, oidc.settings.roleGroups, oidc.settings.defaultRole),
      };
      let outcome: IdentitySignIn;
      try {
        outcome = await store.signInWithIdentity(identity, oidc.settings.defaultRole, auditSource(request));
      } catch (error) {
        if (error instanceof ConflictError) return fail('sign_in_conflict');
        throw error;
      }
      if (!outcome.ok) return fail(outcome.reason);
      await startSession(store, request, reply, auth, outcome.user, 'oidc');
      return reply.redirect('/', 303);
    },
  );

  app.get(
    '/settings/sign-in',
    { config: { allow: canAdminister }, schema: { tags: ['settings'], summary: 'How people may sign in (admins)', response: { 200: signInSettingsSchema, ...errorResponses } } },
    signInSettings,
  );

  app.put(
    '/settings/sign-in',
    {
      config: { allow: canAdminister },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['settings'],
        summary: 'Turn local passwords on or off (admins): off only with an identity provider and an admin who has signed in with it (409 otherwise)',
        body: z.strictObject({ localPasswords: z.boolean() }),
        response: { 200: signInSettingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      if (!request.body.localPasswords && settings === null) {
        throw new ConflictError('no identity provider is configured (DEBRIEF_OIDC_ISSUER), so nobody could sign in without a password; configure one first');
      }
      await store.setSignInSettings(request.body, auditSource(request));
      return signInSettings();
    },
  );
};
