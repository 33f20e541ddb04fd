/**
 * Testing an integration: its secret opens under the instance's key. A hook's, without its vendor: a sample delivery
 * signed as the vendor signs it passes the same verification a real one does, and the same delivery unsigned is
 * refused; the sample reads as an incident. A tracker's: the tracker takes the credential and has the configured
 * project, team or repository. A live-fetch token's (slack-api, pagerduty-api): the tool takes it (Slack `auth.test`,
 * PagerDuty `GET /abilities`). And the last delivery logged, with its outcome. Nothing is stored.
 */
import { isFetchTokenKind, isHookKind, type ConnectionTest, type FetchTokenKind, type PublicIntegration, type TestCheck } from '../../core/integrations.js';
import { checkFetchToken, type FetchSource } from '../../importers/live-fetch.js';
import type { AddressPolicy } from '../channels/ssrf-guard.js';
import { checkStoredApiUrl } from '../outbound-urls.js';
import { isTrackerKind, type TrackerKind, type TrackerSettings } from '../../core/trackers.js';
import { isoAt } from '../../store/clock.js';
import { trackerClient } from '../trackers/clients.js';
import { trackerErrorOf } from '../trackers/tracker-error.js';
import type { HookDelivery, Store } from '../../store/store.types.js';
import { sampleDelivery } from './samples.js';
import { readHook } from './signals.js';
import { sampleHeaders, verifyDelivery } from './verify.js';

/** An integration's secret opened, or the failed check (named `name`) saying why it cannot be (`missing`: none is set). */
async function openSecret(store: Store, integration: PublicIntegration, name: string, missing: string): Promise<{ secret: string } | { failed: TestCheck[] }> {
  try {
    const secret = (await store.hookIntegrations(integration.kind, integration.id))[0]?.secret ?? null;
    return secret === null ? { failed: [{ name, ok: false, detail: missing }] } : { secret };
  } catch (error) {
    return { failed: [{ name, ok: false, detail: error instanceof Error ? error.message : String(error) }] };
  }
}

/** The checks of a hook's secret and verification, on a sample delivery. */
async function hookChecks(store: Store, integration: PublicIntegration & { kind: Parameters<typeof readHook>[0] }): Promise<TestCheck[]> {
  const opened = await openSecret(store, integration, 'secret', 'no secret is set: deliveries cannot be verified');
  if ('failed' in opened) return opened.failed;
  const { secret } = opened;
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

/** The checks of a tracker: its credential opens, and the tracker takes it and has the project, team or repository. */
async function trackerChecks(store: Store, integration: PublicIntegration & { kind: TrackerKind }, outbound: AddressPolicy): Promise<TestCheck[]> {
  const opened = await openSecret(store, integration, 'credential', 'no API credential is set: set it as the secret');
  if ('failed' in opened) return opened.failed;
  const credential: TestCheck = { name: 'credential', ok: true, detail: `opens under DEBRIEF_SECRET_KEY (${integration.secretHint ?? ''})` };
  try {
    const found = await (await trackerClient(integration.kind, integration.settings as TrackerSettings, opened.secret, store.now, outbound)).check();
    return [credential, { name: 'connection', ok: true, detail: found }];
  } catch (error) {
    return [credential, { name: 'connection', ok: false, detail: trackerErrorOf(integration.name, error, store.now()).message }];
  }
}

/** Where the live fetch calls when an integration names no address, and what a stored address may be. */
export interface FetchTestSettings {
  apis: Partial<Record<FetchSource, string>>;
  outbound: AddressPolicy;
}

/** The checks of a live-fetch token: it opens, and the tool (at the integration's address, else the server's) takes it. */
async function fetchTokenChecks(store: Store, integration: PublicIntegration & { kind: FetchTokenKind }, settings: FetchTestSettings): Promise<TestCheck[]> {
  const opened = await openSecret(store, integration, 'token', 'no API token is set: set it as the secret');
  if ('failed' in opened) return opened.failed;
  const token: TestCheck = { name: 'token', ok: true, detail: `opens under DEBRIEF_SECRET_KEY (${integration.secretHint ?? ''})` };
  const source = integration.kind === 'slack-api' ? 'slack' : 'pagerduty';
  const { apiUrl } = integration.settings as { apiUrl?: string | null };
  try {
    if (typeof apiUrl === 'string') await checkStoredApiUrl(apiUrl, integration.name, settings.outbound);
    return [token, { name: 'connection', ok: true, detail: await checkFetchToken({ source, token: opened.secret, apiUrl: apiUrl ?? settings.apis[source] }) }];
  } catch (error) {
    return [token, { name: 'connection', ok: false, detail: error instanceof Error ? error.message : String(error) }];
  }
}

/** The checks of an integration by its kind. */
function checksOf(store: Store, integration: PublicIntegration, settings: FetchTestSettings): Promise<TestCheck[]> {
  const kind = integration.kind;
  if (isHookKind(kind)) return hookChecks(store, { ...integration, kind });
  if (isTrackerKind(kind)) return trackerChecks(store, { ...integration, kind }, settings.outbound);
  return isFetchTokenKind(kind) ? fetchTokenChecks(store, { ...integration, kind }, settings) : Promise.resolve([]);
}

/**
 * Tests an integration (a hook: its secret, signature and reading; a tracker: its credential against the tracker; a
 * live-fetch token: the tool takes it; and its last delivery, for kinds that receive them).
 */
export async function connectionTest(store: Store, integration: PublicIntegration, settings: FetchTestSettings = { apis: {}, outbound: { allowPrivate: false } }): Promise<ConnectionTest<HookDelivery>> {
  const checks = await checksOf(store, integration, settings);
  if (isFetchTokenKind(integration.kind)) return { ok: checks.every((c) => c.ok), checks, lastDelivery: null };
  const [lastDelivery = null] = await store.listHookDeliveries(integration.id, 1);
  const lastOk = lastDelivery === null || !['refused', 'failed'].includes(lastDelivery.outcome);
  if (lastDelivery === null) checks.push({ name: 'last delivery', ok: true, detail: 'none received yet: paste the hook URL into the vendor and send a test from there' });
  else checks.push({ name: 'last delivery', ok: lastOk, detail: `${lastDelivery.receivedAt}: ${lastDelivery.outcome} (${lastDelivery.status}) ${lastDelivery.detail}`.trim() });
  return { ok: checks.every((c) => c.ok), checks, lastDelivery };
}
