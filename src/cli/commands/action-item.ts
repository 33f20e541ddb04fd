/**
 * `debrief action-item status|verify|file <postmortem> <item>`: an action item's way to closure from the command line,
 * on the same store and under the same rules as the API: won't do needs a reason; verified is someone other than the
 * owner saying, with evidence, that a done item works; filed, it gets one ticket in its team's tracker.
 */
import { InputError } from '../../core/errors.js';
import { actionStatusSchema } from '../../core/postmortem.schema.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { StoredPostmortem } from '../../store/store.types.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';

/** What `debrief action-item` can do. */
export type ActionItemAction = 'status' | 'verify' | 'file';

/** The options `debrief action-item` accepts. */
export interface ActionItemOptions extends StoreOptions {
  as?: string;
  to?: string;
  reason?: string;
  evidence?: string;
  integration?: string;
  publicUrl?: string;
  format?: 'text' | 'json';
}

/** The link back to a postmortem in its ticket: on Debrief's public address when one is known. */
function postmortemLink(postmortemId: string, publicUrl: string | undefined): string {
  const base = publicUrl ?? process.env.DEBRIEF_PUBLIC_URL;
  if (base === undefined || base.trim() === '') return `postmortem ${postmortemId} in Debrief`;
  if (!/^https?:\/\/\S+$/.test(base)) throw new InputError(`action-item file: --public-url (or DEBRIEF_PUBLIC_URL) "${base}" is not an http(s) URL such as https://debrief.example.com`);
  return `${base.replace(/\/+$/, '')}/postmortems/${encodeURIComponent(postmortemId)}`;
}

/** Runs `debrief action-item file`: prints the ticket (filed, linked or still owed to the tracker, with its error). */
async function fileCommand(postmortemId: string, itemParam: string, options: ActionItemOptions): Promise<number> {
  const link = postmortemLink(postmortemId, options.publicUrl);
  const result = await withStore(resolveStoreOptions(options), async (store) => {
    const actor = await actorFor(store, options.as, 'action-item file');
    // Loaded here: the trackers' SDKs weigh on every other action-item command's start.
    const { fileActionItem } = await import('../../integrations/trackers/sync.js');
    const { allowPrivateFrom } = await import('../../jobs/jobs-settings.js');
    return fileActionItem(store, actor, postmortemId, itemParam, { link, outbound: { allowPrivate: allowPrivateFrom(process.env) }, ...(options.integration === undefined ? {} : { integrationId: options.integration }) });
  });
  if (options.format === 'json') {
    writeOut(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const ticket = result.ticket;
    const where = ticket?.url ?? result.written ?? '';
    const error = ticket?.lastError == null ? '' : `\terror: ${ticket.lastError} (retried at ${ticket.nextAttemptAt ?? '?'})`;
    writeOut(`${postmortemId}\t${result.itemKey}\t${result.outcome}\t${ticket?.key ?? ''}\t${where}${error}\n`);
  }
  return result.outcome === 'pending' ? EXIT.findings : EXIT.ok;
}

/** Runs `debrief action-item <action> <postmortem> <item>`; prints the item as it now is. */
export async function actionItemCommand(action: ActionItemAction, postmortemId: string, itemKey: string, options: ActionItemOptions): Promise<number> {
  if (action === 'file') return fileCommand(postmortemId, itemKey, options);
  const stored: StoredPostmortem = await withStore(resolveStoreOptions(options), async (store) => {
    const actor = await actorFor(store, options.as, `action-item ${action}`);
    if (action === 'verify') {
      if (options.evidence === undefined) throw new InputError('action-item verify: --evidence is required: how you know it works (a note or a link)');
      return store.verifyActionItem(actor, postmortemId, itemKey, options.evidence);
    }
    const status = actionStatusSchema.safeParse(options.to);
    if (!status.success || status.data === 'verified') throw new InputError(`action-item status: --to must be one of open, in_progress, done, wont_do${options.to === undefined ? '' : ` (not "${options.to}")`}; verified comes from action-item verify`);
    return store.setActionItemStatus(actor, postmortemId, itemKey, status.data, options.reason);
  });
  const index = stored.postmortem.actionItems.findIndex((a) => a.id === itemKey);
  const item = stored.postmortem.actionItems[index >= 0 ? index : Number(itemKey)];
  writeOut(`${stored.id}\t${itemKey}\t${item?.status ?? '?'}\tversion ${stored.version}\t${item?.title ?? ''}\n`);
  return EXIT.ok;
}
