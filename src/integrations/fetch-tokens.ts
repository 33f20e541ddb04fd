/**
 * The API tokens admins store for the timeline import's live fetch (integrations of kind `slack-api` and
 * `pagerduty-api`, sealed like every integration's secret): the one a fetch uses when it is given none, of the
 * postmortem's teams, else of the instance (the first by name when a scope has several).
 */
import { InputError } from '../core/errors.js';
import type { FetchTokenKind } from '../core/integrations.js';
import type { FetchSource } from '../importers/live-fetch.js';
import type { Store } from '../store/store.types.js';

/** The integration kind that keeps a source's token. */
export function fetchTokenKind(source: FetchSource): FetchTokenKind {
  return `${source}-api`;
}

/** A stored token, the API address its integration names (null: the server's), and the integration's name. */
export interface StoredToken {
  token: string;
  apiUrl: string | null;
  integration: string;
}

/** The token stored for `source` for a postmortem of `teams` (the teams' first, else the instance's), or null. */
export async function storedFetchToken(store: Pick<Store, 'hookIntegrations'>, source: FetchSource, teams: readonly string[]): Promise<StoredToken | null> {
  const stored = (await store.hookIntegrations(fetchTokenKind(source))).filter((i) => i.secret !== null).sort((a, b) => a.integration.name.localeCompare(b.integration.name));
  const scopes = new Set(teams.map((team) => `team:${team.trim().toLowerCase()}`));
  const chosen = stored.find((i) => scopes.has(i.integration.scope)) ?? stored.find((i) => i.integration.scope === 'instance');
  if (chosen === undefined) return null;
  const { apiUrl } = chosen.integration.settings as { apiUrl?: string | null };
  return { token: chosen.secret as string, apiUrl: apiUrl ?? null, integration: chosen.integration.name };
}

/** InputError for a fetch with no token given and none stored, naming what to configure (`path`: where the token was expected). */
export function noFetchToken(source: FetchSource, path: string, alternatives: string): InputError {
  const message = `no ${source} token: ${alternatives}, or have an admin store one as a ${fetchTokenKind(source)} integration (Integrations page, or debrief integration add --kind ${fetchTokenKind(source)} --secret TOKEN)`;
  return new InputError(message, [{ path, message }]);
}
