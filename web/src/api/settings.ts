/** The instance's settings over HTTP: where ticket keys link to, how many approvals final needs. */
import { sendJson } from './http.js';

/** What GET /settings answers. */
export interface Settings {
  ticketUrl: string | null;
  requiredApprovals: number;
}

let loading: Promise<Settings> | null = null;

/** The settings, asked once per page load (they change only when the server restarts). */
export function getSettings(): Promise<Settings> {
  loading ??= sendJson<Settings>('/api/v1/settings').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
