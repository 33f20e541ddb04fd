/** The audit log's actions and outcomes in words, in the order the action filter offers them. */
import type { AuditAction, AuditEvent } from '../../../../src/core/audit.js';

/** What each action is called on the page. */
export const AUDIT_ACTION_LABELS = {
  'auth.login': 'Signed in',
  'auth.login_failed': 'Sign-in failed',
  'auth.login_throttled': 'Sign-ins locked (too many failures)',
  'auth.logout': 'Signed out',
  'user.created': 'User created',
  'user.role_changed': 'Role changed',
  'user.disabled': 'User disabled',
  'user.enabled': 'User enabled',
  'user.password_changed': 'Password changed',
  'user.identity_linked': 'Linked to the identity provider',
  'token.created': 'Token made',
  'token.revoked': 'Token revoked',
  'postmortem.access_changed': 'Postmortem access changed',
  'postmortem.deleted': 'Postmortem deleted',
  'postmortem.restored': 'Postmortem restored after deletion',
  'postmortem.id_taken': 'Taken postmortem id tried',
  'postmortem.public_saved': 'Public version saved',
  'postmortem.public_published': 'Public version published',
  'postmortem.public_unpublished': 'Public version taken down',
  'policy.changed': 'Policy changed',
  'team.saved': 'Team added or replaced',
  'team.deleted': 'Team removed',
  'slo.saved': 'SLO saved',
  'slo.deleted': 'SLO removed',
  'incident.waived': 'Owed postmortem waived',
  'incident.waiver_withdrawn': 'Waiver withdrawn',
  'channel.saved': 'Notification channel added or changed',
  'channel.deleted': 'Notification channel removed',
  'settings.changed': 'Sign-in settings changed',
  'integration.saved': 'Integration added or changed',
  'integration.deleted': 'Integration removed',
} satisfies Record<AuditAction, string>;

/** Whether it worked. */
export const OUTCOME_LABELS = { success: 'Success', failure: 'Failure' } satisfies Record<AuditEvent['outcome'], string>;
