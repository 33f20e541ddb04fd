import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readTrackerEvent, verifyTrackerDelivery } from './webhooks.js';

const SECRET = 'tracker-webhook-secret-123456';
const hex = (body: string) => createHmac('sha256', SECRET).update(body).digest('hex');
const NOW = Date.parse('2026-03-01T10:00:00Z');

describe('tracker webhooks', () => {
  it('verifies each tracker\u2019s signature over the raw body, and says why one is refused', () => {
    const body = '{"a":1}';
    expect(verifyTrackerDelivery('github', SECRET, { 'x-hub-signature-256': `sha256=${hex(body)}` }, Buffer.from(body))).toEqual({ ok: true });
    expect(verifyTrackerDelivery('linear', SECRET, { 'linear-signature': hex(body) }, Buffer.from(body))).toEqual({ ok: true });
    expect(verifyTrackerDelivery('jira', SECRET, { 'x-hub-signature': `sha256=${hex(body)}` }, Buffer.from(body))).toEqual({ ok: true });
    expect(verifyTrackerDelivery('linear', SECRET, { 'linear-signature': `sha256=${hex(body)}` }, Buffer.from(body))).toMatchObject({ ok: false, reason: expect.stringContaining('does not match') });
    expect(verifyTrackerDelivery('jira', SECRET, {}, Buffer.from(body))).toMatchObject({ ok: false, reason: expect.stringContaining('no x-hub-signature header') });
    expect(verifyTrackerDelivery('github', SECRET, { 'x-hub-signature-256': `sha256=${hex(body)}` }, Buffer.from(`${body} `))).toMatchObject({ ok: false });
    expect(verifyTrackerDelivery('github', null, {}, Buffer.from(body))).toMatchObject({ ok: false, reason: expect.stringContaining('no webhook secret') });
  });

  it('reads a Linear Issue update (state type and name, updatedAt) and refuses a stale webhookTimestamp', () => {
    const payload = { action: 'update', type: 'Issue', createdAt: '2026-03-01T09:59:59.000Z', data: { id: 'issue-1', identifier: 'OPS-1', updatedAt: '2026-03-01T09:59:58.000Z', state: { id: 's-done', name: 'Done', type: 'completed', color: '#5e6ad2' } }, url: 'https://linear.app/acme/issue/OPS-1', webhookTimestamp: NOW - 2_000 };
    expect(readTrackerEvent('linear', { 'linear-delivery': 'ld-1' }, payload, { repo: '', now: NOW })).toEqual({ deliveryId: 'ld-1', externalId: 'issue-1', state: { open: false, status: 'Done', updatedAt: '2026-03-01T09:59:58.000Z' } });
    expect(readTrackerEvent('linear', {}, { ...payload, webhookTimestamp: NOW - 120_000 }, { repo: '', now: NOW })).toMatchObject({ ignored: expect.stringContaining('more than a minute') });
    expect(readTrackerEvent('linear', {}, { ...payload, type: 'Comment' }, { repo: '', now: NOW })).toMatchObject({ ignored: 'a Comment event: Debrief reads Issue events only' });
    expect(readTrackerEvent('linear', {}, { ...payload, data: { id: 'issue-1' } }, { repo: '', now: NOW })).toMatchObject({ ignored: expect.stringContaining('without data.id, data.state.type') });
  });

  it('reads a Jira jira:issue_updated (status category, Jira\u2019s time format) and a GitHub issues event of another repository', () => {
    const jira = { timestamp: NOW, webhookEvent: 'jira:issue_updated', issue_event_type_name: 'issue_generic', issue: { id: '10001', key: 'OPS-1', fields: { status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } }, updated: '2026-03-01T10:00:00.000+0100' } } };
    expect(readTrackerEvent('jira', { 'x-atlassian-webhook-identifier': 'j-1' }, jira, { repo: '', now: NOW })).toEqual({ deliveryId: 'j-1', externalId: 'OPS-1', state: { open: true, status: 'In Progress', updatedAt: '2026-03-01T09:00:00.000Z' } });
    expect(readTrackerEvent('jira', {}, { webhookEvent: 'comment_created' }, { repo: '', now: NOW })).toMatchObject({ ignored: expect.stringContaining('jira:issue_* events only') });
    const github = { action: 'closed', issue: { number: 3, state: 'closed', updated_at: '2026-03-01T10:00:00Z' }, repository: { full_name: 'acme/web' } };
    expect(readTrackerEvent('github', { 'x-github-event': 'issues' }, github, { repo: 'acme/ops', now: NOW })).toMatchObject({ ignored: 'an issue of acme/web, not of acme/ops' });
    expect(readTrackerEvent('github', { 'x-github-event': 'ping' }, {}, { repo: 'acme/ops', now: NOW })).toMatchObject({ ignored: expect.stringContaining('ping') });
  });
});
