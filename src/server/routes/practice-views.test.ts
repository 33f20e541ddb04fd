import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';


forEachEngine((engine) => {
  describe('the dashboard and the digest', () => {
    // The store's clock: deadlines and overdue items are read against it.
    let now = Date.parse('2026-03-02T12:00:00Z');
    const server = serverPerFile(engine, {}, { clock: () => now });

    it('shows each user what they owe, then what is owed and late across the teams, overdue items by owner, open P1s and the completion rate', async () => {
      const incident = (await server().call('editor', 'POST', '/api/v1/incidents', { json: { title: 'Checkout 502s', severity: 'SEV2', resolvedAt: '2026-03-02T10:00:00Z', customerImpactMinutes: 42, teams: ['Payments'] } })).json();
      // The editor writes the drafted postmortem and owns one of its items; the member owns another, done, waiting for verification.
      const pmUrl = `/api/v1/postmortems/${incident.postmortemId}`;
      const current = await server().call('editor', 'GET', pmUrl);
      const items = [
        { id: 'AI-1', title: 'Fail the deploy when the pool size is unset', owner: 'editor@example.com', due: '2026-03-01', priority: 'P1', status: 'open' },
        { id: 'AI-2', title: 'Alert on pool saturation', owner: 'member@example.com', due: '2026-03-20', priority: 'P2', status: 'done' },
      ];
      const edited = await server().call('editor', 'PATCH', pmUrl, { json: { author: 'editor@example.com', actionItems: items }, headers: { 'if-match': current.headers.etag as string } });
      expect(edited.statusCode, edited.body).toBe(200);
      // A security incident: its title stays out of the digest.
      await server().call('editor', 'POST', '/api/v1/incidents', { json: { title: 'Leaked key in the mobile app', severity: 'SEV3', securityExposure: true, resolvedAt: '2026-03-02T09:00:00Z' } });

      now = Date.parse('2026-03-03T11:00:00Z');
      const mine = (await server().call('editor', 'GET', '/api/v1/dashboard')).json();
      expect(mine.mine.owed.map((o: { incident: { id: string } }) => o.incident.id)).toEqual([incident.id]);
      expect(mine.mine.owed[0]).toMatchObject({ late: ['draftBy'], dueSoon: [] });
      expect(mine.mine.actionItems.map((r: { key: string }) => r.key)).toEqual(['AI-1']);
      expect(mine.mine.verifications.map((r: { key: string }) => r.key)).toEqual(['AI-2']);
      expect(mine.owed.map((o: { incident: { title: string } }) => o.incident.title)).toEqual(['Checkout 502s', 'Leaked key in the mobile app']);
      expect(mine.overdueByOwner).toMatchObject([{ owner: 'editor@example.com', total: 1, items: [{ key: 'AI-1' }] }]);
      expect(mine.counts).toEqual({ owed: 2, late: 2, overdue: 1, openP1: 1, awaitingVerification: 1 });
      expect(mine.openP1.map((r: { key: string }) => r.key)).toEqual(['AI-1']);
      expect(mine.completion).toMatchObject({ requireVerification: true, overall: { due: expect.any(Number) } });
      // The member owes no postmortem, and verifying their own item is not theirs to do.
      const member = (await server().call('member', 'GET', '/api/v1/dashboard')).json();
      expect(member.mine).toEqual({ owed: [], actionItems: [], verifications: [] });

      const digest = await server().call('viewer', 'GET', '/api/v1/digest?format=md');
      expect(digest.statusCode).toBe(200);
      expect(digest.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(digest.body).toMatch(/^# Postmortem digest, 2026-03-03\n/);
      expect(digest.body).toContain('## Postmortems owed: 2, late: 2');
      expect(digest.body).toContain(`- ${incident.id} Checkout 502s (SEV2, full): draft late (was due 2026-03-03 10:00 UTC)`);
      expect(digest.body).toContain('security incident (title withheld)');
      expect(digest.body).not.toContain('Leaked key');
      expect(digest.body).toContain('### editor@example.com (1)\n\n- AI-1 Fail the deploy when the pool size is unset (P1, due 2026-03-01, editor@example.com)');
      expect(digest.body).toContain('## Waiting for verification: 1');
      // What is derived is computed again after a write, at the same instant.
      expect((await server().call('editor', 'POST', `${pmUrl}/action-items/AI-2/verify`, { json: { evidence: 'the alert fired in the game day' } })).statusCode).toBe(200);
      expect((await server().call('editor', 'GET', '/api/v1/dashboard')).json()).toMatchObject({ mine: { verifications: [] }, counts: { awaitingVerification: 0 } });
      const json = (await server().call('viewer', 'GET', '/api/v1/digest')).json();
      expect(json).toMatchObject({ at: '2026-03-03T11:00:00.000Z', owed: [{ late: ['draftBy'] }, { late: ['draftBy'] }] });
      expect(json).not.toHaveProperty('mine');
    });
  });
});
