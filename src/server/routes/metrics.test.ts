import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serverOver, type ServerHarness } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

const DAY = 86_400_000;

forEachEngine((engine) => {
  describe('GET /metrics/action-items', () => {
    // Days later than any real time (and than the other engine's run): the store's timestamps only move forward.
    const base = Date.parse('2028-03-01T09:00:00Z') + (engine.name === 'postgres' ? 500 : 0) * DAY;
    const day = (n: number) => new Date(base + n * DAY).toISOString().slice(0, 10);
    let server: ServerHarness;
    beforeAll(async () => {
      // The test users and their tokens are made on the day before, so that they hold for the weeks the test moves on.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(base - DAY);
      server = await serverOver(await engine.openStore());
    });
    afterAll(async () => {
      vi.useRealTimers();
      await server.app.close();
      await server.store.close();
    });

    it('gives the share of due items closed by their due date, per team and owner, and raises the alarm under 70%', async () => {
      vi.setSystemTime(base);
      const created = await server.call('editor', 'POST', '/api/v1/postmortems', {
        json: {
          title: 'Ledger lag',
          teams: ['Payments'],
          actionItems: [
            { id: 'A', title: 'Cap the replication lag', owner: 'Dana Ortiz', due: day(10), priority: 'P1' },
            { id: 'B', title: 'Alert on lag', owner: 'Lee Park', due: day(10), priority: 'P2' },
            { id: 'C', title: 'Document the failover', owner: 'Lee Park', due: day(10), priority: 'P3' },
            { id: 'D', title: 'Rehearse the failover', owner: 'Lee Park', due: day(40), priority: 'P3' },
          ],
        },
      });
      const id = created.json().id as string;
      const items = `/api/v1/postmortems/${id}/action-items`;
      vi.setSystemTime(base + 5 * DAY);
      expect((await server.call('editor', 'PATCH', `${items}/A`, { json: { status: 'done' } })).statusCode).toBe(200);
      vi.setSystemTime(base + 6 * DAY);
      expect((await server.call('member', 'POST', `${items}/A/verify`, { json: { evidence: 'lag capped at 5 s in the game day' } })).statusCode).toBe(200);
      vi.setSystemTime(base + 8 * DAY);
      expect((await server.call('editor', 'PATCH', `${items}/B`, { json: { status: 'done' } })).statusCode).toBe(200);

      vi.setSystemTime(base + 20 * DAY);
      const report = (await server.call('viewer', 'GET', '/api/v1/metrics/action-items')).json();
      expect(report).toMatchObject({
        requireVerification: true,
        alarmBelow: 0.7,
        overall: { rate: 1 / 3, closedOnTime: 1, due: 3, declined: 0, alarm: true },
        byTeam: [{ team: 'payments', rate: 1 / 3, due: 3, alarm: true }],
        byOwner: [
          { owner: 'Dana Ortiz', rate: 1, due: 1 },
          { owner: 'Lee Park', rate: 0, due: 2 },
        ],
      });
      expect(report.weekly).toHaveLength(13);
      expect(report.weekly.at(-1)).toMatchObject({ rate: 1 / 3 });
      expect((await server.call('viewer', 'GET', '/api/v1/metrics/action-items?owner=lee%20park')).json().overall).toMatchObject({ rate: 0, due: 2 });
      expect((await server.call('viewer', 'GET', '/api/v1/metrics/action-items?team=ledger')).json().overall).toMatchObject({ rate: null, due: 0, alarm: false });

      // Where an admin turns verification off, done closes an item.
      const policy = await server.call('admin', 'PUT', '/api/v1/policy', { json: { document: 'actionItems:\n  requireVerification: false\n' } });
      expect(policy.statusCode, policy.body).toBe(200);
      expect((await server.call('viewer', 'GET', '/api/v1/metrics/action-items')).json().overall).toMatchObject({ rate: 2 / 3, closedOnTime: 2, due: 3, alarm: true });
      expect((await server.call('viewer', 'GET', '/api/v1/metrics/action-items?team=x&extra=1')).statusCode).toBe(422);
    });
  });
});
