/**
 * `debrief postmortem delete|deleted|undelete|similar|export [id] --as EMAIL`: deleting stored postmortems and getting
 * them back within 30 days (admins only, as in the API), the stored postmortems most similar to one that EMAIL may
 * read, and one exported as our Markdown, an HTML page or JSON (as the API's export), on the same store as
 * `debrief serve`.
 */
import { InputError } from '../../core/errors.js';
import { exportPostmortem } from '../../markdown/export.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { DeletedPostmortem } from '../../store/store.types.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';
import { similarText } from './similar.js';

/** What `debrief postmortem` can do. */
export type PostmortemAction = 'delete' | 'deleted' | 'undelete' | 'similar' | 'export';

/** The options `debrief postmortem` accepts. */
export interface PostmortemOptions extends StoreOptions {
  as?: string;
  format?: 'text' | 'json' | 'md' | 'html';
  limit?: string;
}

/** The most results `postmortem similar` answers (as the API). */
const MAX_SIMILAR = 20;

/** One line of `postmortem deleted`: the deleted copy's id, the postmortem's id and title, who deleted it, when, until when it can come back. */
function deletedLine(d: DeletedPostmortem): string {
  return [d.id, d.postmortemId, d.title, `deleted ${d.deletedAt} by ${d.deletedBy}`, `restorable until ${d.restorableUntil}`].join('\t') + '\n';
}

/** Runs `debrief postmortem <action> [id]`. */
export async function postmortemCommand(action: PostmortemAction, id: string | undefined, options: PostmortemOptions): Promise<number> {
  if (action !== 'deleted' && id === undefined) throw new InputError(`postmortem ${action}: give the id of ${action === 'undelete' ? 'the deleted copy (see postmortem deleted)' : 'the postmortem'}`);
  const limit = Number(options.limit ?? '5');
  if (action === 'similar' && !(/^\d+$/.test(options.limit ?? '5') && limit >= 1 && limit <= MAX_SIMILAR)) throw new InputError(`--limit: "${options.limit}" is not a number of results from 1 to ${MAX_SIMILAR}`);
  const { format = 'text' } = options;
  if (action !== 'export' && (format === 'md' || format === 'html')) throw new InputError(`--format: ${action} prints text or json (md and html are for export)`);
  const target = id ?? '';
  const out = await withStore(resolveStoreOptions(options), async (store) => {
    const actor = await actorFor(store, options.as, `postmortem ${action}`);
    if (action === 'delete') {
      await store.deletePostmortem(actor, target);
      return `deleted ${target}; an admin can restore it for 30 days (debrief postmortem deleted, then undelete)\n`;
    }
    if (action === 'undelete') return `restored ${await store.restoreDeleted(actor, target)}\n`;
    if (action === 'export') return exportPostmortem((await store.getPostmortem(actor, target)).postmortem, format === 'text' ? 'md' : format);
    if (action === 'similar') {
      const similar = await store.similarPostmortems(actor, target, limit);
      if (options.format === 'json') return `${JSON.stringify(similar, null, 2)}\n`;
      return similar.length === 0 ? `No stored postmortem ${options.as} may read is like ${target}.\n` : similarText(similar.map((s) => ({ ...s, where: s.id })));
    }
    const deleted = await store.listDeleted(actor);
    if (options.format === 'json') return `${JSON.stringify(deleted, null, 2)}\n`;
    return deleted.length === 0 ? 'nothing was deleted in the last 30 days\n' : deleted.map(deletedLine).join('');
  });
  writeOut(out);
  return EXIT.ok;
}
