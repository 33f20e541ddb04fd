import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

forEachEngine((engine) => {
  const server = serverPerFile(engine);

  /** A postmortem whose action items belong to a fresh owner; returns its id and the owner. */
  async function withItems(teams: string[] = []): Promise<{ id: string; owner: string }> {
    const owner = `owner-${randomBytes(4).toString('hex')}@example.com`;
    const response = await server().call('editor', 'POST', '/api/v1/postmortems', {
      json: {
        title: 'Pool exhaustion',
        teams,
        actionItems: [
          { id: 'AI-1', title: 'Fail the deploy when the pool size is unset', owner, due: '2024-01-10', priority: 'P2' },
          { title: 'Alert on pool saturation', owner, due: '2024-02-01', priority: 'P1', status: 'in_progress' },
          { title: 'Document the pool settings', owner, due: '2099-01-01', priority: 'P3' },
          { title: 'Retire the old pool', owner, due: '2024-01-05', priority: 'P3', status: 'done' },
        ],
      },
    });
    expect(response.statusCode).toBe(201);
    return { id: response.json().id, owner };
  }
  const titles = (response: { json: () => { items: { item: { title: string } }[] } }) => response.json().items.map((row) => row.item.title);

  describe('GET /action-items', () => {
    it('lists items across postmortems with their postmortem and key, P1 first, filtered by owner, status, priority', async () => {
      const { id, owner } = await withItems();
      const all = await server().call('viewer', 'GET', `/api/v1/action-items?owner=${owner}`);
      expect(all.statusCode).toBe(200);
      expect(all.json().items[0]).toMatchObject({ postmortemId: id, postmortemTitle: 'Pool exhaustion', key: '1', index: 1, item: { priority: 'P1' } });
      expect(all.json().items.find((row: { key: string }) => row.key === 'AI-1')).toMatchObject({ index: 0 });
      expect(titles(all)).toHaveLength(4);
      expect(titles(await server().call('viewer', 'GET', `/api/v1/action-items?owner=${owner}&status=in_progress`))).toEqual(['Alert on pool saturation']);
      expect(titles(await server().call('viewer', 'GET', `/api/v1/action-items?owner=${owner}&priority=P3`))).toHaveLength(2);
    });

    it('team=: items of the postmortems that list the team (any case), with the other filters', async () => {
      const team = `Team ${randomBytes(4).toString('hex')}`;
      const { owner } = await withItems([team, 'Databases']);
      await withItems(['Databases']);
      const ofTeam = await server().call('viewer', 'GET', `/api/v1/action-items?team=${encodeURIComponent(team.toUpperCase())}`);
      expect(ofTeam.statusCode).toBe(200);
      expect(ofTeam.json().items.map((row: { item: { owner: string } }) => row.item.owner)).toEqual([owner, owner, owner, owner]);
      expect(titles(await server().call('viewer', 'GET', `/api/v1/action-items?team=${encodeURIComponent(team)}&priority=P1`))).toEqual(['Alert on pool saturation']);
      expect(titles(await server().call('viewer', 'GET', `/api/v1/action-items?team=${encodeURIComponent(`${team}x`)}`))).toEqual([]);
    });

    it('overdue=true: past due and not closed, counted from today (or ?today=)', async () => {
      const { owner } = await withItems();
      const overdue = await server().call('viewer', 'GET', `/api/v1/action-items?owner=${owner}&overdue=true&today=2024-03-01`);
      expect(titles(overdue)).toEqual(['Alert on pool saturation', 'Fail the deploy when the pool size is unset']);
      const early = await server().call('viewer', 'GET', `/api/v1/action-items?owner=${owner}&overdue=true&today=2024-01-20`);
      expect(titles(early)).toEqual(['Fail the deploy when the pool size is unset']);
    });

    it('answers one page at a time: limit (default 200, at most 1000) and nextCursor', async () => {
      const { owner } = await withItems();
      const all = titles(await server().call('viewer', 'GET', `/api/v1/action-items?owner=${owner}`));
      const first = await server().call('viewer', 'GET', `/api/v1/action-items?owner=${owner}&limit=3`);
      expect(titles(first)).toEqual(all.slice(0, 3));
      const cursor = first.json().nextCursor as string;
      expect(cursor).toEqual(expect.any(String));
      const second = await server().call('viewer', 'GET', `/api/v1/action-items?owner=${owner}&limit=3&cursor=${encodeURIComponent(cursor)}`);
      expect(titles(second)).toEqual(all.slice(3));
      expect(second.json().nextCursor).toBeNull();
    });

    it('refuses unknown statuses, priorities and filters (422)', async () => {
      for (const query of ['status=closed', 'priority=P0', 'overdue=yes', 'today=tomorrow', 'team=', 'colour=red', 'limit=0', 'limit=1001', 'cursor=nope']) {
        expect((await server().call('viewer', 'GET', `/api/v1/action-items?${query}`)).statusCode, query).toBe(422);
      }
    });
  });

  describe('PATCH /postmortems/{id}/action-items/{key}', () => {
    it('sets one item\u2019s status by id or position, as a new version with a revision', async () => {
      const { id, owner } = await withItems();
      const byId = await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}/action-items/AI-1`, { json: { status: 'done' } });
      expect(byId.statusCode).toBe(200);
      expect(byId.headers.etag).toBe('"2"');
      expect(byId.json().actionItems[0]).toMatchObject({ id: 'AI-1', status: 'done' });
      const byPosition = await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}/action-items/2`, { json: { status: 'wont_do', reason: 'the settings page replaces it' } });
      expect(byPosition.json()).toMatchObject({ version: 3, actionItems: [{ status: 'done' }, { status: 'in_progress' }, { status: 'wont_do' }, { status: 'done' }] });
      const revisions = (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions`)).json().items;
      expect(revisions.map((r: { number: number; changed: string[] }) => [r.number, r.changed])).toEqual([
        [1, expect.any(Array)],
        [2, ['actionItems']],
        [3, ['actionItems']],
      ]);
      expect(titles(await server().call('viewer', 'GET', `/api/v1/action-items?owner=${owner}&status=wont_do`))).toEqual(['Document the pool settings']);
      const revision = (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions`)).json().items.at(-1);
      expect(revision.note).toBe('action item 2: open -> wont_do (the settings page replaces it)');
    });

    it('verifies only through …/verify: a done item, by someone other than its owner, with evidence', async () => {
      const { id } = await withItems();
      const url = `/api/v1/postmortems/${id}/action-items`;
      expect((await server().call('editor', 'PATCH', `${url}/3`, { json: { status: 'verified' } })).statusCode).toBe(409);
      expect((await server().call('editor', 'PATCH', `${url}/2`, { json: { status: 'wont_do' } })).json().error.details).toEqual([{ path: 'reason', message: expect.stringMatching(/say why/) }]);
      // Nor by editing the document.
      const current = await server().call('editor', 'GET', `/api/v1/postmortems/${id}`);
      const items = current.json().actionItems.map((item: { status: string }, i: number) => (i === 3 ? { ...item, status: 'verified' } : item));
      const edit = await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { json: { actionItems: items }, headers: { 'if-match': current.headers.etag as string } });
      expect(edit.statusCode).toBe(409);
      expect(edit.json().error.message).toMatch(/actionItems\.3\.status: an item is verified by someone other than its owner/);
      expect((await server().call('editor', 'POST', `${url}/0/verify`, { json: { evidence: 'the deploy failed in staging' } })).statusCode).toBe(409);
      expect((await server().call('viewer', 'POST', `${url}/3/verify`, { json: { evidence: 'looks done' } })).statusCode).toBe(403);
      expect((await server().call('editor', 'POST', `${url}/3/verify`, { json: { evidence: '' } })).statusCode).toBe(422);
      const verified = await server().call('member', 'POST', `${url}/3/verify`, { json: { evidence: 'https://ci.example.com/run/42: the old pool is gone' } });
      expect(verified.statusCode, verified.body).toBe(200);
      expect(verified.json().actionItems[3]).toMatchObject({ status: 'verified' });
    });

    it('declines only with a reason: an edit of the document that newly sets won\u2019t do is refused at the item\u2019s status, naming the way', async () => {
      const { id } = await withItems();
      const url = `/api/v1/postmortems/${id}`;
      const current = await server().call('editor', 'GET', url);
      const declined = (index: number) => current.json().actionItems.map((item: { status: string }, i: number) => (i === index ? { ...item, status: 'wont_do' } : item));
      const put = await server().call('editor', 'PUT', url, { json: { ...(current.json() as object), actionItems: declined(2) }, headers: { 'if-match': current.headers.etag as string } });
      expect(put.statusCode).toBe(422);
      expect(put.json().error.details).toEqual([{ path: 'actionItems.2.status', message: expect.stringMatching(/won\u2019t do needs a reason/) }]);
      expect(put.json().error.message).toContain(`actionItems.2.status: "Document the pool settings" is newly won't do, which needs a reason the document has no place for (an item without an id is known by its title`);
      expect(put.json().error.message).toContain(`PATCH /api/v1/postmortems/${id}/action-items/2 {"status":"wont_do","reason":"…"}`);
      const patch = await server().call('editor', 'PATCH', url, { json: { summary: 'Pools ran out.', actionItems: declined(0) }, headers: { 'if-match': current.headers.etag as string } });
      expect(patch.statusCode).toBe(422);
      expect(patch.json().error.details).toEqual([{ path: 'actionItems.0.status', message: expect.any(String) }]);
      expect(patch.json().error.message).toContain(`/action-items/AI-1 {"status":"wont_do"`);
      expect((await server().call('viewer', 'GET', url)).json()).toMatchObject({ version: 1, summary: '' });

      // Declined with its reason, the item stays declined through edits of the document.
      expect((await server().call('editor', 'PATCH', `${url}/action-items/AI-1`, { json: { status: 'wont_do', reason: 'the new deploy tool checks it' } })).statusCode).toBe(200);
      const now = await server().call('editor', 'GET', url);
      const items = now.json().actionItems.map((item: { title: string }, i: number) => (i === 0 ? { ...item, rationale: 'an unset pool was the trigger' } : item));
      const kept = await server().call('editor', 'PUT', url, { json: { ...(now.json() as object), summary: 'Pools ran out.', actionItems: items }, headers: { 'if-match': now.headers.etag as string } });
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json()).toMatchObject({ version: 3, summary: 'Pools ran out.' });
      expect(kept.json().actionItems[0]).toMatchObject({ id: 'AI-1', status: 'wont_do', rationale: 'an unset pool was the trigger' });
    });

    it('restores no revision that would make an item verified or declined again without its evidence or reason', async () => {
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Restored items', actionItems: [{ id: 'R-1', title: 'Add the check', owner: 'member@example.com', due: '2024-01-10', priority: 'P2', status: 'done' }, { id: 'R-2', title: 'Rewrite the runbook', owner: 'member@example.com', due: '2024-01-10', priority: 'P3' }] } });
      const { id } = created.json();
      const url = `/api/v1/postmortems/${id}`;
      expect((await server().call('editor', 'PATCH', `${url}/action-items/R-2`, { json: { status: 'wont_do', reason: 'the runbook is retired' } })).statusCode).toBe(200);
      expect((await server().call('editor', 'POST', `${url}/action-items/R-1/verify`, { json: { evidence: 'CI run 9 fired the alert' } })).statusCode).toBe(200);
      // Reopened since (version 5): their evidence and reason are gone with their statuses.
      for (const key of ['R-1', 'R-2']) expect((await server().call('editor', 'PATCH', `${url}/action-items/${key}`, { json: { status: 'open' } })).statusCode).toBe(200);
      const restore = (n: number) => server().call('editor', 'POST', `${url}/revisions/${n}/restore`, { headers: { 'if-match': '"5"' } });
      const declined = await restore(2);
      expect(declined.statusCode).toBe(422);
      expect(declined.json().error.details).toEqual([{ path: 'actionItems.1.status', message: expect.stringMatching(/won\u2019t do needs a reason/) }]);
      expect(declined.json().error.message).toContain(`restoring revision 2 (do this first, then restore): actionItems.1.status: "Rewrite the runbook" is newly won't do`);
      const verified = await restore(3);
      expect(verified.statusCode).toBe(409);
      expect(verified.json().error.message).toContain(`restoring revision 3 (do this first, then restore): actionItems.0.status: an item is verified by someone other than its owner, with evidence that it works: POST /api/v1/postmortems/${id}/action-items/R-1/verify`);
      expect((await server().call('viewer', 'GET', url)).json()).toMatchObject({ version: 5, actionItems: [{ status: 'open' }, { status: 'open' }] });
      // The first revision, with neither, restores.
      expect((await restore(1)).statusCode).toBe(200);
    });

    it('refuses a verification by the item\u2019s owner', async () => {
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Own item', actionItems: [{ id: 'O-1', title: 'Add the check', owner: 'member@example.com', due: '2024-01-10', priority: 'P2', status: 'done' }] } });
      const url = `/api/v1/postmortems/${created.json().id}/action-items/O-1/verify`;
      const own = await server().call('member', 'POST', url, { json: { evidence: 'I checked it' } });
      expect(own.statusCode).toBe(403);
      expect(own.json().error.message).toMatch(/you own action item O-1: someone else verifies/);
      expect((await server().call('editor', 'POST', url, { json: { evidence: 'the check ran in CI run 7' } })).statusCode).toBe(200);
    });

    it('answers 404 for an unknown item or postmortem, 422 for an unknown status, 403 for viewers', async () => {
      const { id } = await withItems();
      expect((await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}/action-items/AI-9`, { json: { status: 'done' } })).statusCode).toBe(404);
      expect((await server().call('editor', 'PATCH', '/api/v1/postmortems/pm-nope/action-items/0', { json: { status: 'done' } })).statusCode).toBe(404);
      expect((await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}/action-items/0`, { json: { status: 'closed' } })).statusCode).toBe(422);
      expect((await server().call('viewer', 'PATCH', `/api/v1/postmortems/${id}/action-items/0`, { json: { status: 'done' } })).statusCode).toBe(403);
    });
  });
});
