/** `debrief slo list|set|remove`: service level objectives on the same store as `debrief serve`; admins change them. */
import { InputError } from '../../core/errors.js';
import { parseWindowDays } from '../../knowledge/impact/slo.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { Store, StoredSlo } from '../../store/store.types.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';

/** What `debrief slo` can do. */
export type SloAction = 'list' | 'set' | 'remove';

/** The options `debrief slo` accepts. */
export interface SloOptions extends StoreOptions {
  as?: string;
  target?: string;
  window: string;
  format?: 'text' | 'json';
}

/** An SLO as a line: service, target, window. */
function sloLine(slo: StoredSlo): string {
  return `${slo.service}\t${slo.targetPercent}%\t${slo.windowDays}d\n`;
}

/** The target and window of `set`, read from the options: InputError naming the option when one is unreadable. */
function setInput(service: string, options: SloOptions): { service: string; targetPercent: number; windowDays: number } {
  if (options.target === undefined) throw new InputError(`slo set: --target is required, e.g. debrief slo set ${service} --target 99.9 --window 30d`);
  const targetPercent = Number(options.target.trim().replace(/%$/, ''));
  if (options.target.trim() === '' || !Number.isFinite(targetPercent)) throw new InputError(`--target: "${options.target}" is not a number; write a percentage such as 99.9`);
  const windowDays = parseWindowDays(options.window);
  if (windowDays === null) throw new InputError(`--window: "${options.window}" is not a window; write days such as 30d, or weeks such as 4w`);
  return { service, targetPercent, windowDays };
}

/** Does the action; answers the SLOs to print. */
async function perform(store: Store, action: SloAction, service: string | undefined, options: SloOptions): Promise<StoredSlo[]> {
  if (action === 'list') return store.listSlos();
  if (service === undefined) throw new InputError(`slo ${action}: which service? e.g. debrief slo ${action} checkout-api${action === 'set' ? ' --target 99.9 --window 30d' : ''}`);
  const input = action === 'set' ? setInput(service, options) : null;
  const actor = await actorFor(store, options.as, `slo ${action}`);
  if (input === null) {
    await store.deleteSlo(actor, service);
    return [];
  }
  return [await store.putSlo(actor, input)];
}

/** Runs `debrief slo <action> [service]`. */
export async function sloCommand(action: SloAction, service: string | undefined, options: SloOptions): Promise<number> {
  const slos = await withStore(resolveStoreOptions(options), (store) => perform(store, action, service, options));
  if (action === 'remove') writeOut(`removed the SLO of ${service ?? ''}\n`);
  else if (options.format === 'json') writeOut(`${JSON.stringify(action === 'list' ? slos : slos[0], null, 2)}\n`);
  else writeOut(slos.length === 0 ? 'no SLOs\n' : slos.map(sloLine).join(''));
  return EXIT.ok;
}
