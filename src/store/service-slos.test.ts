import { expect, it } from 'vitest';
import { forEachEngine, storePerTest } from '../../test/store-engines.js';
import { actors } from '../../test/store-fixtures.js';
import { ForbiddenError, InputError, NotFoundError } from '../core/errors.js';

forEachEngine((engine) => {
  const store = storePerTest(engine);

  it('keeps one SLO per service, replaced in any case of its name, listed by service', async () => {
    await store().putSlo(actors.admin, { service: 'search', targetPercent: 99.5, windowDays: 28 });
    const first = await store().putSlo(actors.admin, { service: 'checkout-api', targetPercent: 99.9, windowDays: 30 });
    const replaced = await store().putSlo(actors.admin, { service: 'Checkout-API', targetPercent: 99.95, windowDays: 7 });
    expect(replaced).toMatchObject({ service: 'Checkout-API', targetPercent: 99.95, windowDays: 7, createdAt: first.createdAt });
    expect((await store().listSlos()).map(({ service, targetPercent, windowDays }) => ({ service, targetPercent, windowDays }))).toEqual([
      { service: 'Checkout-API', targetPercent: 99.95, windowDays: 7 },
      { service: 'search', targetPercent: 99.5, windowDays: 28 },
    ]);
    await store().deleteSlo(actors.admin, 'checkout-api');
    expect((await store().listSlos()).map((s) => s.service)).toEqual(['search']);
  });

  it('audits every change with who made it', async () => {
    await store().putSlo(actors.admin, { service: 'checkout-api', targetPercent: 99.9, windowDays: 30 });
    await store().deleteSlo(actors.admin, 'checkout-api');
    const events = (await store().listAudit({}, {})).items.filter((e) => e.action.startsWith('slo.'));
    expect(events.map((e) => [e.action, e.target, e.actor.email])).toEqual([
      ['slo.deleted', 'checkout-api', actors.admin.email],
      ['slo.saved', 'checkout-api', actors.admin.email],
    ]);
    expect(events[1]?.details).toEqual({ targetPercent: 99.9, windowDays: 30, created: true });
  });

  it('lets only admins change SLOs', async () => {
    await expect(store().putSlo(actors.editor, { service: 'checkout-api', targetPercent: 99.9, windowDays: 30 })).rejects.toThrow(ForbiddenError);
    await expect(store().deleteSlo(actors.editor, 'checkout-api')).rejects.toThrow(ForbiddenError);
  });

  it('refuses a target outside (0, 100) or a window that is not whole days, naming the field', async () => {
    await expect(store().putSlo(actors.admin, { service: 'checkout-api', targetPercent: 100, windowDays: 30 })).rejects.toThrow(InputError);
    const error = await store()
      .putSlo(actors.admin, { service: 'checkout-api', targetPercent: 99.9, windowDays: 1.5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).details).toEqual([{ path: 'windowDays', message: 'must be whole days' }]);
    expect(await store().listSlos()).toEqual([]);
  });

  it('answers NotFound for removing an SLO a service does not have', async () => {
    await expect(store().deleteSlo(actors.admin, 'nope')).rejects.toThrow(NotFoundError);
  });
});
