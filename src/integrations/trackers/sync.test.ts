import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/store-engines.js';
import { actors, samplePostmortem } from '../../../test/store-fixtures.js';
import { fakeGitHub, fakeJira, type FakeTracker } from '../../../test/tracker-fakes.js';
import type { Store } from '../../store/store.types.js';
import { fileActionItem, syncTickets } from './sync.js';

const KEY = randomBytes(32);
// Postmortem writes are stamped with the wall clock (store/now.ts): the test clock starts there, and moves on alone.
const START = Date.now();
const MINUTE = 60_000;
const LINK = 'https://debrief.example.com/postmortems/x';
const TOKEN = 'ghp_token_1234567890';
/** The fake tracker answers on loopback: private addresses allowed, as an instance with a tracker on its network would. */
const OPEN = { allowPrivate: true };

forEachEngine((engine) => {
  describe('tracker sync', () => {
    let store: Store;
    let fake: FakeTracker;
    let now = START;

    beforeEach(async () => {
      now = START;
      store = await engine.openStore({ clock: () => now, secretKey: KEY });
      fake = await fakeGitHub(TOKEN);
    });
    afterEach(async () => {
      await store.close();
      await fake.close();
    });

    /** A GitHub integration for the instance (or a team) and a postmortem with two items, the first owned by Ana. */
    const setUp = async (scope = 'instance') => {
      const { integration } = await store.createIntegration(actors.admin, { kind: 'github', name: 'Ops repo', scope, settings: { owner: 'acme', repo: 'ops', apiUrl: fake.url }, secret: TOKEN });
      const base = samplePostmortem();
      const pm = await store.createPostmortem(actors.editor, { ...base, actionItems: base.actionItems.map((a, i) => (i === 0 ? { ...a, owner: 'ana@example.com', verification: 'The deploy fails in staging' } : a)) });
      return { integration, pm };
    };
    const item = async (id: string, index = 0) => (await store.getPostmortem(actors.editor, id)).postmortem.actionItems[index];
    const log = async (integrationId: string) => (await store.listHookDeliveries(integrationId, 20)).map((d) => `${d.outcome} ${d.status}`).reverse();

    it('files one ticket, writes its URL on the item, and links an item filed before instead of filing it again', async () => {
      const { integration, pm } = await setUp();
      const filed = await fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: OPEN });
      expect(filed).toMatchObject({ outcome: 'filed', itemKey: 'AI-1', ticket: { key: '#1', url: 'https://github.com/acme/ops/issues/1', pending: null, lastError: null, remoteOpen: true, filedBy: 'editor@example.com' } });
      expect(fake.tickets[0]).toMatchObject({ title: 'Fail the deploy when the pool size is unset', assignee: 'ana-gh', labels: ['priority: P1'] });
      expect(String(fake.tickets[0]?.body)).toContain(`Postmortem: ${LINK}`);
      expect((await item(pm.id))?.ticket).toBe('https://github.com/acme/ops/issues/1');
      const revisions = await store.listRevisions(actors.editor, pm.id);
      expect(revisions.map((r) => r.note)).toContain('action item AI-1: filed as #1 in Ops repo');
      expect(revisions.find((r) => r.note.startsWith('action item AI-1: filed'))?.by.email).toBe(`github+${integration.id}@integrations.debrief.invalid`);
      const again = await fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: OPEN });
      expect(again).toMatchObject({ outcome: 'linked', ticket: { key: '#1' } });
      expect(fake.tickets).toHaveLength(1);
      expect(await log(integration.id)).toEqual(['created 201']);
    });

    it('calls no tracker at a private address unless the instance allows it: the change stays owed, the refusal in the log', async () => {
      const { integration, pm } = await setUp();
      const filed = await fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: { allowPrivate: false } });
      expect(filed).toMatchObject({ outcome: 'pending', ticket: { pending: 'create', lastError: expect.stringMatching(/127\.0\.0\.1 is a loopback address \(allowed only when an admin allows private addresses\)/) } });
      expect(fake.tickets).toHaveLength(0);
      expect(await log(integration.id)).toEqual(['failed 502']);
    });

    it('links an item whose ticket was written by hand, and creates none', async () => {
      const { pm } = await setUp();
      const stored = await store.getPostmortem(actors.editor, pm.id);
      const items = stored.postmortem.actionItems.map((a, i) => (i === 1 ? { ...a, ticket: 'OPS-77' } : a));
      await store.updatePostmortem(actors.editor, pm.id, stored.version, { ...stored.postmortem, actionItems: items });
      expect(await fileActionItem(store, actors.editor, pm.id, '1', { link: LINK, outbound: OPEN })).toEqual({ outcome: 'linked', itemKey: 'title:alert on pool saturation', ticket: null, written: 'OPS-77' });
      expect(fake.tickets).toHaveLength(0);
    });

    it('keeps a filing owed while the tracker answers 429, retries after its Retry-After, and logs each attempt', async () => {
      const { integration, pm } = await setUp();
      fake.failNext({ status: 429, headers: { 'retry-after': '600' }, body: { message: 'API rate limit exceeded' } });
      const first = await fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: OPEN });
      expect(first.outcome).toBe('pending');
      expect(first.ticket?.lastError).toMatch(/^GitHub answered 429: rate limited \(it asked to wait 600 s\)/);
      const due = Date.parse(first.ticket?.nextAttemptAt ?? '');
      expect(due - START).toBeGreaterThanOrEqual(540_000);
      expect(due - START).toBeLessThanOrEqual(660_000);
      now = due - MINUTE;
      expect(await syncTickets(store, { outbound: OPEN })).toEqual({ written: 0, failed: 0, polled: 0 });
      now = due;
      expect(await syncTickets(store, { outbound: OPEN })).toEqual({ written: 1, failed: 0, polled: 0 });
      expect(await store.trackerTicket(pm.id, 'AI-1')).toMatchObject({ key: '#1', pending: null, lastError: null, attempts: 0 });
      expect(fake.tickets).toHaveLength(1);
      expect(await log(integration.id)).toEqual(['failed 429', 'created 201']);
      expect((await store.listHookDeliveries(integration.id, 5)).at(-1)?.detail).toContain(`next attempt at ${new Date(due).toISOString()}`);
    });

    it('keeps retrying after 401, 403, 404 and a tracker that cannot be reached, until an admin fixes the credential', async () => {
      const { integration, pm } = await setUp();
      await store.updateIntegration(actors.admin, integration.id, { kind: 'github', name: 'Ops repo', settings: { owner: 'acme', repo: 'ops', apiUrl: fake.url }, secret: 'ghp_revoked_token_00000' });
      const first = await fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: OPEN });
      expect(first.ticket?.lastError).toContain('answered 401: the credential was refused');
      for (const status of [403, 404]) {
        now = Date.parse((await store.trackerTicket(pm.id, 'AI-1'))?.nextAttemptAt ?? '');
        await store.updateIntegration(actors.admin, integration.id, { kind: 'github', name: 'Ops repo', settings: { owner: 'acme', repo: 'ops', apiUrl: fake.url }, secret: TOKEN });
        fake.failNext({ status, body: { message: status === 403 ? 'Resource not accessible by integration' : 'Not Found' } });
        expect(await syncTickets(store, { outbound: OPEN })).toMatchObject({ failed: 1 });
      }
      now = Date.parse((await store.trackerTicket(pm.id, 'AI-1'))?.nextAttemptAt ?? '');
      const gone = await fakeGitHub(TOKEN);
      await gone.close();
      await store.updateIntegration(actors.admin, integration.id, { kind: 'github', name: 'Ops repo', settings: { owner: 'acme', repo: 'ops', apiUrl: gone.url }, secret: TOKEN });
      await syncTickets(store, { outbound: OPEN });
      expect((await store.trackerTicket(pm.id, 'AI-1'))?.lastError).toMatch(/^GitHub could not be reached/);
      now = Date.parse((await store.trackerTicket(pm.id, 'AI-1'))?.nextAttemptAt ?? '');
      await store.updateIntegration(actors.admin, integration.id, { kind: 'github', name: 'Ops repo', settings: { owner: 'acme', repo: 'ops', apiUrl: fake.url }, secret: TOKEN });
      expect(await syncTickets(store, { outbound: OPEN })).toMatchObject({ written: 1 });
      expect(await log(integration.id)).toEqual(['failed 401', 'failed 403', 'failed 404', 'failed 502', 'created 201']);
      expect(fake.tickets).toHaveLength(1);
    });

    it('writes status changes made in Debrief to the ticket, and takes the ticket\u2019s back: closed is done (not verified), reopened is open', async () => {
      const { pm } = await setUp();
      await fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: OPEN });
      now += MINUTE;
      fake.clock.now = new Date(now).toISOString();
      await store.setActionItemStatus(actors.editor, pm.id, 'AI-1', 'done');
      expect((await store.trackerTicket(pm.id, 'AI-1'))?.pending).toBe('close');
      expect(await syncTickets(store, { outbound: OPEN })).toMatchObject({ written: 1 });
      expect(fake.tickets[0]?.open).toBe(false);
      await store.verifyActionItem(actors.admin, pm.id, 'AI-1', 'the deploy failed in staging without the variable');
      expect((await store.trackerTicket(pm.id, 'AI-1'))?.pending).toBeNull();

      now += 10 * MINUTE;
      fake.setOpen('#1', true, new Date(now).toISOString());
      now += 20 * MINUTE;
      expect(await syncTickets(store, { outbound: OPEN, pollEveryMs: 15 * MINUTE })).toMatchObject({ polled: 1 });
      expect((await item(pm.id))?.status).toBe('open');

      now += MINUTE;
      fake.setOpen('#1', false, new Date(now).toISOString());
      now += 20 * MINUTE;
      await syncTickets(store, { outbound: OPEN, pollEveryMs: 15 * MINUTE });
      expect((await item(pm.id))?.status).toBe('done');
      expect((await store.trackerTicket(pm.id, 'AI-1'))?.pending).toBeNull();
      expect(JSON.stringify(await store.listRevisions(actors.editor, pm.id))).toContain('action item AI-1: done (ticket #1 closed in Ops repo');
    });

    it('resolves a conflict by the latest change: the ticket\u2019s, when it changed after Debrief\u2019s change', async () => {
      const { integration, pm } = await setUp();
      await fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: OPEN });
      // Debrief closes the item while the tracker is down; the ticket is then reopened in the tracker, later.
      now += MINUTE;
      fake.failNext({ status: 503, body: { message: 'unavailable' } });
      await store.setActionItemStatus(actors.editor, pm.id, 'AI-1', 'done');
      expect(await syncTickets(store, { outbound: OPEN })).toMatchObject({ failed: 1 });
      fake.setOpen('#1', true, new Date(now + 5 * MINUTE).toISOString());
      now += 20 * MINUTE;
      await syncTickets(store, { outbound: OPEN, pollEveryMs: 15 * MINUTE });
      expect((await store.trackerTicket(pm.id, 'AI-1'))?.pending).toBeNull();
      expect((await item(pm.id))?.status).toBe('open');
      expect((await store.listHookDeliveries(integration.id, 1))[0]?.detail).toMatch(/conflict: #1 \(open, open at .*\) changed after Debrief's change of .*; the ticket's state wins: the item becomes open/);
      expect(fake.tickets[0]?.open).toBe(true);
    });

    it('resolves a conflict by the latest change: Debrief\u2019s, when it came after the ticket changed', async () => {
      const { integration, pm } = await setUp();
      fake.clock.now = new Date(START - 60 * MINUTE).toISOString();
      await fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: OPEN });
      fake.failNext({ status: 503, body: { message: 'unavailable' } });
      await store.setActionItemStatus(actors.editor, pm.id, 'AI-1', 'wont_do', 'replaced by the config linter');
      expect(await syncTickets(store, { outbound: OPEN })).toMatchObject({ failed: 1 });
      fake.setOpen('#1', false, new Date(START - 20 * MINUTE).toISOString());
      fake.setOpen('#1', true, new Date(START - 10 * MINUTE).toISOString());
      now += 20 * MINUTE;
      expect(await syncTickets(store, { outbound: OPEN })).toMatchObject({ written: 1 });
      expect((await store.listHookDeliveries(integration.id, 1))[0]?.detail).toMatch(/^conflict: Debrief's change of .* is later than #1's of .*, and wins: closed #1/);
      expect(fake.tickets[0]?.open).toBe(false);
      expect((await item(pm.id))?.status).toBe('wont_do');
    });

    it('chooses the tracker of the postmortem\u2019s team, and says what to do when none or several could take the item', async () => {
      const base = samplePostmortem({ teams: ['Payments'] });
      const pm = await store.createPostmortem(actors.editor, base);
      await expect(fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: OPEN })).rejects.toThrow(/no tracker is configured for the team Payments or the instance: an admin adds/);
      await store.putTeam(actors.admin, { name: 'Payments' });
      const jira = await fakeJira('bot@example.com', 'jira-token-1234567890');
      try {
        const team = await store.createIntegration(actors.admin, { kind: 'jira', name: 'Payments Jira', scope: 'team:payments', settings: { site: jira.url, project: 'OPS', email: 'bot@example.com' }, secret: 'jira-token-1234567890' });
        await store.createIntegration(actors.admin, { kind: 'github', name: 'Instance repo', settings: { owner: 'acme', repo: 'ops', apiUrl: fake.url }, secret: TOKEN });
        const filed = await fileActionItem(store, actors.editor, pm.id, 'AI-1', { link: LINK, outbound: OPEN });
        expect(filed).toMatchObject({ outcome: 'filed', ticket: { integrationId: team.integration.id, key: 'OPS-1' } });
        expect(jira.tickets[0]).toMatchObject({ priority: { name: 'High' }, due: '2024-03-15' });
        await store.createIntegration(actors.admin, { kind: 'linear', name: 'Payments Linear', scope: 'team:payments', settings: { teamId: 't' }, secret: 'lin_api_1234567890abcdef' });
        await expect(fileActionItem(store, actors.editor, pm.id, '1', { link: LINK, outbound: OPEN })).rejects.toThrow(/integrationId: 2 trackers could take this item/);
        await expect(fileActionItem(store, actors.viewer, pm.id, '1', { link: LINK, outbound: OPEN })).rejects.toThrow(/may read but not file/);
        await expect(fileActionItem(store, actors.editor, pm.id, '7', { link: LINK, outbound: OPEN })).rejects.toThrow(/has no action item "7"/);
      } finally {
        await jira.close();
      }
    });
  });
});
