/** The security events Debrief records (who, what, when, from where): the audit log's vocabulary (pure, no I/O). */

/** Every action an audit event may record. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.login_throttled',
  'auth.logout',
  'user.created',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.password_changed',
  'user.identity_linked',
  'token.created',
  'token.revoked',
  'postmortem.access_changed',
  'postmortem.deleted',
  'postmortem.restored',
  'postmortem.id_taken',
  'postmortem.public_saved',
  'postmortem.public_published',
  'postmortem.public_unpublished',
  'policy.changed',
  'team.saved',
  'team.deleted',
  'slo.saved',
  'slo.deleted',
  'incident.waived',
  'incident.waiver_withdrawn',
  'channel.saved',
  'channel.deleted',
  'settings.changed',
  'integration.saved',
  'integration.deleted',
] as const;

/** One of the audit log's actions. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** True when `value` names an audit action. */
export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Who caused an event and from where: a signed-in user over the API, or the operator at the command line. */
export interface AuditSource {
  /** The account that acted (absent for the command line and for failed sign-ins). */
  userId?: string;
  email?: string;
  /** The client address (absent for the command line). */
  ip?: string;
  via: 'api' | 'cli';
}

/** One recorded security event. */
export interface AuditEvent {
  id: string;
  at: string;
  action: AuditAction;
  outcome: 'success' | 'failure';
  actor: { userId: string | null; email: string | null };
  target: string | null;
  ip: string | null;
  via: 'api' | 'cli';
  /** What else is worth knowing: the role set, a token's expiry, why a sign-in failed… */
  details: Record<string, unknown>;
}

/** What a caller records: the event without the id and time the store gives it. */
export interface AuditEntry {
  action: AuditAction;
  outcome?: 'success' | 'failure';
  by: AuditSource;
  target?: string;
  details?: Record<string, unknown>;
}
