import { describe, expect, it } from 'vitest';
import { oidcSettingsFrom, oidcStartLine } from './oidc-settings.js';

const BASE = {
  DEBRIEF_OIDC_ISSUER: 'https://login.example.com/realms/acme',
  DEBRIEF_OIDC_CLIENT_ID: 'debrief',
  DEBRIEF_OIDC_CLIENT_SECRET: 's3cret',
  DEBRIEF_PUBLIC_URL: 'https://debrief.example.com/',
};

describe('the identity provider from the environment', () => {
  it('is off without DEBRIEF_OIDC_ISSUER, and reads every setting with one', () => {
    expect(oidcSettingsFrom({})).toBeNull();
    const settings = oidcSettingsFrom({
      ...BASE,
      DEBRIEF_OIDC_LABEL: 'Acme SSO',
      DEBRIEF_OIDC_SCOPES: 'groups, email',
      DEBRIEF_OIDC_DEFAULT_ROLE: 'editor',
      DEBRIEF_OIDC_GROUPS_CLAIM: 'groups',
      DEBRIEF_OIDC_ADMIN_GROUPS: 'debrief-admins, sre-leads',
    });
    expect(settings).toMatchObject({
      clientId: 'debrief',
      clientSecret: 's3cret',
      publicUrl: 'https://debrief.example.com',
      label: 'Acme SSO',
      scopes: 'openid email profile groups',
      defaultRole: 'editor',
      groupsClaim: 'groups',
      roleGroups: { admin: ['debrief-admins', 'sre-leads'] },
    });
    expect(settings?.issuer.href).toBe('https://login.example.com/realms/acme');
    expect(oidcStartLine(settings!)).toContain('register the redirect URI https://debrief.example.com/api/v1/auth/oidc/callback there');
    expect(oidcSettingsFrom(BASE)).toMatchObject({ label: 'your identity provider', defaultRole: 'viewer', groupsClaim: null, roleGroups: {} });
  });

  it.each([
    [{ ...BASE, DEBRIEF_OIDC_CLIENT_ID: '' }, /^DEBRIEF_OIDC_CLIENT_ID: required with DEBRIEF_OIDC_ISSUER/],
    [{ ...BASE, DEBRIEF_OIDC_CLIENT_SECRET: undefined }, /^DEBRIEF_OIDC_CLIENT_SECRET: required/],
    [{ ...BASE, DEBRIEF_PUBLIC_URL: undefined }, /^DEBRIEF_PUBLIC_URL: required with DEBRIEF_OIDC_ISSUER: the address people reach Debrief at/],
    [{ ...BASE, DEBRIEF_PUBLIC_URL: 'debrief.example.com' }, /^DEBRIEF_PUBLIC_URL: "debrief.example.com" is not a URL/],
    [{ ...BASE, DEBRIEF_OIDC_ISSUER: 'http://login.example.com' }, /^DEBRIEF_OIDC_ISSUER: "http:\/\/login.example.com" must use https:\/\//],
    [{ ...BASE, DEBRIEF_OIDC_ISSUER: 'https://login.example.com/?tenant=1' }, /^DEBRIEF_OIDC_ISSUER: .* must not have a query/],
    [{ ...BASE, DEBRIEF_OIDC_DEFAULT_ROLE: 'owner' }, /^DEBRIEF_OIDC_DEFAULT_ROLE: "owner" is not a role; use viewer, editor, admin/],
    [{ ...BASE, DEBRIEF_OIDC_EDITOR_GROUPS: 'eng' }, /^DEBRIEF_OIDC_EDITOR_GROUPS: needs DEBRIEF_OIDC_GROUPS_CLAIM/],
    [{ DEBRIEF_OIDC_CLIENT_ID: 'debrief' }, /^DEBRIEF_OIDC_CLIENT_ID: set without DEBRIEF_OIDC_ISSUER/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => oidcSettingsFrom(env)).toThrow(message);
  });

  it('accepts plain http for a provider on this machine only', () => {
    expect(oidcSettingsFrom({ ...BASE, DEBRIEF_OIDC_ISSUER: 'http://127.0.0.1:8080' })?.issuer.origin).toBe('http://127.0.0.1:8080');
  });
});
