/** The pages of the app and the paths that lead to them. */

/** The views of one postmortem. */
export type PostmortemMode = 'read' | 'edit' | 'history' | 'public';

export type Route =
  | { page: 'dashboard' }
  | { page: 'list' }
  | { page: 'new' }
  | { page: 'postmortem'; id: string; mode: PostmortemMode }
  | { page: 'actionItems' }
  | { page: 'incidents' }
  | { page: 'patterns' }
  | { page: 'incident'; id: string }
  | { page: 'policy' }
  | { page: 'teams' }
  | { page: 'slos' }
  | { page: 'account' }
  | { page: 'users' }
  | { page: 'audit' }
  | { page: 'deleted' }
  | { page: 'notifications' }
  | { page: 'integrations' }
  | { page: 'notFound' };

/** Pages that only admins may open (others are told so). */
export const ADMIN_PAGES = new Set<Route['page']>(['users', 'audit', 'deleted', 'teams', 'slos', 'notifications', 'integrations']);

/** The route a path stands for. */
export function routeOf(path: string): Route {
  if (path === '/') return { page: 'dashboard' };
  if (path === '/postmortems') return { page: 'list' };
  if (path === '/postmortems/new') return { page: 'new' };
  if (path === '/action-items') return { page: 'actionItems' };
  if (path === '/account') return { page: 'account' };
  if (path === '/admin/users') return { page: 'users' };
  if (path === '/admin/audit') return { page: 'audit' };
  if (path === '/admin/deleted') return { page: 'deleted' };
  if (path === '/incidents') return { page: 'incidents' };
  if (path === '/reports/patterns') return { page: 'patterns' };
  if (path === '/admin/policy') return { page: 'policy' };
  if (path === '/admin/teams') return { page: 'teams' };
  if (path === '/admin/slos') return { page: 'slos' };
  if (path === '/admin/notifications') return { page: 'notifications' };
  if (path === '/admin/integrations') return { page: 'integrations' };
  const incident = /^\/incidents\/([^/]+)\/?$/.exec(path);
  const incidentId = incident?.[1] === undefined ? null : decodedSegment(incident[1]);
  if (incidentId !== null) return { page: 'incident', id: incidentId };
  const match = /^\/postmortems\/([^/]+)(?:\/(edit|history|public))?\/?$/.exec(path);
  const id = match?.[1] === undefined ? null : decodedSegment(match[1]);
  if (match !== null && id !== null) {
    const mode = match[2] === 'edit' || match[2] === 'history' || match[2] === 'public' ? match[2] : 'read';
    return { page: 'postmortem', id, mode };
  }
  return { page: 'notFound' };
}

/** A path segment decoded, or null when its escapes are broken (`%ZZ`): decodeURIComponent throws, and a throw here blanked the app. */
function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The path of a postmortem page. */
export function postmortemPath(id: string, mode: PostmortemMode = 'read'): string {
  const base = `/postmortems/${encodeURIComponent(id)}`;
  return mode === 'read' ? base : `${base}/${mode}`;
}

/** The path of an incident's page. */
export function incidentPath(id: string): string {
  return `/incidents/${encodeURIComponent(id)}`;
}
