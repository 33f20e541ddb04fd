/**
 * Integrations: the tools admins connect to Debrief, per team or for the whole instance. Today the alerting tools
 * whose webhooks create and update incidents (PagerDuty, Alertmanager, Opsgenie, Grafana); trackers and import
 * tokens are further kinds of the same record. Each has non-secret settings, and at most one secret (a signing
 * secret, a bearer token, a password) that is stored encrypted and never shown again, only hinted at.
 */
import { z } from 'zod';
import { fieldIssues, invalid, parseChannelScope, type ChannelScope } from './channels.js';
import { TRACKER_KINDS, baseUrl, isTrackerKind, trackerSettingsSchemas } from './trackers.js';

/** The alerting tools whose webhooks Debrief receives at `/api/v1/hooks/{kind}`. */
export const HOOK_KINDS = ['pagerduty', 'alertmanager', 'opsgenie', 'grafana'] as const;
export type HookKind = (typeof HOOK_KINDS)[number];

/** The tools a timeline import fetches from live with a stored API token (Slack, PagerDuty): `<source>-api`. */
export const FETCH_TOKEN_KINDS = ['slack-api', 'pagerduty-api'] as const;
export type FetchTokenKind = (typeof FETCH_TOKEN_KINDS)[number];

/** True when `value` names a kind that keeps an API token for the timeline import's live fetch. */
export function isFetchTokenKind(value: string): value is FetchTokenKind {
  return (FETCH_TOKEN_KINDS as readonly string[]).includes(value);
}

/** Every kind of integration: the alerting hooks, the trackers and the API tokens of the live fetch. */
export const INTEGRATION_KINDS = [...HOOK_KINDS, ...TRACKER_KINDS, ...FETCH_TOKEN_KINDS] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

/** True when `value` names a kind of inbound hook. */
export function isHookKind(value: string): value is HookKind {
  return (HOOK_KINDS as readonly string[]).includes(value);
}

/** An HTTP header's name (RFC 9110 token characters). */
const headerName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, 'must be an HTTP header name such as X-Debrief-Token');

/** How a hook without a body signature proves itself: a bearer token, or basic auth with this user name. */
const bearerOrBasic = {
  auth: z.enum(['bearer', 'basic']).default('bearer'),
  username: z.string().trim().min(1).max(200).optional().describe('basic auth: the user name (the secret is the password)'),
};

/** Each kind's settings (nothing secret). */
export const integrationSettingsSchemas = {
  /** PagerDuty v3 webhooks are signed with the subscription's secret: nothing else to set. */
  pagerduty: z.strictObject({}),
  /** Alertmanager's `http_config`: `authorization` (a bearer token) or `basic_auth`. */
  alertmanager: z.strictObject(bearerOrBasic),
  /** Opsgenie's webhook integration sends the secret in a custom header of the admin's choice. */
  opsgenie: z.strictObject({ header: headerName.default('X-Debrief-Token') }),
  /** Grafana's webhook contact point: its HMAC signature (header names as configured), or its Authorization header. */
  grafana: z.strictObject({
    auth: z.enum(['hmac', 'bearer', 'basic']).default('hmac'),
    signatureHeader: headerName.default('X-Grafana-Alerting-Signature'),
    timestampHeader: headerName.nullable().default(null).describe('hmac: the timestamp header, when one is configured in Grafana (then the signature covers "timestamp:body")'),
    username: bearerOrBasic.username,
  }),
  ...trackerSettingsSchemas,
  /** A Slack token for the live fetch: where Slack's Web API is, when not https://slack.com/api (a proxy). */
  'slack-api': z.strictObject({ apiUrl: baseUrl.nullable().default(null).describe('Slack\u2019s Web API address; null: the server\u2019s (DEBRIEF_SLACK_API_URL, else https://slack.com/api)') }),
  /** A PagerDuty REST API key for the live fetch: where the API is, when not https://api.pagerduty.com (the EU service region's). */
  'pagerduty-api': z.strictObject({ apiUrl: baseUrl.nullable().default(null).describe('PagerDuty\u2019s REST API address (https://api.eu.pagerduty.com for the EU region); null: the server\u2019s (DEBRIEF_PAGERDUTY_API_URL, else https://api.pagerduty.com)') }),
} as const satisfies Record<IntegrationKind, z.ZodType>;

/** The settings of one kind. */
export type IntegrationSettings<K extends IntegrationKind = IntegrationKind> = z.output<(typeof integrationSettingsSchemas)[K]>;

/** A secret as an admin gives it: at least 16 characters, printable, no spaces at its ends. */
const secretSchema = z
  .string()
  .min(16, 'must have at least 16 characters')
  .max(500, 'must have at most 500 characters')
  .regex(/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/, 'must be printable ASCII without spaces at either end');

/** An integration as an admin writes it (the secret may be left out: one is generated, except PagerDuty's, which PagerDuty generates). */
const integrationInputSchema = z.strictObject({
  kind: z.enum(INTEGRATION_KINDS, { error: `must be one of ${INTEGRATION_KINDS.join(', ')}` }),
  name: z.string().trim().min(1, 'an integration needs a name').max(120, 'must have at most 120 characters'),
  scope: z.string().min(1).max(140).default('instance'),
  settings: z.record(z.string(), z.unknown()).default({}),
  secret: secretSchema.optional(),
  webhookSecret: secretSchema.optional(),
});

/** An integration as written, checked: its scope in the store's form and its kind's settings with their defaults. */
export interface IntegrationInput {
  kind: IntegrationKind;
  name: string;
  scope: ChannelScope;
  settings: IntegrationSettings;
  secret?: string;
  /** A tracker's webhook signing secret. */
  webhookSecret?: string;
}

/**
 * Checks an integration as an admin wrote it (`creating` one: a PagerDuty integration then needs its secret; a change
 * without one keeps the secret in force); InputError naming each wrong field (`kind`, `settings.auth`, `secret`…).
 */
export function validateIntegration(input: unknown, creating: boolean): IntegrationInput {
  const parsed = integrationInputSchema.safeParse(input);
  if (!parsed.success) throw invalid('integration', fieldIssues(parsed.error, '(integration)', 'is not a field of an integration'));
  const { kind, name, scope, settings, secret, webhookSecret } = parsed.data;
  const checked = integrationSettingsSchemas[kind].safeParse(settings);
  if (!checked.success) {
    const issues = fieldIssues(checked.error, 'settings', `is not a setting of a ${kind} integration`).map((i) => ({ ...i, path: i.path === 'settings' ? i.path : `settings.${i.path}` }));
    throw invalid('integration', issues);
  }
  if (creating && kind === 'pagerduty' && secret === undefined) {
    throw invalid('integration', [{ path: 'secret', message: 'PagerDuty shows the signing secret once, when the webhook subscription is created: paste it here' }]);
  }
  if (creating && (isTrackerKind(kind) || isFetchTokenKind(kind)) && secret === undefined) {
    throw invalid('integration', [{ path: 'secret', message: `a ${kind} integration needs its API credential as the secret (see docs/integrations.md)` }]);
  }
  if (webhookSecret !== undefined && !isTrackerKind(kind)) throw invalid('integration', [{ path: 'webhookSecret', message: `only trackers (jira, linear, github) have a webhook secret; a ${kind} integration's deliveries prove themselves with its secret` }]);
  return { kind, name, scope: parseChannelScope(scope), settings: checked.data, ...(secret === undefined ? {} : { secret }), ...(webhookSecret === undefined ? {} : { webhookSecret }) };
}

/** A stored integration as anyone allowed to see it sees it: the secret only as `hasSecret` and its last 4 characters. */
export interface PublicIntegration {
  id: string;
  kind: IntegrationKind;
  name: string;
  scope: ChannelScope;
  settings: IntegrationSettings;
  hasSecret: boolean;
  /** The secret's last 4 characters, to tell which one is in force (null without one). */
  secretHint: string | null;
  /** A tracker's: whether its webhooks can be verified (a webhook signing secret is set). */
  hasWebhookSecret: boolean;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

/** The hint of a secret: its last 4 characters. */
export function secretHint(secret: string): string {
  return `…${secret.slice(-4)}`;
}

/** One check of a test. */
export interface TestCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** A test's result: ok when every check passed and the last delivery (if any) was not refused or failed. */
export interface ConnectionTest<D = unknown> {
  ok: boolean;
  checks: TestCheck[];
  lastDelivery: D | null;
}
