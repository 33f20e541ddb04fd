import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

const OUTAGE = {
  title: 'Checkout down',
  services: ['checkout-api', 'search'],
  times: { startedAt: '2024-03-01T14:00:00Z', resolvedAt: '2024-03-01T14:42:00Z' },
  impact: { text: 'Every checkout failed.', errorRate: '100%' },
};

forEachEngine((engine) => {
  describe('service level objectives', () => {
    const server = serverPerFile(engine);

    it('lets admins set and remove SLOs, everyone read them, and audits each change', async () => {
      expect((await server().call('editor', 'PUT', '/api/v1/slos/checkout-api', { json: { targetPercent: 99.9, windowDays: 30 } })).statusCode).toBe(403);
      const set = await server().call('admin', 'PUT', '/api/v1/slos/checkout-api', { json: { targetPercent: 99.9, windowDays: 30 } });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json()).toMatchObject({ service: 'checkout-api', targetPercent: 99.9, windowDays: 30 });
      const listed = await server().call('viewer', 'GET', '/api/v1/slos');
      expect(listed.json().items).toEqual([expect.objectContaining({ service: 'checkout-api', targetPercent: 99.9, windowDays: 30 })]);
      expect((await server().call('admin', 'GET', '/api/v1/audit?action=slo.saved')).json().items).toEqual([expect.objectContaining({ target: 'checkout-api', details: { targetPercent: 99.9, windowDays: 30, created: true } })]);
      expect((await server().call('editor', 'DELETE', '/api/v1/slos/checkout-api')).statusCode).toBe(403);
      expect((await server().call('admin', 'DELETE', '/api/v1/slos/CHECKOUT-API')).statusCode).toBe(204);
      expect((await server().call('admin', 'DELETE', '/api/v1/slos/checkout-api')).statusCode).toBe(404);
      expect((await server().call('admin', 'GET', '/api/v1/audit?action=slo.deleted')).json().items).toHaveLength(1);
      expect((await server().call('viewer', 'GET', '/api/v1/slos')).json().items).toEqual([]);
    });

    it('refuses a target or window out of range, naming the field', async () => {
      const bad = await server().call('admin', 'PUT', '/api/v1/slos/checkout-api', { json: { targetPercent: 100, windowDays: 0 } });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().error.details).toEqual([
        expect.objectContaining({ path: 'targetPercent', message: expect.stringContaining('must be below 100') }),
        expect.objectContaining({ path: 'windowDays', message: expect.stringContaining('at least 1 day') }),
      ]);
      const fraction = await server().call('admin', 'PUT', '/api/v1/slos/checkout-api', { json: { targetPercent: 0.999, windowDays: 30 } });
      expect(fraction.json().error.details).toEqual([expect.objectContaining({ path: 'targetPercent', message: expect.stringContaining('write 99.9 for 99.9%') })]);
    });

    it('measures every postmortem against the stored SLOs, on read and on write, each figure with its inputs', async () => {
      expect((await server().call('admin', 'PUT', '/api/v1/slos/checkout-api', { json: { targetPercent: 99.9, windowDays: 30 } })).statusCode).toBe(200);
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', { json: OUTAGE });
      expect(created.statusCode, created.body).toBe(201);
      const impact = created.json().derived.impact;
      expect(impact).toMatchObject({ impactMinutes: 42, errorPercent: 100, badMinutes: 42, missing: [] });
      expect(impact.services).toEqual([
        expect.objectContaining({ service: 'checkout-api', budgetMinutes: 43.2, budgetConsumedPercent: 97.3, availabilityPercent: 99.9027 }),
        expect.objectContaining({ service: 'search', slo: null, budgetConsumedPercent: null, missing: [expect.stringContaining('an SLO for search')] }),
      ]);
      expect(impact.services[0].inputs.budgetMinutes).toBe('43200 window minutes × (100% − 99.9%)');

      const id = created.json().id as string;
      const read = async () => (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json().derived.impact.services;
      expect(await read()).toEqual(impact.services);
      expect((await server().call('admin', 'PUT', '/api/v1/slos/search', { json: { targetPercent: 99.5, windowDays: 7 } })).statusCode).toBe(200);
      expect((await read())[1]).toMatchObject({ service: 'search', budgetMinutes: 50.4, budgetConsumedPercent: 83.4 });
    });
  });
});
