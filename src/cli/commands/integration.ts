/**
 * `debrief integration list|add|show|remove`: the alerting tools whose webhooks make incidents, the trackers and the
 * Slack and PagerDuty tokens of the timeline import's live fetch (admins change them; addresses in their settings
 * pass the outbound guard, private ones only with DEBRIEF_NOTIFY_PRIVATE_ADDRESSES=allow),
 * on the same store as `debrief serve`, with the same DEBRIEF_SECRET_KEY. A generated secret is printed once, when
 * the integration is added; `show` gives the hook path and the latest deliveries. Secrets are never printed again.
 */
import { InputError } from '../../core/errors.js';
import { isFetchTokenKind, type PublicIntegration } from '../../core/integrations.js';
import { checkIntegrationUrls } from '../../integrations/outbound-urls.js';
import { allowPrivateFrom } from '../../jobs/jobs-settings.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { HookDelivery, Store } from '../../store/store.types.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';

/** What `debrief integration` can do. */
export type IntegrationAction = 'list' | 'add' | 'show' | 'remove';

/** The options `debrief integration` accepts. */
export interface IntegrationOptions extends StoreOptions {
  as?: string;
  scope?: string;
  name?: string;
  kind?: string;
  /** `key=value` settings of the kind (repeatable). */
  set?: string[];
  secret?: string;
  webhookSecret?: string;
  format?: 'text' | 'json';
}

/** The path a vendor posts an integration's deliveries to (under the server's address); `-` for a live-fetch token, which has none. */
function hookPath(i: PublicIntegration): string {
  return isFetchTokenKind(i.kind) ? '-' : `/api/v1/hooks/${i.kind}/${i.id}`;
}

/** An integration as a line: id, scope, name, kind, whether it has a secret (its hint), hook path. */
function integrationLine(i: PublicIntegration): string {
  return [i.id, i.scope, i.name, i.kind, i.hasSecret ? `secret ${i.secretHint ?? ''}` : 'no secret', hookPath(i)].join('\t') + '\n';
}

/** A delivery as a line. */
function deliveryLine(d: HookDelivery): string {
  return ['  ', d.receivedAt, d.outcome, d.status, d.incidentId ?? '-', d.detail].join('\t').trimEnd() + '\n';
}

/** The settings `--set key=value` gives (`null` for a value of `null`); InputError naming a flag without `=`. */
function settingsOf(pairs: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0) throw new InputError(`--set ${pair}: expected key=value, e.g. --set auth=basic`);
      const value = pair.slice(at + 1);
      return [pair.slice(0, at), value === 'null' ? null : value];
    }),
  );
}

/** Does the action; answers what to print. */
async function perform(store: Store, action: IntegrationAction, id: string | undefined, options: IntegrationOptions): Promise<string> {
  const json = options.format === 'json';
  if (action === 'list') {
    const items = await store.listIntegrations(options.kind);
    return json ? `${JSON.stringify(items, null, 2)}\n` : items.length === 0 ? 'no integrations\n' : items.map(integrationLine).join('');
  }
  if (action === 'add') {
    const actor = await actorFor(store, options.as, 'integration add');
    const input = { kind: options.kind, name: options.name, scope: options.scope ?? 'instance', settings: settingsOf(options.set ?? []), ...(options.secret === undefined ? {} : { secret: options.secret }), ...(options.webhookSecret === undefined ? {} : { webhookSecret: options.webhookSecret }) };
    await checkIntegrationUrls(input, true, { allowPrivate: allowPrivateFrom(process.env) });
    const saved = await store.createIntegration(actor, input);
    const secret = saved.newSecret === null ? '' : `secret (shown only now): ${saved.newSecret}\n`;
    return json ? `${JSON.stringify({ integration: saved.integration, secret: saved.newSecret }, null, 2)}\n` : `${integrationLine(saved.integration)}${secret}`;
  }
  if (id === undefined) throw new InputError(`integration ${action}: which integration? Give its id (see debrief integration list)`);
  if (action === 'remove') {
    await store.deleteIntegration(await actorFor(store, options.as, 'integration remove'), id);
    return `removed integration ${id}\n`;
  }
  const integration = await store.getIntegration(id);
  const deliveries = await store.listHookDeliveries(id, 20);
  if (json) return `${JSON.stringify({ integration, hookPath: hookPath(integration), deliveries }, null, 2)}\n`;
  const settings = Object.entries(integration.settings).map(([k, v]) => `${k}=${v === null ? 'null' : String(v)}`).join(' ') || '(none)';
  return `${integrationLine(integration)}settings: ${settings}\n${deliveries.length === 0 ? 'no deliveries yet\n' : `deliveries, newest first:\n${deliveries.map(deliveryLine).join('')}`}`;
}

/** Runs `debrief integration <action> [id]`. */
export async function integrationCommand(action: IntegrationAction, id: string | undefined, options: IntegrationOptions): Promise<number> {
  writeOut(await withStore(resolveStoreOptions(options), (store) => perform(store, action, id, options)));
  return EXIT.ok;
}
