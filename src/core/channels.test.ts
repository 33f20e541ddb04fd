import { describe, expect, it } from 'vitest';
import { newWebhookSecret, parseChannelScope, publicChannel, validateChannel, validateMessage, webhookSecretKey, type Channel } from './channels.js';
import { InputError } from './errors.js';

/** The field problems of the InputError `work` throws. */
function problems(work: () => unknown): { path: string; message: string }[] {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).details as { path: string; message: string }[];
  }
  throw new Error('expected an InputError');
}

/** A stored channel around a config. */
function stored(config: Channel['config']): Channel {
  return { id: 'ch-1', scope: 'instance', name: 'Ops', config, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', createdBy: 'admin@example.com' };
}

describe('channels', () => {
  it('accepts the three kinds, trimming names and lower-casing addresses', () => {
    expect(validateChannel({ name: ' Ops ', kind: 'email', to: [' Ops@Example.com '] })).toEqual({ name: 'Ops', kind: 'email', to: ['ops@example.com'] });
    expect(validateChannel({ name: 'Chat', kind: 'slack', url: 'https://hooks.slack.com/services/T0/B0/xyz' })).toEqual({ name: 'Chat', kind: 'slack', url: 'https://hooks.slack.com/services/T0/B0/xyz' });
    const secret = newWebhookSecret();
    expect(validateChannel({ name: 'Hook', kind: 'webhook', url: 'https://example.com/hook', secret })).toEqual({ name: 'Hook', kind: 'webhook', url: 'https://example.com/hook', secret });
    expect(validateChannel({ name: 'Hook', kind: 'webhook', url: 'https://example.com/hook' })).toEqual({ name: 'Hook', kind: 'webhook', url: 'https://example.com/hook' });
  });

  it('refuses an invalid channel with the field that is wrong', () => {
    expect(problems(() => validateChannel({ name: 'x', kind: 'pager' }))).toEqual([{ path: 'kind', message: 'must be email, slack or webhook' }]);
    expect(problems(() => validateChannel({ name: 'x', kind: 'email', to: ['ok@example.com', 'not-mail'] }))).toEqual([{ path: 'to.1', message: 'is not an e-mail address' }]);
    expect(problems(() => validateChannel({ name: 'x', kind: 'email', to: [] }))).toEqual([{ path: 'to', message: 'needs at least one address' }]);
    expect(problems(() => validateChannel({ name: ' ', kind: 'slack', url: 'https://hooks.slack.com/x' }))).toEqual([{ path: 'name', message: 'a channel needs a name' }]);
    expect(problems(() => validateChannel({ name: 'x', kind: 'slack', url: 'file:///etc/passwd' }))).toEqual([{ path: 'url', message: 'must be an http or https URL, not file:' }]);
    expect(problems(() => validateChannel({ name: 'x', kind: 'webhook', url: 'https://user:pw@example.com/' }))).toEqual([{ path: 'url', message: 'must not hold a user name or password' }]);
    expect(problems(() => validateChannel({ name: 'x', kind: 'webhook', url: 'not a url' }))).toEqual([{ path: 'url', message: 'is not a URL' }]);
    expect(problems(() => validateChannel({ name: 'x', kind: 'webhook', url: 'https://example.com', secret: 'whsec_c2hvcnQ=' }))[0]?.path).toBe('secret');
    expect(problems(() => validateChannel({ name: 'x', kind: 'slack', url: 'https://hooks.slack.com/x', to: ['a@example.com'] }))).toEqual([{ path: 'to', message: 'is not a field of this kind of channel' }]);
    expect(() => validateChannel({ name: 'x', kind: 'webhook', url: 'https://user:pw@example.com/' })).toThrow(/^invalid channel: url: /);
  });

  it('never repeats a URL in its messages (a Slack URL is a credential)', () => {
    const error = (() => {
      try {
        validateChannel({ name: 'x', kind: 'slack', url: 'ftp://hooks.slack.com/services/T0/B0/SECRET' });
      } catch (thrown) {
        return thrown as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(JSON.stringify([error?.message, error?.details])).not.toContain('SECRET');
  });

  it('generates Standard Webhooks secrets: whsec_ and the base64 of 32 random bytes', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhookSecretKey(secret)).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
    expect(webhookSecretKey('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toHaveLength(24);
    expect(webhookSecretKey('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBeUndefined();
    expect(webhookSecretKey(`whsec_${Buffer.alloc(23).toString('base64')}`)).toBeUndefined();
    expect(webhookSecretKey(`whsec_${Buffer.alloc(65).toString('base64')}`)).toBeUndefined();
  });

  it('shows channels without their secrets', () => {
    const secret = newWebhookSecret();
    const webhook = publicChannel(stored({ kind: 'webhook', url: 'https://example.com/hook?token=abc', secret }));
    expect(webhook.config).toEqual({ kind: 'webhook', url: 'https://example.com/hook?…', hasSecret: true });
    const slack = publicChannel(stored({ kind: 'slack', url: 'https://hooks.slack.com/services/T0/B0/SECRETPART' }));
    expect(slack.config).toEqual({ kind: 'slack', url: 'https://hooks.slack.com/…' });
    expect(JSON.stringify([webhook, slack])).not.toMatch(/whsec_|SECRETPART|token=abc/);
    expect(publicChannel(stored({ kind: 'email', to: ['a@example.com'] })).config).toEqual({ kind: 'email', to: ['a@example.com'] });
  });

  it('reads scopes: the instance or a team, in any case', () => {
    expect(parseChannelScope('instance')).toBe('instance');
    expect(parseChannelScope(' team:Payments ')).toBe('team:payments');
    expect(problems(() => parseChannelScope('payments'))).toEqual([{ path: 'scope', message: 'must be "instance" or "team:" followed by a team name' }]);
    expect(problems(() => parseChannelScope('team: '))[0]?.path).toBe('scope');
  });

  it('checks notification messages', () => {
    expect(validateMessage({ type: 'postmortem.late', subject: 'Late', text: 'PM-1 is late' })).toEqual({ type: 'postmortem.late', subject: 'Late', text: 'PM-1 is late', data: {} });
    expect(problems(() => validateMessage({ type: 'postmortem late', subject: 'x', text: 'y' }))[0]?.path).toBe('type');
    expect(problems(() => validateMessage({ type: 'mention', subject: 'x', text: 'y', link: 'javascript:alert(1)' }))[0]?.path).toBe('link');
    expect(problems(() => validateMessage({ type: 'mention', subject: '', text: 'y' }))[0]?.path).toBe('subject');
  });
});
