import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret } from '../../core/channels.js';
import { signedWebhook, webhookBody, webhookSignature } from './standard-webhooks.js';

const message = { type: 'postmortem.late', subject: 'PM-12 is late', text: 'The postmortem of INC-7 was due yesterday.', link: 'https://debrief.example.com/pm/PM-12', data: { postmortemId: 'PM-12' } };

describe('standard webhooks', () => {
  it('signs as the reference library does (its own test vector)', () => {
    // standard-webhooks/standard-webhooks libraries/javascript/src/webhook.test.ts, "sign function works".
    expect(webhookSignature('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('sends a body of type, timestamp and data, which the official library verifies', () => {
    const secret = newWebhookSecret();
    const now = Date.now();
    const { body, headers } = signedWebhook({ id: 'ob-abc123', secret, attemptAtMs: now, occurredAt: '2026-03-01T10:00:00.000Z', message });
    expect(headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': 'ob-abc123', 'webhook-timestamp': String(Math.floor(now / 1000)) });
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual({
      type: 'postmortem.late',
      timestamp: '2026-03-01T10:00:00.000Z',
      data: { postmortemId: 'PM-12', subject: 'PM-12 is late', text: 'The postmortem of INC-7 was due yesterday.', link: 'https://debrief.example.com/pm/PM-12' },
    });
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow(WebhookVerificationError);
    expect(() => new Webhook(secret).verify(body.replace('PM-12', 'PM-13'), headers)).toThrow(WebhookVerificationError);
  });

  it('stamps each attempt with its own time, so that an old request cannot be replayed', () => {
    const secret = newWebhookSecret();
    const stale = signedWebhook({ id: 'ob-abc123', secret, attemptAtMs: Date.now() - 10 * 60_000, occurredAt: '2026-03-01T10:00:00.000Z', message });
    expect(() => new Webhook(secret).verify(stale.body, stale.headers)).toThrow(/too old/);
  });

  it('leaves a message without a link without one', () => {
    const { link: _link, ...unlinked } = message;
    expect(JSON.parse(webhookBody(unlinked, '2026-03-01T10:00:00.000Z')).data).not.toHaveProperty('link');
  });

  it('refuses ids with a full stop and secrets that are not whsec_', () => {
    expect(() => webhookSignature(newWebhookSecret(), 'ob.1', 1, '{}')).toThrow(/must not contain/);
    expect(() => webhookSignature('plain', 'ob-1', 1, '{}')).toThrow(/not a whsec_ secret/);
  });
});
