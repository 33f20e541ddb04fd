/**
 * Testing an integration without its vendor: its secret opens under the instance's key; a sample delivery signed as
 * the vendor signs it passes the same verification a real one does, and the same delivery unsigned is refused; the
 * sample reads as an incident; and the last delivery the hook really received, with its outcome. Nothing is stored.
 */
import { isHookKind, type ConnectionTest, type PublicIntegration, type TestCheck } from '../../core/integrations.js';
import { isoAt } from '../../store/clock.js';
import type { HookDelivery, Store } from '../../store/store.types.js';
import { sampleDelivery } from './samples.js';
import { readHook } from './signals.js';
import { sampleHeaders, verifyDelivery } from './verify.js';

/** The checks of a hook's secret and verification, on a sample delivery. */
async function hookChecks(store: Store, integration: PublicIntegration & { kind: Parameters<typeof readHook>[0] }): Promise<TestCheck[]> {
  let secret: string | null;
  try {
    secret = (await store.hookIntegrations(integration.kind, integration.id))[0]?.secret ?? null;
  } catch (error) {
    return [{ name: 'secret', ok: false, detail: error instanceof Error ? error.message : String(error) }];
  }
  if (secret === null) return [{ name: 'secret', ok: false, detail: 'no secret is set: deliveries cannot be verified' }];
  const now = store.now();
  const body = sampleDelivery(integration.kind, isoAt(now));
  const signed = verifyDelivery(integration.kind, integration.settings, secret, sampleHeaders(integration.kind, integration.settings, secret, body, now), body, now);
  const unsigned = verifyDelivery(integration.kind, integration.settings, secret, {}, body, now);
  const [signal] = readHook(integration.kind, JSON.parse(body.toString('utf8')), isoAt(now)).signals;
  return [
    { name: 'secret', ok: true, detail: `opens under DEBRIEF_SECRET_KEY (${integration.secretHint ?? ''})` },
    { name: 'signed sample', ok: signed.ok, detail: signed.ok ? `a sample ${integration.kind} delivery signed as the vendor signs it verifies` : signed.reason },
    { name: 'unsigned sample', ok: !unsigned.ok, detail: unsigned.ok ? 'an unsigned delivery was accepted: check the settings' : `an unsigned delivery is refused (${unsigned.reason})` },
    { name: 'reading', ok: signal !== undefined, detail: signal === undefined ? 'the sample did not read as an incident' : `the sample reads as: ${signal.action} "${signal.title}"` },
  ];
}

/** Tests an integration (a hook: its secret, signature and reading; and its last delivery). */
export async function connectionTest(store: Store, integration: PublicIntegration): Promise<ConnectionTest<HookDelivery>> {
  const kind = integration.kind;
  const checks = isHookKind(kind) ? await hookChecks(store, { ...integration, kind }) : [];
  const [lastDelivery = null] = await store.listHookDeliveries(integration.id, 1);
  const lastOk = lastDelivery === null || !['refused', 'failed'].includes(lastDelivery.outcome);
  if (lastDelivery === null) checks.push({ name: 'last delivery', ok: true, detail: 'none received yet: paste the hook URL into the vendor and send a test from there' });
  else checks.push({ name: 'last delivery', ok: lastOk, detail: `${lastDelivery.receivedAt}: ${lastDelivery.outcome} (${lastDelivery.status}) ${lastDelivery.detail}`.trim() });
  return { ok: checks.every((c) => c.ok), checks, lastDelivery };
}
