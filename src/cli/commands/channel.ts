/**
 * `debrief channel list|add|update|remove|deliveries`: notification channels (admins) and the delivery log, on the same
 * store as `debrief serve`. A generated webhook secret is printed once, when the channel is added; `update --scope`
 * moves a channel between a team and the whole instance.
 */
import { InputError } from '../../core/errors.js';
import type { PublicChannel } from '../../core/channels.js';
import { checkReceiverUrl } from '../../integrations/channels/ssrf-guard.js';
import { allowPrivateFrom } from '../../jobs/jobs-settings.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { Store } from '../../store/store.types.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';

/** What `debrief channel` can do. */
export type ChannelAction = 'list' | 'add' | 'update' | 'remove' | 'deliveries';

/** The options `debrief channel` accepts. */
export interface ChannelOptions extends StoreOptions {
  as?: string;
  scope?: string;
  name?: string;
  kind?: string;
  to?: string[];
  url?: string;
  secret?: string;
  outcome?: string;
  format?: 'text' | 'json';
}

/** A channel as a line: id, scope, name, kind, where it goes (never a secret). */
function channelLine(c: PublicChannel): string {
  const where = c.config.kind === 'email' ? c.config.to.join(',') : c.config.url;
  return [c.id, c.scope, c.name, c.config.kind, where].join('\t') + '\n';
}

/** The channel fields the flags give. */
function channelInput(options: ChannelOptions): Record<string, unknown> {
  return { name: options.name, kind: options.kind, ...(options.to === undefined ? {} : { to: options.to }), ...(options.url === undefined ? {} : { url: options.url }), ...(options.secret === undefined ? {} : { secret: options.secret }) };
}

/** Refuses a receiver in a private range unless DEBRIEF_NOTIFY_PRIVATE_ADDRESSES=allow, as the API does. */
async function checkUrl(url: string | undefined): Promise<void> {
  if (url !== undefined) await checkReceiverUrl(url, { allowPrivate: allowPrivateFrom(process.env) });
}

/** Does the action; answers what to print. */
async function perform(store: Store, action: ChannelAction, id: string | undefined, options: ChannelOptions): Promise<string> {
  const json = options.format === 'json';
  if (action === 'list') {
    const channels = await store.listChannels(options.scope);
    return json ? `${JSON.stringify(channels, null, 2)}\n` : channels.length === 0 ? 'no channels\n' : channels.map(channelLine).join('');
  }
  if (action === 'deliveries') {
    const page = await store.listDeliveries({ ...(id === undefined ? {} : { channelId: id }), ...(options.outcome === undefined ? {} : { outcome: options.outcome as 'sent' }) }, { limit: 100 });
    return json ? `${JSON.stringify(page.items, null, 2)}\n` : page.items.map((d) => [d.at, d.outcome, d.channelName ?? d.channelId, d.type, d.status ?? '-', d.error ?? '', d.subject].join('\t') + '\n').join('') || 'no deliveries\n';
  }
  const actor = await actorFor(store, options.as, `channel ${action}`);
  if (action === 'add') {
    if (options.scope === undefined) throw new InputError('channel add: --scope is required: instance, or team:NAME');
    await checkUrl(options.url);
    const saved = await store.createChannel(actor, options.scope, channelInput(options));
    const secret = saved.newSecret === null ? '' : `signing secret (shown only now): ${saved.newSecret}\n`;
    return json ? `${JSON.stringify({ channel: saved.channel, secret: saved.newSecret }, null, 2)}\n` : `${channelLine(saved.channel)}${secret}`;
  }
  if (id === undefined) throw new InputError(`channel ${action}: which channel? Give its id (see debrief channel list)`);
  if (action === 'remove') {
    await store.deleteChannel(actor, id);
    return `removed channel ${id}\n`;
  }
  await checkUrl(options.url);
  const saved = await store.updateChannel(actor, id, channelInput(options), options.scope);
  return json ? `${JSON.stringify({ channel: saved.channel, secret: saved.newSecret }, null, 2)}\n` : channelLine(saved.channel);
}

/** Runs `debrief channel <action> [id]`. */
export async function channelCommand(action: ChannelAction, id: string | undefined, options: ChannelOptions): Promise<number> {
  writeOut(await withStore(resolveStoreOptions(options), (store) => perform(store, action, id, options)));
  return EXIT.ok;
}
