import { afterEach, describe, expect, it } from 'vitest';
import { fakeGitHub, fakeJira, fakeLinear, type FakeTracker } from '../../../test/tracker-fakes.js';
import { trackerSettingsSchemas, ticketDraft, type TicketDraft } from '../../core/trackers.js';
import { trackerClient } from './clients.js';
import { TrackerError, retryAfterMs } from './tracker-error.js';

/** The fake trackers answer on loopback: private addresses allowed. */
const OPEN = { allowPrivate: true };

const NOW = Date.parse('2026-03-01T10:00:00Z');
const now = () => NOW;

const item = { id: 'A-1', title: 'Alert on replication lag over 30 s', rationale: 'The lag grew for 40 minutes before anyone saw it', owner: 'ana@example.com', due: '2026-04-01', priority: 'P1' as const, status: 'open' as const, ticket: null, verification: 'A game day where the alert pages within 2 minutes' };
const draft: TicketDraft = ticketDraft(item, 'Checkout outage', 'https://debrief.example.com/postmortems/pm-1');

let fake: FakeTracker | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('ticketDraft', () => {
  it('writes the why, the verification criterion, the due date and the link back; the owner as an assignee when an e-mail', () => {
    expect(draft.title).toBe('Alert on replication lag over 30 s');
    expect(draft.description).toContain('**Why:** The lag grew for 40 minutes');
    expect(draft.description).toContain('**Verified when:** A game day where the alert pages within 2 minutes');
    expect(draft.description).toContain('Postmortem: https://debrief.example.com/postmortems/pm-1');
    expect(draft).toMatchObject({ assigneeEmail: 'ana@example.com', due: '2026-04-01', priority: 'P1' });
    const loose = ticketDraft({ ...item, owner: '@ana', due: 'next sprint', rationale: null }, 'T', 'L');
    expect(loose).toMatchObject({ assigneeEmail: null, due: null });
    expect(loose.description).toContain('**Why:** (not written)');
  });
});

describe('GitHub Issues (@octokit/rest)', () => {
  const settings = (url: string) => trackerSettingsSchemas.github.parse({ owner: 'acme', repo: 'ops', apiUrl: url });

  it('creates an issue with the priority label and the assignee found by e-mail, reads it, closes and reopens it', async () => {
    fake = await fakeGitHub('ghp_token_1234567890');
    const client = await trackerClient('github', settings(fake.url), 'ghp_token_1234567890', now, OPEN);
    const ref = await client.create(draft);
    expect(ref).toEqual({ key: '#1', url: 'https://github.com/acme/ops/issues/1', externalId: '1', notes: [] });
    expect(fake.tickets[0]).toMatchObject({ title: draft.title, assignee: 'ana-gh', labels: ['priority: P1'] });
    expect(fake.tickets[0]?.body).toContain('**Verified when:**');
    expect(await client.read('1')).toMatchObject({ open: true, status: 'open' });
    fake.clock.now = '2026-03-02T10:00:00.000Z';
    expect(await client.setOpen('1', false)).toEqual({ open: false, status: 'closed (completed)', updatedAt: '2026-03-02T10:00:00.000Z' });
    expect(fake.seen.at(-1)?.body).toEqual({ state: 'closed', state_reason: 'completed' });
    expect((await client.setOpen('1', true)).open).toBe(true);
    expect(await client.check()).toContain('acme/ops reachable');
  });

  it('leaves an issue unassigned when no account shows the e-mail, and says so', async () => {
    fake = await fakeGitHub('ghp_token_1234567890');
    const ref = await (await trackerClient('github', settings(fake.url), 'ghp_token_1234567890', now, OPEN)).create({ ...draft, assigneeEmail: 'nobody@example.com', priority: null });
    expect(ref.notes).toEqual(['no GitHub account shows nobody@example.com: left unassigned']);
    expect(fake.tickets[0]).toMatchObject({ assignee: null, labels: [] });
  });

  it('reports 401, 404 and 429 with Retry-After as TrackerErrors an admin can act on', async () => {
    fake = await fakeGitHub('ghp_token_1234567890');
    const wrong = await trackerClient('github', settings(fake.url), 'ghp_wrong_token_000000', now, OPEN);
    await expect(wrong.create(draft)).rejects.toMatchObject({ status: 401, message: expect.stringContaining('the credential was refused') });
    const client = await trackerClient('github', settings(fake.url), 'ghp_token_1234567890', now, OPEN);
    await expect(client.read('99')).rejects.toMatchObject({ status: 404 });
    fake.failNext({ status: 429, headers: { 'retry-after': '120' }, body: { message: 'API rate limit exceeded' } });
    const limited = await client.read('1').catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(TrackerError);
    expect(limited).toMatchObject({ status: 429, retryAfterMs: 120_000 });
  });
});

describe('Jira Cloud (jira.js, REST v3)', () => {
  const settings = (url: string) => trackerSettingsSchemas.jira.parse({ site: url, project: 'OPS', email: 'bot@example.com' });

  it('creates an issue with an ADF description, the mapped priority, the due date and the assignee found by e-mail', async () => {
    fake = await fakeJira('bot@example.com', 'jira-token-1234567890');
    const client = await trackerClient('jira', settings(fake.url), 'jira-token-1234567890', now, OPEN);
    const ref = await client.create(draft);
    expect(ref).toEqual({ key: 'OPS-1', url: `${fake.url}/browse/OPS-1`, externalId: 'OPS-1', notes: [] });
    const ticket = fake.tickets[0];
    expect(ticket).toMatchObject({ title: draft.title, due: '2026-04-01', priority: { name: 'High' }, assignee: '5b10a2844c20165700ede21g' });
    const doc = ticket?.body as { type: string; version: number; content: { type: string; content: { text: string; marks?: unknown[] }[] }[] };
    expect(doc).toMatchObject({ type: 'doc', version: 1 });
    expect(doc.content.flatMap((p) => p.content.map((t) => t.text))).toContain('Verified when:');
    expect(doc.content.some((p) => p.content.some((t) => t.text === 'Why:' && t.marks !== undefined))).toBe(true);
  });

  it('closes through a transition to the done category and reopens through one to the to-do category', async () => {
    fake = await fakeJira('bot@example.com', 'jira-token-1234567890');
    const client = await trackerClient('jira', settings(fake.url), 'jira-token-1234567890', now, OPEN);
    await client.create(draft);
    fake.clock.now = '2026-03-03T08:00:00.000Z';
    expect(await client.setOpen('OPS-1', false)).toEqual({ open: false, status: 'Done', updatedAt: '2026-03-03T08:00:00.000Z' });
    expect(fake.seen.filter((s) => s.method === 'POST' && s.path.endsWith('/transitions')).map((s) => s.body)).toEqual([{ transition: { id: '31' } }]);
    expect((await client.setOpen('OPS-1', true)).status).toBe('To Do');
    expect(await client.check()).toBe('signed in as Debrief bot; project OPS (Operations) reachable');
  });

  it('reports a wrong token, a missing project and 429 with Retry-After', async () => {
    fake = await fakeJira('bot@example.com', 'jira-token-1234567890');
    await expect((await trackerClient('jira', settings(fake.url), 'not-the-token-0000000', now, OPEN)).read('OPS-1')).rejects.toMatchObject({ status: 401 });
    const other = await trackerClient('jira', trackerSettingsSchemas.jira.parse({ site: fake.url, project: 'NOPE', email: 'bot@example.com' }), 'jira-token-1234567890', now, OPEN);
    await expect(other.check()).rejects.toMatchObject({ status: 404, message: expect.stringContaining('check the site, project') });
    fake.failNext({ status: 429, headers: { 'retry-after': '30' }, body: { errorMessages: ['Rate limit exceeded'] } });
    await expect((await trackerClient('jira', settings(fake.url), 'jira-token-1234567890', now, OPEN)).read('OPS-1')).rejects.toMatchObject({ status: 429, retryAfterMs: 30_000 });
  });
});

describe('Linear (@linear/sdk, GraphQL)', () => {
  const settings = (url: string) => trackerSettingsSchemas.linear.parse({ teamId: 'team-ops', apiUrl: `${url}/graphql` });

  it('creates an issue with priority 1, the due date and the assignee found by e-mail; closes and reopens it by workflow state', async () => {
    fake = await fakeLinear('lin_api_1234567890abcdef');
    const client = await trackerClient('linear', settings(fake.url), 'lin_api_1234567890abcdef', now, OPEN);
    const ref = await client.create(draft);
    expect(ref).toEqual({ key: 'OPS-1', url: 'https://linear.app/acme/issue/OPS-1', externalId: 'issue-1', notes: [] });
    expect(fake.tickets[0]).toMatchObject({ priority: 1, due: '2026-04-01', assignee: 'user-ana' });
    expect(await client.read('issue-1')).toMatchObject({ open: true, status: 'Todo' });
    fake.clock.now = '2026-03-04T09:00:00.000Z';
    expect(await client.setOpen('issue-1', false)).toEqual({ open: false, status: 'Done', updatedAt: '2026-03-04T09:00:00.000Z' });
    expect((await client.setOpen('issue-1', true)).status).toBe('Todo');
    expect(await client.check()).toBe('signed in as Debrief bot (bot@example.com); team OPS (Operations) reachable');
  });

  it('reports a refused key as a TrackerError naming Linear', async () => {
    fake = await fakeLinear('lin_api_1234567890abcdef');
    const failure = await (await trackerClient('linear', settings(fake.url), 'lin_api_wrong_key_0000', now, OPEN)).create(draft).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TrackerError);
    expect((failure as TrackerError).message).toMatch(/^Linear answered 400: .*[Aa]uthentication/);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates; nothing else', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs(new Date(NOW + 90_000).toUTCString(), NOW)).toBe(90_000);
    expect(retryAfterMs('soon', NOW)).toBeUndefined();
    expect(retryAfterMs(undefined, NOW)).toBeUndefined();
  });
});
