/** The settings of `debrief serve` read from the environment: trusted proxies, sessions, rate limits, timeouts, approvals. */
import { isIP } from 'node:net';
import { InputError } from '../../core/errors.js';
import type { ApiRateLimits } from '../../server/api-rate-limit.js';
import { DEFAULT_API_RATE_LIMITS } from '../../server/api-rate-limit.js';
import type { TrustedProxies } from '../../server/app.js';
import { CONNECTION_DEFAULTS, type ConnectionLimits } from '../../server/connection-limits.js';
import { DEFAULT_SESSION_POLICY } from '../../server/auth.js';
import type { SessionPolicy } from '../../store/store.types.js';
import { DEFAULT_REVIEW_POLICY, type ReviewPolicy } from '../../core/approvals.js';
import { checkTicketUrlTemplate } from '../../core/ticket-link.js';
import type { InstanceSettings } from '../../server/routes/settings.js';
import { publicUrlFrom } from '../../jobs/jobs-settings.js';

/** The names proxy-addr knows for address ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** True for an IP address, an address/prefix range, or a named range. */
function isProxyAddress(text: string): boolean {
  if (RANGE_NAMES.has(text)) return true;
  const [address = '', prefix, ...rest] = text.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/**
 * DEBRIEF_TRUST_PROXY: unset or 0 for none; a number of proxies in front of Debrief (1 behind one TLS proxy); or a
 * comma-separated list of their addresses and ranges. "All" is refused: it would let any client pick its address.
 */
export function parseTrustProxy(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return false;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const wrong = entries.filter((entry) => !isProxyAddress(entry));
  if (wrong.length > 0 || entries.length === 0) {
    const all = /^(true|yes|all|\*)$/i.test(text) ? ' Trusting every proxy lets any client choose its own address (and so dodge the sign-in limits).' : '';
    throw new InputError(
      `DEBRIEF_TRUST_PROXY: "${text}" is neither a number of proxies nor a list of proxy addresses.${all} Give the number of proxies in front of Debrief (1 behind one TLS proxy) or their addresses, e.g. 10.0.0.5,10.0.1.0/24.`,
    );
  }
  return entries;
}

/** A whole number from 0 up from the environment, or the default; InputError naming the variable otherwise. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const text = env[name]?.trim() ?? '';
  if (text === '') return fallback;
  if (!/^\d{1,9}$/.test(text) || Number(text) < min) throw new InputError(`${name}: "${text}" is not a whole number of at least ${min}`);
  return Number(text);
}

/** DEBRIEF_REQUIRED_APPROVALS: how many current approvals a postmortem needs to become final (default 1; 0 for none). */
export function reviewPolicyFrom(env: NodeJS.ProcessEnv): ReviewPolicy {
  return { requiredApprovals: wholeNumber(env, 'DEBRIEF_REQUIRED_APPROVALS', DEFAULT_REVIEW_POLICY.requiredApprovals, 0) };
}

/**
 * Internal domains, from DEBRIEF_INTERNAL_DOMAINS (comma-separated) and any given on the command line (`source` names
 * them in the error): lower case; InputError for one that is no domain name.
 */
export function internalDomainsFrom(env: NodeJS.ProcessEnv, given: readonly string[] = [], source = 'DEBRIEF_INTERNAL_DOMAINS'): string[] {
  const domains = [...(env.DEBRIEF_INTERNAL_DOMAINS ?? '').split(','), ...given].map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
  const bad = domains.find((d) => !/^\.?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?$/.test(d));
  if (bad !== undefined) throw new InputError(`${source}: "${bad}" is not a domain name; give one such as corp.example.com`);
  return domains;
}

/**
 * DEBRIEF_TICKET_URL (where ticket keys link to, a URL with {key}), DEBRIEF_INTERNAL_DOMAINS and DEBRIEF_PUBLIC_URL;
 * InputError naming the variable that is wrong.
 */
export function instanceSettingsFrom(env: NodeJS.ProcessEnv): InstanceSettings {
  const template = env.DEBRIEF_TICKET_URL?.trim() ?? '';
  const problem = template === '' ? null : checkTicketUrlTemplate(template);
  if (problem !== null) throw new InputError(`DEBRIEF_TICKET_URL: "${template}" ${problem}`);
  return { ticketUrl: template === '' ? null : template, internalDomains: internalDomainsFrom(env), publicUrl: publicUrlFrom(env) ?? null };
}

/** DEBRIEF_SESSION_MAX_HOURS (default 12) and DEBRIEF_SESSION_IDLE_MINUTES (default 30). */
export function sessionPolicyFrom(env: NodeJS.ProcessEnv): SessionPolicy {
  return {
    maxSeconds: wholeNumber(env, 'DEBRIEF_SESSION_MAX_HOURS', DEFAULT_SESSION_POLICY.maxSeconds / 3600, 1) * 3600,
    idleSeconds: wholeNumber(env, 'DEBRIEF_SESSION_IDLE_MINUTES', DEFAULT_SESSION_POLICY.idleSeconds / 60, 1) * 60,
  };
}

/** DEBRIEF_RATE_LIMIT (per token or session) and DEBRIEF_RATE_LIMIT_PER_ADDRESS, requests a minute; 0 turns one off. */
export function rateLimitsFrom(env: NodeJS.ProcessEnv): ApiRateLimits {
  return {
    perCredential: wholeNumber(env, 'DEBRIEF_RATE_LIMIT', DEFAULT_API_RATE_LIMITS.perCredential, 0),
    perAddress: wholeNumber(env, 'DEBRIEF_RATE_LIMIT_PER_ADDRESS', DEFAULT_API_RATE_LIMITS.perAddress, 0),
  };
}

/**
 * DEBRIEF_REQUEST_TIMEOUT_SECONDS (30), DEBRIEF_HEADERS_TIMEOUT_SECONDS (10), DEBRIEF_IDLE_TIMEOUT_SECONDS (60),
 * DEBRIEF_KEEP_ALIVE_TIMEOUT_SECONDS (5) and DEBRIEF_MAX_CONNECTIONS (1,000).
 */
export function connectionLimitsFrom(env: NodeJS.ProcessEnv): ConnectionLimits {
  const seconds = (name: string, fallbackMs: number) => wholeNumber(env, name, fallbackMs / 1000, 1) * 1000;
  return {
    requestTimeoutMs: seconds('DEBRIEF_REQUEST_TIMEOUT_SECONDS', CONNECTION_DEFAULTS.requestTimeoutMs),
    headersTimeoutMs: seconds('DEBRIEF_HEADERS_TIMEOUT_SECONDS', CONNECTION_DEFAULTS.headersTimeoutMs),
    idleTimeoutMs: seconds('DEBRIEF_IDLE_TIMEOUT_SECONDS', CONNECTION_DEFAULTS.idleTimeoutMs),
    keepAliveTimeoutMs: seconds('DEBRIEF_KEEP_ALIVE_TIMEOUT_SECONDS', CONNECTION_DEFAULTS.keepAliveTimeoutMs),
    maxConnections: wholeNumber(env, 'DEBRIEF_MAX_CONNECTIONS', CONNECTION_DEFAULTS.maxConnections, 1),
  };
}
