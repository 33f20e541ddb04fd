/** `debrief team list|show|set|remove`: teams (lead, members, services) on the same store as `debrief serve`; admins change them. */
import { InputError } from '../../core/errors.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { Store, Team } from '../../store/store.types.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';

/** What `debrief team` can do. */
export type TeamAction = 'list' | 'show' | 'set' | 'remove';

/** The options `debrief team` accepts. */
export interface TeamOptions extends StoreOptions {
  as?: string;
  lead?: string;
  member?: string[];
  service?: string[];
  format?: 'text' | 'json';
}

/** A team as a line: name, lead, members, services. */
function teamLine(team: Team): string {
  return [team.name, team.lead ?? '-', team.members.join(',') || '-', team.services.join(',') || '-'].join('\t') + '\n';
}

/** Does the action; answers the teams to print. */
async function perform(store: Store, action: TeamAction, name: string | undefined, options: TeamOptions): Promise<Team[]> {
  if (action === 'list') return store.listTeams();
  if (name === undefined) throw new InputError(`team ${action}: which team? e.g. debrief team ${action} payments`);
  if (action === 'show') return [await store.getTeam(name)];
  const actor = await actorFor(store, options.as, `team ${action}`);
  if (action === 'remove') {
    await store.deleteTeam(actor, name);
    return [];
  }
  return [await store.putTeam(actor, { name, lead: options.lead ?? null, members: options.member ?? [], services: options.service ?? [] })];
}

/** Runs `debrief team <action> [name]`. */
export async function teamCommand(action: TeamAction, name: string | undefined, options: TeamOptions): Promise<number> {
  const teams = await withStore(resolveStoreOptions(options), (store) => perform(store, action, name, options));
  if (action === 'remove') writeOut(`removed team ${name ?? ''}\n`);
  else if (options.format === 'json') writeOut(`${JSON.stringify(action === 'list' ? teams : teams[0], null, 2)}\n`);
  else writeOut(teams.length === 0 ? 'no teams\n' : teams.map(teamLine).join(''));
  return EXIT.ok;
}
