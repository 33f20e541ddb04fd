import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_SOURCE } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';
import { incidentFactsSchema } from '../core/incident.js';
import { recordIncident } from '../server/practice/incidents.js';
import { openStore, type StoreOptions } from '../store/open-store.js';
import type { Actor, Store } from '../store/store.types.js';
import { startJobs } from './start-jobs.js';

/** The webhook ids the receiver got (one per delivery). */
const deliveries: string[] = [];
let receiver: http.Server;
let receiverUrl = '';
beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    deliveries.push(String(request.headers['webhook-id']));
    request.resume().on('end', () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

const logger = pino({ level: 'silent' });
const SETTINGS = { intervalSeconds: 1, allowPrivate: true };

/** A store with an admin, an instance channel to the receiver and an incident whose draft deadline has passed. */
async function seed(options: StoreOptions, clock: () => number): Promise<Store> {
  const store = await openStore({ ...options, clock });
  const admin = await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
  const actor: Actor = { userId: admin.id, email: admin.email, role: 'admin' };
  await store.createChannel(actor, 'instance', { name: 'Sheriff hook', kind: 'webhook', url: receiverUrl });
  await recordIncident(store, actor, incidentFactsSchema.parse({ title: 'Checkout 502s', severity: 'SEV2', resolvedAt: '2026-03-02T09:00:00Z', customerImpactMinutes: 42 }));
  return store;
}

forEachEngine((engine) => {
  describe('the scheduler', () => {
    // Wednesday 2026-03-04 12:00 UTC: every deadline but the last has passed, and this week's digest is due.
    const clock = () => Date.parse('2026-03-04T12:00:00Z');

    it(engine.name === 'postgres' ? 'runs the pass on two instances over one database and delivers each notification once' : 'runs the pass at start and on its interval in one process', async () => {
      deliveries.length = 0;
      const options = engine.freshOptions();
      const first = await seed(options, clock);
      const stores = engine.name === 'postgres' ? [first, await openStore({ ...options, clock })] : [first];
      const schedulers = await Promise.all(stores.map((store) => startJobs(store, options, SETTINGS, logger)));
      try {
        // Two deadlines late (draft, meeting) and the digest: three notifications, whichever instance sends them.
        await vi.waitFor(() => expect(deliveries.length).toBeGreaterThanOrEqual(3), { timeout: 20_000, interval: 100 });
      } finally {
        await Promise.all(schedulers.map((s) => s?.stop()));
        await Promise.all(stores.map((s) => s.close()));
      }
      expect(deliveries).toHaveLength(3);
      expect(new Set(deliveries).size).toBe(3);
    });

    it('does not run when the interval is 0', async () => {
      const options = engine.freshOptions();
      const store = await openStore(options);
      expect(await startJobs(store, options, { intervalSeconds: 0, allowPrivate: false }, logger)).toBeNull();
      await store.close();
    });
  });
});
