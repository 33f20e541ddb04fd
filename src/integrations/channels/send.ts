/**
 * Delivering one notification to one channel, once: e-mail over SMTP (nodemailer), a Slack incoming webhook (a POST
 * of Block Kit JSON) or a Standard Webhooks signed POST. HTTP goes through the SSRF guard, to the addresses it
 * checked, follows no redirect and gives up after a timeout. Nothing here throws for a receiver's fault: the answer
 * says whether the attempt worked, and if not, whether it is worth retrying (the receiver was down, slow, overloaded)
 * or not (it refused the message, or unsubscribed with 410 Gone).
 */
import http from 'node:http';
import https from 'node:https';
import nodemailer, { type NodemailerError } from 'nodemailer';
import type { ChannelConfig, DeliveryOutcome, NotificationMessage } from '../../core/channels.js';
import { InputError } from '../../core/errors.js';
import { checkTarget, type CheckedTarget } from './ssrf-guard.js';
import { signedWebhook } from './standard-webhooks.js';

/** The SMTP server that sends Debrief's e-mail: the instance's settings. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the start (usually port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  /** The sender, such as `Debrief <debrief@example.com>`. */
  from: string;
}

/** How to send: the SMTP server (e-mail channels fail, to be retried, without one), the address policy, the timeout. */
export interface SendSettings {
  smtp?: SmtpSettings;
  /** Lets Slack and webhook channels reach private, loopback, unique-local and CGNAT addresses (an admin's choice). */
  allowPrivate: boolean;
  /** How long one attempt may take (default 15 s, as Standard Webhooks recommends 15 to 30 s). */
  timeoutMs?: number;
}

/** The notification's identity for this attempt: its outbox id (the same on every attempt), when it occurred, and now. */
export interface Attempt {
  id: string;
  /** ISO instant the notification was enqueued. */
  occurredAt: string;
  /** Epoch ms of this attempt. */
  attemptAtMs: number;
}

/** The default time one attempt may take. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** How much of a refusing receiver's answer the delivery log keeps. */
const MAX_ANSWER_CHARS = 300;

/** Slack's Block Kit limits (header text, section text, button text). */
const SLACK_HEADER_CHARS = 150;
const SLACK_SECTION_CHARS = 3000;

/** Network failures in words; any other code is shown as it is. */
const NETWORK_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'the host name could not be resolved just now',
};

/** A failure worth retrying. */
function retryable(error: string, extra: { status?: number; retryAfterMs?: number } = {}): DeliveryOutcome {
  return { ok: false, retry: true, error, ...extra };
}

/** A failure not worth retrying. */
function final(error: string, status?: number): DeliveryOutcome {
  return { ok: false, retry: false, error, ...(status === undefined ? {} : { status }) };
}

/** A text cut to `max` characters, with an ellipsis when cut. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The `code` of an error, when it has one. */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The wait a `Retry-After` header asks for (seconds, or an HTTP date), in ms from `nowMs`. */
function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** The outcome of an HTTP answer: 2xx sent; 408, 429 and 5xx retried; 410 (unsubscribed), other 4xx and 3xx not. */
function answerOutcome(status: number, answer: string, retryAfter: number | undefined): DeliveryOutcome {
  if (status >= 200 && status < 300) return { ok: true, status };
  const said = answer.trim() === '' ? '' : `: ${cut(answer.trim().replace(/\s+/g, ' '), MAX_ANSWER_CHARS)}`;
  if (status === 410) return final(`the receiver answered 410 Gone: it no longer accepts these notifications${said}`, status);
  if (status >= 300 && status < 400) return final(`the receiver answered ${status}, a redirect, which is not followed: set the channel's URL to where it points`, status);
  if (status === 408 || status === 429 || status >= 500) return retryable(`the receiver answered ${status}${said}`, { status, ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }) });
  return final(`the receiver refused the notification with ${status}${said}`, status);
}

/** The outcome of a request that got no answer (refused, reset, timed out, no such host). */
function networkOutcome(error: unknown): DeliveryOutcome {
  const code = codeOf(error);
  const words = code === undefined ? undefined : NETWORK_PROBLEMS[code];
  return retryable(words ?? (code ?? (error instanceof Error ? error.message : String(error))));
}

/** POSTs a JSON body to a URL the guard accepts and reads the answer, within the timeout; never follows redirects. */
async function postJson(rawUrl: string, body: string, headers: Record<string, string>, settings: SendSettings, nowMs: number): Promise<DeliveryOutcome> {
  let target: CheckedTarget;
  try {
    target = await checkTarget(rawUrl, { allowPrivate: settings.allowPrivate });
  } catch (error) {
    return error instanceof InputError ? final(error.message) : networkOutcome(error);
  }
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { url, lookup } = target;
  return new Promise<DeliveryOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: DeliveryOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(outcome);
    };
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Debrief' },
      lookup,
      agent: false,
    });
    const timer = setTimeout(() => settle(retryable(`no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on('error', (error) => settle(networkOutcome(error)));
    request.on('response', (response) => {
      let answer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (answer.length < MAX_ANSWER_CHARS) answer += chunk;
      });
      response.on('error', (error) => settle(networkOutcome(error)));
      response.on('end', () => settle(answerOutcome(response.statusCode ?? 0, answer, retryAfterMs(response.headers['retry-after'], nowMs))));
    });
    request.end(body);
  });
}

/** Text for Slack's mrkdwn: `&`, `<` and `>` escaped, so that no text can mention `@channel` or forge a link. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The Slack message: a fallback `text` for notifications, and blocks (a header, the text, a button to the link). */
function slackPayload(message: NotificationMessage): { text: string; blocks: unknown[] } {
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(message.subject, SLACK_HEADER_CHARS) } },
    { type: 'section', text: { type: 'mrkdwn', text: cut(slackEscape(message.text), SLACK_SECTION_CHARS) } },
  ];
  if (message.link !== undefined) {
    blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Debrief' }, url: message.link }] });
  }
  return { text: slackEscape(message.subject), blocks };
}

/** The outcome of an SMTP failure: refused for good (a 5xx reply, except a refused login) is not retried; the rest is. */
function mailOutcome(error: unknown): DeliveryOutcome {
  const { code, responseCode, permanent, response } = error as NodemailerError;
  const said = response === undefined ? (error instanceof Error ? error.message : String(error)) : cut(response, MAX_ANSWER_CHARS);
  const status = responseCode === undefined ? {} : { status: responseCode };
  if (permanent === true && code !== 'EAUTH') return final(`the mail server refused the message: ${said}`, responseCode);
  if (code !== undefined && code in NETWORK_PROBLEMS) return retryable(`mail server: ${NETWORK_PROBLEMS[code]}`, status);
  return retryable(`mail server: ${said}`, status);
}

/** The domain of an address such as `Debrief <debrief@example.com>`, for the Message-ID. */
function domainOf(from: string): string {
  return /@([^\s>]+)/.exec(from)?.[1] ?? 'debrief.invalid';
}

/** Sends the e-mail: plain text, the link below it, a Message-ID made of the notification's id (the same on every attempt). */
async function sendMail(to: string[], message: NotificationMessage, attempt: Attempt, settings: SendSettings): Promise<DeliveryOutcome> {
  const { smtp } = settings;
  if (smtp === undefined) return retryable('no SMTP server is configured for e-mail');
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.auth === undefined ? {} : { auth: smtp.auth }),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  try {
    const info = await transport.sendMail({
      from: smtp.from,
      to,
      subject: message.subject,
      text: message.link === undefined ? message.text : `${message.text}\n\n${message.link}`,
      messageId: `<${attempt.id}@${domainOf(smtp.from)}>`,
      headers: { 'X-Debrief-Notification': message.type },
    });
    const replyCode = /^\d{3}/.exec(info.response)?.[0];
    return replyCode === undefined ? { ok: true } : { ok: true, status: Number(replyCode) };
  } catch (error) {
    return mailOutcome(error);
  } finally {
    transport.close();
  }
}

/** Delivers a notification to a channel, once, and says how it went. */
export async function sendNotification(channel: ChannelConfig, message: NotificationMessage, attempt: Attempt, settings: SendSettings): Promise<DeliveryOutcome> {
  switch (channel.kind) {
    case 'email':
      return sendMail(channel.to, message, attempt, settings);
    case 'slack':
      return postJson(channel.url, JSON.stringify(slackPayload(message)), { 'content-type': 'application/json' }, settings, attempt.attemptAtMs);
    case 'webhook': {
      const { body, headers } = signedWebhook({ id: attempt.id, secret: channel.secret, attemptAtMs: attempt.attemptAtMs, occurredAt: attempt.occurredAt, message });
      return postJson(channel.url, body, headers, settings, attempt.attemptAtMs);
    }
  }
}
