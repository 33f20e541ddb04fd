/**
 * The identity provider `debrief serve` signs people in with, from the environment: DEBRIEF_OIDC_ISSUER turns it on;
 * then DEBRIEF_OIDC_CLIENT_ID, DEBRIEF_OIDC_CLIENT_SECRET and DEBRIEF_PUBLIC_URL are required, and
 * DEBRIEF_OIDC_LABEL, DEBRIEF_OIDC_SCOPES, DEBRIEF_OIDC_DEFAULT_ROLE, DEBRIEF_OIDC_GROUPS_CLAIM and
 * DEBRIEF_OIDC_{ADMIN,EDITOR,VIEWER}_GROUPS optional. Every error names its variable and says what to write.
 */
import { isRole, ROLES, type Role } from '../../core/access.js';
import { InputError } from '../../core/errors.js';
import type { RoleGroups } from '../../core/sign-in-roles.js';
import { given } from '../../jobs/jobs-settings.js';
import { isLoopbackHttp, redirectUri, type OidcSettings } from '../../server/oidc-client.js';

/** A variable the provider needs, or InputError naming it. */
function needed(env: NodeJS.ProcessEnv, name: string, what: string): string {
  const value = given(env, name);
  if (value === undefined) throw new InputError(`${name}: required with DEBRIEF_OIDC_ISSUER: ${what}`);
  return value;
}

/** An http(s) URL from a variable, or InputError naming it. */
function urlFrom(name: string, text: string, example: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`${name}: "${text}" is not a URL; write it as ${example}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError(`${name}: "${text}" must start with https://, e.g. ${example}`);
  return url;
}

/** The issuer: https, or http on this machine only (a provider for development). */
function issuerFrom(text: string): URL {
  const url = urlFrom('DEBRIEF_OIDC_ISSUER', text, 'https://login.example.com/realms/acme');
  if (url.protocol === 'http:' && !isLoopbackHttp(url)) throw new InputError(`DEBRIEF_OIDC_ISSUER: "${text}" must use https:// (plain http is accepted only on this machine, for a development provider)`);
  if (url.search !== '' || url.hash !== '') throw new InputError(`DEBRIEF_OIDC_ISSUER: "${text}" must not have a query or fragment: give the issuer identifier, as the provider's discovery document names it`);
  return url;
}

/** DEBRIEF_OIDC_DEFAULT_ROLE: the role of new accounts no group maps (viewer by default). */
function defaultRoleFrom(env: NodeJS.ProcessEnv): Role {
  const text = given(env, 'DEBRIEF_OIDC_DEFAULT_ROLE') ?? 'viewer';
  if (!isRole(text)) throw new InputError(`DEBRIEF_OIDC_DEFAULT_ROLE: "${text}" is not a role; use ${ROLES.join(', ')}`);
  return text;
}

/** DEBRIEF_OIDC_{ROLE}_GROUPS: comma-separated group names (or ids) per role; they need DEBRIEF_OIDC_GROUPS_CLAIM. */
function roleGroupsFrom(env: NodeJS.ProcessEnv, groupsClaim: string | null): RoleGroups {
  const mapping: RoleGroups = {};
  for (const role of ROLES) {
    const name = `DEBRIEF_OIDC_${role.toUpperCase()}_GROUPS`;
    const text = given(env, name);
    if (text === undefined) continue;
    if (groupsClaim === null) throw new InputError(`${name}: needs DEBRIEF_OIDC_GROUPS_CLAIM, the claim that lists a user's groups (such as groups)`);
    mapping[role] = text.split(',').map((group) => group.trim()).filter((group) => group !== '');
  }
  return mapping;
}

/** The identity provider's settings, or null when DEBRIEF_OIDC_ISSUER is not set (local passwords only). */
export function oidcSettingsFrom(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuerText = given(env, 'DEBRIEF_OIDC_ISSUER');
  if (issuerText === undefined) {
    const stray = Object.keys(env).filter((name) => name.startsWith('DEBRIEF_OIDC_') && given(env, name) !== undefined);
    if (stray.length > 0) throw new InputError(`${stray.sort().join(', ')}: set without DEBRIEF_OIDC_ISSUER, so sign-in with an identity provider is off; set DEBRIEF_OIDC_ISSUER (or remove these)`);
    return null;
  }
  const issuer = issuerFrom(issuerText);
  const clientId = needed(env, 'DEBRIEF_OIDC_CLIENT_ID', 'the client id Debrief was registered with at the provider');
  const clientSecret = needed(env, 'DEBRIEF_OIDC_CLIENT_SECRET', 'the client secret of that registration');
  const publicUrl = urlFrom('DEBRIEF_PUBLIC_URL', needed(env, 'DEBRIEF_PUBLIC_URL', 'the address people reach Debrief at, such as https://debrief.example.com (the redirect URI is built from it)'), 'https://debrief.example.com');
  const groupsClaim = given(env, 'DEBRIEF_OIDC_GROUPS_CLAIM') ?? null;
  const extraScopes = (given(env, 'DEBRIEF_OIDC_SCOPES') ?? '').split(/[\s,]+/).filter((scope) => scope !== '');
  return {
    issuer,
    clientId,
    clientSecret,
    publicUrl: publicUrl.href.replace(/\/+$/, ''),
    label: given(env, 'DEBRIEF_OIDC_LABEL') ?? 'your identity provider',
    scopes: [...new Set(['openid', 'email', 'profile', ...extraScopes])].join(' '),
    defaultRole: defaultRoleFrom(env),
    groupsClaim,
    roleGroups: roleGroupsFrom(env, groupsClaim),
  };
}

/** The line `debrief serve` prints about sign-in with the provider: the redirect URI to register there. */
export function oidcStartLine(settings: OidcSettings): string {
  return `debrief serve: sign-in with ${settings.issuer.href} (client ${settings.clientId}); register the redirect URI ${redirectUri(settings)} there\n`;
}
