/**
 * Notification channels and the messages sent through them. A channel is where Debrief tells people something (an
 * e-mail list, a Slack incoming webhook, a generic webhook signed as Standard Webhooks 1.0 says), configured by
 * admins for a team or for the whole instance. A channel's secrets (a webhook's signing secret, a Slack URL, which is
 * itself a credential) never leave the store: everything shown goes through `publicChannel`.
 */
import { z } from 'zod';
import { InputError } from './errors.js';

/** The prefix of a Standard Webhooks signing secret (`whsec_` + base64 of the key). */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** How many random bytes a generated signing secret has (the spec asks for 24 to 64). */
const SECRET_BYTES = 32;

/** Standard base64 with its padding, as the spec serialises keys. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The key of a `whsec_…` signing secret (24 to 64 bytes), or undefined when the text is not one. */
export function webhookSecretKey(secret: string): Uint8Array | undefined {
  if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) return undefined;
  const encoded = secret.slice(WEBHOOK_SECRET_PREFIX.length);
  if (!BASE64.test(encoded)) return undefined;
  const key = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
  return key.length >= 24 && key.length <= 64 ? key : undefined;
}

/** A new signing secret for a webhook channel: `whsec_` and the base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  return `${WEBHOOK_SECRET_PREFIX}${btoa(String.fromCharCode(...bytes))}`;
}

/** What is wrong with a receiver's URL, or undefined when nothing is: http(s) only, and no credentials inside it. */
export function receiverUrlProblem(url: URL): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an http or https URL, not ${url.protocol}`;
  if (url.username !== '' || url.password !== '') return 'must not hold a user name or password';
  return undefined;
}

/** A receiver's URL as written; messages never repeat it (a Slack URL is a credential). */
const receiverUrlSchema = z
  .string()
  .trim()
  .max(2000, 'must have at most 2000 characters')
  .superRefine((value, ctx) => {
    let problem: string | undefined;
    try {
      problem = receiverUrlProblem(new URL(value));
    } catch {
      problem = 'is not a URL';
    }
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

/** An e-mail address, trimmed and in lower case. */
const emailSchema = z.string().trim().toLowerCase().pipe(z.email('is not an e-mail address').max(320));

/** A channel's name, unique within its scope. */
const nameSchema = z.string().trim().min(1, 'a channel needs a name').max(120, 'must have at most 120 characters');

/** An e-mail channel: the addresses every message goes to. */
const emailChannelSchema = z.strictObject({
  kind: z.literal('email'),
  to: z.array(emailSchema).min(1, 'needs at least one address').max(50, 'must have at most 50 addresses'),
});

/** A Slack channel: its incoming webhook's URL. */
const slackChannelSchema = z.strictObject({ kind: z.literal('slack'), url: receiverUrlSchema });

/** A generic webhook: its URL and signing secret (one is generated when none is given). */
const webhookChannelSchema = z.strictObject({
  kind: z.literal('webhook'),
  url: receiverUrlSchema,
  secret: z
    .string()
    .trim()
    .refine((s) => webhookSecretKey(s) !== undefined, 'must be whsec_ followed by the base64 of 24 to 64 random bytes')
    .optional(),
});

/** A channel as an admin writes it: a name and where messages go. */
export const channelInputSchema = z.discriminatedUnion(
  'kind',
  [emailChannelSchema.extend({ name: nameSchema }), slackChannelSchema.extend({ name: nameSchema }), webhookChannelSchema.extend({ name: nameSchema })],
  { error: 'must be email, slack or webhook' },
);

/** A channel as an admin writes it (a webhook's secret may be left out). */
export type ChannelInput = z.infer<typeof channelInputSchema>;

/** Where a channel's messages go, as stored: a webhook always has its secret. */
export type ChannelConfig = z.infer<typeof emailChannelSchema> | z.infer<typeof slackChannelSchema> | { kind: 'webhook'; url: string; secret: string };

/** Whose a channel is: the whole instance's, or one team's (`team:` and the team's key). */
export type ChannelScope = 'instance' | `team:${string}`;

/**
 * Notifications to one person go to their own address rather than to a channel: the outbox names the address as
 * `person:` and the e-mail (no admin configures these; they are sent over the instance's SMTP server).
 */
const PERSONAL_PREFIX = 'person:';

/** The outbox's name for a person's own address. */
export function personalChannelId(email: string): string {
  return `${PERSONAL_PREFIX}${email.trim().toLowerCase()}`;
}

/** The e-mail address a `person:` name stands for, or undefined for a channel's id. */
export function personalAddress(channelId: string): string | undefined {
  return channelId.startsWith(PERSONAL_PREFIX) ? channelId.slice(PERSONAL_PREFIX.length) : undefined;
}

/** A stored channel, secrets included: for the store and the sender only. */
export interface Channel {
  id: string;
  scope: ChannelScope;
  name: string;
  config: ChannelConfig;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

/** Where a channel's messages go, as anyone may see it: no secret, a Slack URL cut to its origin. */
export type PublicChannelConfig = { kind: 'email'; to: string[] } | { kind: 'slack'; url: string } | { kind: 'webhook'; url: string; hasSecret: boolean };

/** A channel as the API shows it. */
export type PublicChannel = Omit<Channel, 'config'> & { config: PublicChannelConfig };

/** A URL without what may be a credential: its origin and path, and `?…` where it had a query. */
function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search === '' ? '' : '?…'}`;
}

/** A channel without its secrets: a webhook says only whether it has one, a Slack URL (a credential) shows its origin. */
export function publicChannel(channel: Channel): PublicChannel {
  const { config } = channel;
  const shown: PublicChannelConfig =
    config.kind === 'email'
      ? { kind: 'email', to: [...config.to] }
      : config.kind === 'slack'
        ? { kind: 'slack', url: `${new URL(config.url).origin}/…` }
        : { kind: 'webhook', url: withoutQuery(config.url), hasSecret: config.secret !== '' };
  return { ...channel, config: shown };
}

/** One problem with one field of the input. */
interface FieldIssue {
  path: string;
  message: string;
}

/** The field problems of a failed parse, each named by its path (an unknown key by its own name). */
export function fieldIssues(error: z.ZodError, whole: string, unknownKey = 'is not a field of this kind of channel'): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    return { path: path.join('.') || whole, message: issue.code === 'unrecognized_keys' ? unknownKey : issue.message };
  });
}

/** InputError listing every problem by its path; the message names the first. */
export function invalid(what: string, issues: FieldIssue[]): InputError {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new InputError(`invalid ${what}: ${first?.path}: ${first?.message}${more}`, issues);
}

/** Checks a channel as an admin wrote it; InputError naming each wrong field (`kind`, `url`, `to.1`, `secret`…). */
export function validateChannel(input: unknown): ChannelInput {
  const result = channelInputSchema.safeParse(input);
  if (result.success) return result.data;
  throw invalid('channel', fieldIssues(result.error, '(channel)'));
}

/** A scope as written (`instance`, or `team:` and a team's name in any case) in the form the store keeps; InputError naming `scope`. */
export function parseChannelScope(value: string): ChannelScope {
  const scope = value.trim();
  if (scope === 'instance') return 'instance';
  const team = scope.startsWith('team:') ? scope.slice('team:'.length).trim().toLowerCase() : '';
  if (team === '' || team.length > 120) throw invalid('scope', [{ path: 'scope', message: 'must be "instance" or "team:" followed by a team name' }]);
  return `team:${team}`;
}

/**
 * The kinds of notification Debrief sends; others may follow. Receivers of webhooks see it as the body's `type`
 * (dot-separated words of letters, digits and `_`, as Standard Webhooks recommends).
 */
export type NotificationType =
  | 'postmortem.due_soon'
  | 'postmortem.late'
  | 'action_item.due_soon'
  | 'action_item.overdue'
  | 'digest.weekly'
  | 'completion.alarm'
  | 'mention'
  | (string & {});

/** The longest subject a notification carries. */
export const MESSAGE_SUBJECT_MAX = 200;

/** The longest text a notification carries (receivers such as Slack cut longer ones; a longer text is shortened by its sender). */
export const MESSAGE_TEXT_MAX = 10_000;

/** A notification as the scheduler writes it; `data` is the event's facts for machines (webhook receivers). */
export const notificationMessageSchema = z.strictObject({
  type: z
    .string()
    .regex(/^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$/, 'must be dot-separated words of letters, digits and _ (such as postmortem.late)')
    .max(100),
  subject: z.string().trim().min(1, 'a notification needs a subject').max(MESSAGE_SUBJECT_MAX),
  text: z.string().trim().min(1, 'a notification needs a text').max(MESSAGE_TEXT_MAX),
  link: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).max(2000).optional(),
  data: z.record(z.string(), z.unknown()).default({}),
});

/** A notification: what happened (`type`), words for people (`subject`, `text`, `link`) and facts for machines (`data`). */
export type NotificationMessage = Omit<z.infer<typeof notificationMessageSchema>, 'type'> & { type: NotificationType };

/** Checks a notification; InputError naming each wrong field. */
export function validateMessage(input: unknown): NotificationMessage {
  const result = notificationMessageSchema.safeParse(input);
  if (result.success) return result.data;
  throw invalid('notification', fieldIssues(result.error, '(notification)'));
}

/**
 * How one attempt to deliver went: sent, or failed and worth retrying (the receiver is down, slow, overloaded) or not
 * (it refused the message, or unsubscribed). `status` is the HTTP status or SMTP reply code when there was one;
 * `retryAfterMs` the wait the receiver asked for.
 */
export type DeliveryOutcome = { ok: true; status?: number } | { ok: false; retry: boolean; error: string; status?: number; retryAfterMs?: number };
