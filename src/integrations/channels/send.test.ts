import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { startSmtpReceiver, type SmtpReceiver } from '../../../test/smtp-receiver.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newWebhookSecret, type NotificationMessage } from '../../core/channels.js';
import { sendNotification, type SendSettings } from './send.js';

/** A request a receiver got. */
interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const received: Received[] = [];

/** How the receiver answers, by path: Slack, a webhook, and receivers that are down, slow, reset or gone. */
const behaviours: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  '/slack': (_req, res) => res.end('ok'),
  '/hook': (_req, res) => res.writeHead(204).end(),
  '/fail': (_req, res) => res.writeHead(500).end('database is on fire'),
  '/hang': () => undefined,
  '/reset': (req) => req.socket.resetAndDestroy(),
  '/gone': (_req, res) => res.writeHead(410).end(),
  '/invalid': (_req, res) => res.writeHead(400).end('invalid_payload'),
  '/busy': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end(),
  '/timeout': (_req, res) => res.writeHead(408).end(),
  '/moved': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
};

const receiver = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    const path = req.url ?? '';
    received.push({ path, headers: req.headers, body });
    (behaviours[path] ?? ((_q, r) => r.writeHead(404).end()))(req, res);
  });
});

let base = '';
let smtp: SmtpReceiver;
let closedPort = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  smtp = await startSmtpReceiver({ user: 'debrief', pass: 'mail-pass' });
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await smtp.close();
});

beforeEach(() => {
  received.length = 0;
  smtp.mails.length = 0;
});

/** Loopback receivers: these tests allow private addresses explicitly. */
const settings = (): SendSettings => ({ allowPrivate: true, timeoutMs: 500, smtp: { host: '127.0.0.1', port: smtp.port, secure: false, from: 'Debrief <debrief@example.com>' } });

const message: NotificationMessage = {
  type: 'action_item.overdue',
  subject: 'AI-3 is overdue',
  text: 'Rotate the <!channel> & certificates: due 2026-03-01.',
  link: 'https://debrief.example.com/pm/PM-12#AI-3',
  data: { postmortemId: 'PM-12', actionItem: 'AI-3' },
};

/** This attempt: now, so that the official library's five-minute window accepts its signature. */
const attempt = () => ({ id: 'ob-testattempt', occurredAt: '2026-03-02T08:00:00.000Z', attemptAtMs: Date.now() });

describe('send', () => {
  it('e-mails the addresses over SMTP: subject, recipients, text with the link, a Message-ID per notification', async () => {
    const outcome = await sendNotification({ kind: 'email', to: ['oncall@example.com', 'lead@example.com'] }, message, attempt(), settings());
    expect(outcome).toEqual({ ok: true, status: 250 });
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail?.from).toBe('debrief@example.com');
    expect(mail?.to).toEqual(['oncall@example.com', 'lead@example.com']);
    expect(mail?.raw).toMatch(/^Subject: AI-3 is overdue\r$/m);
    expect(mail?.raw).toMatch(/^To: oncall@example.com, lead@example.com\r$/m);
    expect(mail?.raw).toMatch(/^Message-ID: <ob-testattempt@example.com>\r$/im);
    expect(mail?.raw).toContain('Rotate the <!channel> & certificates: due 2026-03-01.\r\n\r\nhttps://debrief.example.com/pm/PM-12#AI-3');
  });

  it('logs in with the SMTP settings, and retries when the login is refused (the settings may be fixed)', async () => {
    const withAuth = (pass: string): SendSettings => ({ ...settings(), smtp: { ...settings().smtp!, auth: { user: 'debrief', pass } } });
    expect(await sendNotification({ kind: 'email', to: ['oncall@example.com'] }, message, attempt(), withAuth('mail-pass'))).toMatchObject({ ok: true });
    expect(await sendNotification({ kind: 'email', to: ['oncall@example.com'] }, message, attempt(), withAuth('wrong'))).toMatchObject({ ok: false, retry: true, status: 535 });
  });

  it('does not retry a mail the server refuses for good, and retries when the mail server is down or missing', async () => {
    expect(await sendNotification({ kind: 'email', to: ['nobody@example.com'] }, message, attempt(), settings())).toMatchObject({ ok: false, retry: false, status: 550, error: expect.stringMatching(/refused the message/) });
    const down = { ...settings(), smtp: { ...settings().smtp!, port: closedPort } };
    expect(await sendNotification({ kind: 'email', to: ['oncall@example.com'] }, message, attempt(), down)).toMatchObject({ ok: false, retry: true });
    const { smtp: _smtp, ...unconfigured } = settings();
    expect(await sendNotification({ kind: 'email', to: ['oncall@example.com'] }, message, attempt(), unconfigured)).toEqual({ ok: false, retry: true, error: 'no SMTP server is configured for e-mail' });
    expect(smtp.mails).toHaveLength(0);
  });

  it('posts Block Kit to Slack: a header, the escaped text and a button to the link', async () => {
    expect(await sendNotification({ kind: 'slack', url: `${base}/slack` }, message, attempt(), settings())).toEqual({ ok: true, status: 200 });
    expect(received).toHaveLength(1);
    expect(received[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(received[0]?.body ?? '')).toEqual({
      text: 'AI-3 is overdue',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'AI-3 is overdue' } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Rotate the &lt;!channel&gt; &amp; certificates: due 2026-03-01.' } },
        { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Debrief' }, url: 'https://debrief.example.com/pm/PM-12#AI-3' }] },
      ],
    });
    const { link: _link, ...unlinked } = message;
    await sendNotification({ kind: 'slack', url: `${base}/slack` }, unlinked, attempt(), settings());
    expect((JSON.parse(received[1]?.body ?? '') as { blocks: { type: string }[] }).blocks.map((b) => b.type)).toEqual(['header', 'section']);
  });

  it('posts signed webhooks that the official Standard Webhooks library verifies, the event type in the body', async () => {
    const secret = newWebhookSecret();
    expect(await sendNotification({ kind: 'webhook', url: `${base}/hook`, secret }, message, attempt(), settings())).toEqual({ ok: true, status: 204 });
    const [request] = received;
    expect(request?.headers['webhook-id']).toBe('ob-testattempt');
    const verified = new Webhook(secret).verify(request?.body ?? '', request?.headers as Record<string, string>);
    expect(verified).toMatchObject({ type: 'action_item.overdue', timestamp: '2026-03-02T08:00:00.000Z', data: { postmortemId: 'PM-12', actionItem: 'AI-3', subject: 'AI-3 is overdue' } });
  });

  it('retries receivers that answer 5xx, 408 or 429 (with the wait they ask for), hang, reset or refuse the connection', async () => {
    const hook = (path: string) => ({ kind: 'webhook' as const, url: `${base}${path}`, secret: newWebhookSecret() });
    expect(await sendNotification(hook('/fail'), message, attempt(), settings())).toEqual({ ok: false, retry: true, status: 500, error: 'the receiver answered 500: database is on fire' });
    expect(await sendNotification(hook('/timeout'), message, attempt(), settings())).toMatchObject({ ok: false, retry: true, status: 408 });
    expect(await sendNotification(hook('/busy'), message, attempt(), settings())).toEqual({ ok: false, retry: true, status: 429, retryAfterMs: 120_000, error: 'the receiver answered 429' });
    expect(await sendNotification(hook('/hang'), message, attempt(), settings())).toEqual({ ok: false, retry: true, error: 'no answer within 500 ms' });
    expect(await sendNotification(hook('/reset'), message, attempt(), settings())).toEqual({ ok: false, retry: true, error: 'connection reset' });
    expect(await sendNotification({ ...hook(''), url: `http://127.0.0.1:${closedPort}/hook` }, message, attempt(), settings())).toEqual({ ok: false, retry: true, error: 'connection refused' });
  });

  it('does not retry 410 Gone (unsubscribed), other 4xx, or redirects (never followed)', async () => {
    expect(await sendNotification({ kind: 'slack', url: `${base}/gone` }, message, attempt(), settings())).toMatchObject({ ok: false, retry: false, status: 410, error: expect.stringMatching(/410 Gone/) });
    expect(await sendNotification({ kind: 'slack', url: `${base}/invalid` }, message, attempt(), settings())).toEqual({ ok: false, retry: false, status: 400, error: 'the receiver refused the notification with 400: invalid_payload' });
    expect(await sendNotification({ kind: 'slack', url: `${base}/moved` }, message, attempt(), settings())).toMatchObject({ ok: false, retry: false, status: 302 });
    expect(received.map((r) => r.path)).toEqual(['/gone', '/invalid', '/moved']);
  });

  it('refuses loopback receivers unless private addresses are allowed, without sending anything', async () => {
    const outcome = await sendNotification({ kind: 'slack', url: `${base}/slack` }, message, attempt(), { ...settings(), allowPrivate: false });
    expect(outcome).toEqual({ ok: false, retry: false, error: 'url: 127.0.0.1 is a loopback address (allowed only when an admin allows private addresses)' });
    const viaName = await sendNotification({ kind: 'slack', url: `${base.replace('127.0.0.1', 'localhost')}/slack` }, message, attempt(), { ...settings(), allowPrivate: false });
    expect(viaName).toMatchObject({ ok: false, retry: false, error: expect.stringMatching(/^url: localhost resolves to/) });
    expect(received).toHaveLength(0);
  });
});
