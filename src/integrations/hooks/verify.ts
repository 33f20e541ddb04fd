/**
 * Whether a delivery comes from the tool an integration stands for, by the tool's own scheme, over the raw body bytes
 * (before any parsing), every comparison in constant time:
 * - PagerDuty v3: `X-PagerDuty-Signature: v1=<hex HMAC-SHA256(secret, body)>`, several comma-separated during a
 *   secret rotation (any one matching will do);
 * - Alertmanager: its `http_config`: `Authorization: Bearer <secret>`, or basic auth with the user name set;
 * - Opsgenie: the secret in the custom header the integration names;
 * - Grafana: its contact point's HMAC (`<hex HMAC-SHA256(secret, [timestamp ":"] body)>` in the configured header,
 *   the timestamp within 5 minutes when a timestamp header is configured), or its Authorization header (bearer, basic).
 * Headers and secrets that fail say why, never what was expected.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { HookKind, IntegrationSettings } from '../../core/integrations.js';

/** A delivery's verdict: verified, or refused with why. */
export type Verdict = { ok: true } | { ok: false; reason: string };

/** Request headers as Node gives them (lower-case names). */
export type Headers = Readonly<Record<string, string | string[] | undefined>>;

/** How far a signed Grafana timestamp may be from now. */
const GRAFANA_TOLERANCE_MS = 5 * 60_000;

/** Equal bytes, compared in constant time whatever their lengths (both are hashed first). */
export function sameBytes(given: Buffer | string, expected: Buffer | string): boolean {
  const digest = (value: Buffer | string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected)) && Buffer.byteLength(given) === Buffer.byteLength(expected);
}

/** The hex HMAC-SHA256 of a message under a secret. */
export function hmacHex(secret: string, message: Buffer | string): string {
  return createHmac('sha256', secret).update(message).digest('hex');
}

/** A header's one value (the first, when sent several times), or undefined. */
function header(headers: Headers, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

const refused = (reason: string): Verdict => ({ ok: false, reason });
const OK: Verdict = { ok: true };

/** PagerDuty's v3 signature header. */
function verifyPagerDuty(headers: Headers, secret: string, body: Buffer): Verdict {
  const value = header(headers, 'x-pagerduty-signature');
  if (value === undefined || value.trim() === '') return refused('no X-PagerDuty-Signature header: the delivery is unsigned');
  const expected = `v1=${hmacHex(secret, body)}`;
  const signatures = value.split(',').map((s) => s.trim());
  // Every signature is compared (no early exit), so the time taken does not say which one matched.
  const matched = signatures.map((signature) => sameBytes(signature.toLowerCase(), expected)).includes(true);
  return matched ? OK : refused(`none of the ${signatures.length} X-PagerDuty-Signature signature(s) matches this integration's secret`);
}

/** An Authorization header: `Bearer <secret>`, or `Basic` with the user name and the secret as password. */
function verifyAuthorization(headers: Headers, secret: string, auth: 'bearer' | 'basic', username: string | undefined): Verdict {
  const value = header(headers, 'authorization');
  if (value === undefined) return refused(`no Authorization header: configure ${auth === 'bearer' ? 'a bearer token' : 'basic auth'} in the sender`);
  const [scheme = '', credentials = ''] = value.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() !== auth) return refused(`the Authorization header is not ${auth === 'bearer' ? 'Bearer' : 'Basic'}`);
  if (auth === 'bearer') return sameBytes(credentials, secret) ? OK : refused('the bearer token does not match this integration\u2019s secret');
  const expected = `${username ?? ''}:${secret}`;
  return sameBytes(Buffer.from(credentials, 'base64').toString('utf8'), expected) ? OK : refused('the basic-auth user name or password does not match this integration\u2019s');
}

/** Grafana's HMAC signature, with its timestamp when one is configured. */
function verifyGrafanaHmac(headers: Headers, secret: string, body: Buffer, settings: IntegrationSettings<'grafana'>, now: number): Verdict {
  const signature = header(headers, settings.signatureHeader);
  if (signature === undefined) return refused(`no ${settings.signatureHeader} header: turn on the HMAC signature of the Grafana contact point, or set this integration's signature header to Grafana's`);
  let message: Buffer = body;
  if (settings.timestampHeader !== null) {
    const timestamp = header(headers, settings.timestampHeader) ?? '';
    if (!/^\d{1,12}$/.test(timestamp)) return refused(`no ${settings.timestampHeader} header with a Unix time`);
    if (Math.abs(Number(timestamp) * 1000 - now) > GRAFANA_TOLERANCE_MS) return refused(`the ${settings.timestampHeader} time is more than 5 minutes from now: a replay, or a clock that is off`);
    message = Buffer.concat([Buffer.from(`${timestamp}:`), body]);
  }
  return sameBytes(signature.trim().toLowerCase(), hmacHex(secret, message)) ? OK : refused(`the ${settings.signatureHeader} signature does not match this integration's secret`);
}

/** Verifies a delivery to a hook of `kind` with an integration's settings and secret, at `now` (epoch ms). */
export function verifyDelivery(kind: HookKind, settings: IntegrationSettings, secret: string | null, headers: Headers, body: Buffer, now: number): Verdict {
  if (secret === null) return refused('this integration has no secret to verify deliveries with: set one');
  switch (kind) {
    case 'pagerduty':
      return verifyPagerDuty(headers, secret, body);
    case 'alertmanager': {
      const s = settings as IntegrationSettings<'alertmanager'>;
      return verifyAuthorization(headers, secret, s.auth, s.username);
    }
    case 'opsgenie': {
      const name = (settings as IntegrationSettings<'opsgenie'>).header;
      const value = header(headers, name);
      if (value === undefined) return refused(`no ${name} header: add it to the Opsgenie webhook's custom headers`);
      return sameBytes(value, secret) ? OK : refused(`the ${name} header does not match this integration's secret`);
    }
    case 'grafana': {
      const s = settings as IntegrationSettings<'grafana'>;
      return s.auth === 'hmac' ? verifyGrafanaHmac(headers, secret, body, s, now) : verifyAuthorization(headers, secret, s.auth, s.username);
    }
  }
}

/** The headers a sender configured as the integration says would send with `body` at `now`: for testing the integration. */
export function sampleHeaders(kind: HookKind, settings: IntegrationSettings, secret: string, body: Buffer, now: number): Record<string, string> {
  const authorization = (auth: 'bearer' | 'basic', username: string | undefined) =>
    auth === 'bearer' ? `Bearer ${secret}` : `Basic ${Buffer.from(`${username ?? ''}:${secret}`).toString('base64')}`;
  switch (kind) {
    case 'pagerduty':
      return { 'x-pagerduty-signature': `v1=${hmacHex(secret, body)}` };
    case 'alertmanager': {
      const s = settings as IntegrationSettings<'alertmanager'>;
      return { authorization: authorization(s.auth, s.username) };
    }
    case 'opsgenie':
      return { [(settings as IntegrationSettings<'opsgenie'>).header.toLowerCase()]: secret };
    case 'grafana': {
      const s = settings as IntegrationSettings<'grafana'>;
      if (s.auth !== 'hmac') return { authorization: authorization(s.auth, s.username) };
      const timestamp = String(Math.floor(now / 1000));
      const message = s.timestampHeader === null ? body : Buffer.concat([Buffer.from(`${timestamp}:`), body]);
      return { [s.signatureHeader.toLowerCase()]: hmacHex(secret, message), ...(s.timestampHeader === null ? {} : { [s.timestampHeader.toLowerCase()]: timestamp }) };
    }
  }
}
