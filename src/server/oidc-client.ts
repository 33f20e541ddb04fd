/**
 * Debrief as an OpenID Connect relying party (openid-client): the provider's metadata discovered once, the
 * authorization URL of a sign-in (code flow with PKCE, state and nonce), and the callback's code exchanged for
 * verified claims, judged against the store's clock. Failures become OidcFailure with a code the sign-in page explains.
 */
import * as oidc from 'openid-client';
import type { Role } from '../core/access.js';
import type { RoleGroups } from '../core/sign-in-roles.js';
import type { PendingSignIn } from '../store/store.types.js';

/** How Debrief signs in with the identity provider (from DEBRIEF_OIDC_* and DEBRIEF_PUBLIC_URL). */
export interface OidcSettings {
  /** The provider's issuer identifier; its discovery document is at `{issuer}/.well-known/openid-configuration`. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The address people reach Debrief at: the redirect URI is this followed by OIDC_CALLBACK_PATH. */
  publicUrl: string;
  /** What the sign-in button calls the provider ("Sign in with …"). */
  label: string;
  /** The scopes asked for: openid, email and profile, and any the groups claim needs. */
  scopes: string;
  /** The role of an account created at its first sign-in when no group maps to one. */
  defaultRole: Role;
  /** The claim that lists the user's groups (null: roles are not mapped from groups). */
  groupsClaim: string | null;
  roleGroups: RoleGroups;
}

/** Where the provider sends the browser back to. */
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/** Why a sign-in with the provider failed, as the sign-in page names it (never the provider's internals). */
export type OidcFailureCode = 'provider_unreachable' | 'provider_refused' | 'code_rejected' | 'id_token_expired' | 'id_token_invalid';

/** A sign-in the provider or the checks of its answer refused. */
export class OidcFailure extends Error {
  constructor(
    readonly code: OidcFailureCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OidcFailure';
  }
}

/** The redirect URI registered at the provider. */
export function redirectUri(settings: Pick<OidcSettings, 'publicUrl'>): string {
  return `${settings.publicUrl.replace(/\/+$/, '')}${OIDC_CALLBACK_PATH}`;
}

/** Debrief's half of the protocol with one provider. */
export interface OidcClient {
  /** Where to send the browser to sign in, for a sign-in whose state, nonce and verifier are kept. */
  authorizationUrl(pending: PendingSignIn): Promise<URL>;
  /** The claims of the ID token and UserInfo of the callback at `currentUrl`, after every check; OidcFailure otherwise. */
  claimsOf(currentUrl: URL, pending: PendingSignIn): Promise<Record<string, unknown>>;
}

/** True for an issuer reached over plain HTTP on this machine (a provider for development and tests). */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Why the callback was refused, from what openid-client threw. */
function failureOf(error: unknown): OidcFailure {
  if (error instanceof OidcFailure) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    return new OidcFailure('provider_refused', `the identity provider refused the sign-in: ${error.error}${error.error_description === undefined ? '' : ` (${error.error_description})`}`, { cause: error });
  }
  if (error instanceof oidc.ResponseBodyError) {
    return new OidcFailure('code_rejected', `the identity provider did not accept the sign-in code: ${error.error}${error.error_description === undefined ? '' : ` (${error.error_description})`}`, { cause: error });
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return new OidcFailure('id_token_expired', 'the ID token has expired or is not yet valid (are the clocks of Debrief and the provider right?)', { cause: error });
  if (typeof code === 'string' && code.startsWith('OAUTH_')) return new OidcFailure('id_token_invalid', `the identity provider's answer failed a check: ${(error as Error).message}`, { cause: error });
  return new OidcFailure('provider_unreachable', `the identity provider could not be reached: ${(error as Error).message}`, { cause: error });
}

/**
 * The client for a provider. Discovery happens at the first sign-in (and again after a failed one), not at start:
 * a provider that is down then does not keep Debrief from starting. `now` is the store's clock: the ID token's
 * times are judged against it.
 */
export function oidcClient(settings: OidcSettings, now: () => number): OidcClient {
  let discovered: Promise<oidc.Configuration> | undefined;
  const discover = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, isLoopbackHttp(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : {})
      .catch((error: unknown) => {
        discovered = undefined;
        throw new OidcFailure('provider_unreachable', `the identity provider's discovery document at ${settings.issuer.href} could not be read: ${(error as Error).message}`, { cause: error });
      });
    return discovered;
  };

  /** The configuration for one callback: the discovered one, with the store's clock as its idea of now. */
  const atNow = (base: oidc.Configuration): oidc.Configuration => {
    const metadata = base.serverMetadata();
    const methods = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    const auth = methods.includes('client_secret_basic') ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.ClientSecretPost(settings.clientSecret);
    const skew = Math.round((now() - Date.now()) / 1000);
    const config = new oidc.Configuration(metadata, settings.clientId, { client_secret: settings.clientSecret, [oidc.clockSkew]: skew }, auth);
    if (isLoopbackHttp(settings.issuer)) oidc.allowInsecureRequests(config);
    const keys = oidc.getJwksCache(base);
    if (keys !== undefined) oidc.setJwksCache(config, keys);
    return config;
  };

  return {
    async authorizationUrl(pending) {
      const config = await discover();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri(settings),
        scope: settings.scopes,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
    },
    async claimsOf(currentUrl, pending) {
      try {
        const base = await discover();
        const config = atNow(base);
        const tokens = await oidc.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
        const keys = oidc.getJwksCache(config);
        if (keys !== undefined) oidc.setJwksCache(base, keys);
        const idToken = tokens.claims();
        if (idToken === undefined) throw new OidcFailure('id_token_invalid', 'the identity provider sent no ID token');
        const userInfo = config.serverMetadata().userinfo_endpoint === undefined ? {} : await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
        return { ...userInfo, ...idToken };
      } catch (error) {
        throw failureOf(error);
      }
    },
  };
}
