/** The audit log (admins): security events, newest first, a page at a time. */
import type { AuditAction } from '../../../src/core/audit.js';
import { queryString, sendJson } from './http.js';
import type { AuditEvent, Page } from './types.js';

/** The filters of the audit log, as the API names them. */
export interface AuditFilter {
  action?: AuditAction;
  /** Events done by or to this account (a whole address). */
  email?: string;
}

/** One page of the audit log. */
export function listAudit(filter: AuditFilter, cursor: string | null, limit: number): Promise<Page<AuditEvent>> {
  return sendJson(`/api/v1/audit${queryString({ ...filter, limit, cursor: cursor ?? undefined })}`);
}
