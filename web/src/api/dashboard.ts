/** The signed-in user's dashboard over HTTP. */
import { sendJson } from './http.js';
import type { Dashboard } from './types.js';

/** What the user owes, and where the practice stands. */
export function getDashboard(): Promise<Dashboard> {
  return sendJson('/api/v1/dashboard');
}
