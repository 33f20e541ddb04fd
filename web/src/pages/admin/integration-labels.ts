/** Words for integrations: kinds, how each proves its deliveries, the state of a tracker's webhook secret, the outcomes of deliveries. */
import type { HookDelivery, Integration } from '../../api/types.js';

/** The kinds of integration, as the form offers them. */
export const INTEGRATION_KIND_LABELS = {
  pagerduty: 'PagerDuty (v3 webhook)',
  alertmanager: 'Prometheus Alertmanager',
  opsgenie: 'Opsgenie',
  grafana: 'Grafana alerting',
  jira: 'Jira Cloud (tracker)',
  linear: 'Linear (tracker)',
  github: 'GitHub Issues (tracker)',
  'slack-api': 'Slack API token (timeline fetch)',
  'pagerduty-api': 'PagerDuty API key (timeline fetch)',
} satisfies Record<Integration['kind'], string>;

/** The settings of each tracker the form asks for: key, label, whether required, hint. */
export const TRACKER_FIELDS = {
  jira: [
    { key: 'site', label: 'Site', required: true, hint: 'e.g. https://acme.atlassian.net' },
    { key: 'project', label: 'Project key', required: true, hint: 'e.g. OPS' },
    { key: 'email', label: 'Account e-mail', required: true, hint: 'The Atlassian account the API token belongs to.' },
    { key: 'issueType', label: 'Issue type (optional)', required: false, hint: 'Task when left empty.' },
  ],
  linear: [
    { key: 'teamId', label: 'Team id', required: true, hint: 'Linear → Settings → Teams → the team: its id.' },
    { key: 'apiUrl', label: 'API address (optional)', required: false, hint: 'https://api.linear.app/graphql when left empty.' },
  ],
  github: [
    { key: 'owner', label: 'Owner', required: true, hint: 'The user or organisation, e.g. acme.' },
    { key: 'repo', label: 'Repository', required: true, hint: 'e.g. ops' },
    { key: 'apiUrl', label: 'API address (optional)', required: false, hint: 'https://api.github.com when left empty; GitHub Enterprise Server: https://HOST/api/v3.' },
  ],
} as const;

/** True when a kind is a tracker (its settings are TRACKER_FIELDS). */
export function isTracker(kind: Integration['kind']): kind is keyof typeof TRACKER_FIELDS {
  return kind in TRACKER_FIELDS;
}

/** The settings of the tokens the timeline import fetches with: key, label, whether required, hint. */
export const FETCH_TOKEN_FIELDS = {
  'slack-api': [{ key: 'apiUrl', label: 'API address (optional)', required: false, hint: 'Slack’s Web API (https://slack.com/api) when left empty.' }],
  'pagerduty-api': [{ key: 'apiUrl', label: 'API address (optional)', required: false, hint: 'https://api.pagerduty.com when left empty; the EU service region: https://api.eu.pagerduty.com.' }],
} as const;

/** True when a kind keeps an API token for the timeline import's live fetch (its settings are FETCH_TOKEN_FIELDS). */
export function isFetchToken(kind: Integration['kind']): kind is keyof typeof FETCH_TOKEN_FIELDS {
  return kind in FETCH_TOKEN_FIELDS;
}

/** The settings the form asks for as text fields: a tracker's or a fetch token's (none for the alerting hooks, whose settings are choices). */
export function textFieldsOf(kind: Integration['kind']): readonly { key: string; label: string; required: boolean; hint: string }[] {
  return isTracker(kind) ? TRACKER_FIELDS[kind] : isFetchToken(kind) ? FETCH_TOKEN_FIELDS[kind] : [];
}

/** A tracker's webhook secret, in words (never the secret): whether its webhooks can be verified; — for other kinds. */
export function webhookSecretOf(integration: Integration): string {
  if (!isTracker(integration.kind)) return '—';
  return integration.hasWebhookSecret ? 'configured' : 'not configured (status comes back by polling)';
}

/** What became of a delivery, in words. */
export const DELIVERY_OUTCOME_LABELS = {
  processing: 'Being handled',
  created: 'Created an incident',
  updated: 'Updated an incident',
  unchanged: 'Changed nothing',
  ignored: 'Ignored',
  refused: 'Refused',
  replayed: 'Replay: changed nothing',
  failed: 'Failed',
} satisfies Record<HookDelivery['outcome'], string>;

/** How an integration's deliveries prove themselves, or where a tracker files, in words (no secret). */
export function proofOf(integration: Integration): string {
  const s = integration.settings as Record<string, string | null | undefined>;
  switch (integration.kind) {
    case 'pagerduty':
      return 'X-PagerDuty-Signature (HMAC-SHA256)';
    case 'opsgenie':
      return `header ${s.header ?? ''}`;
    case 'alertmanager':
    case 'grafana':
      if (s.auth === 'hmac') return `${s.signatureHeader ?? ''} (HMAC-SHA256${s.timestampHeader ? `, with ${s.timestampHeader}` : ''})`;
      return s.auth === 'basic' ? `basic auth as ${s.username ?? ''}` : 'Authorization: Bearer';
    case 'jira':
      return `files in ${s.project ?? ''} on ${s.site ?? ''} as ${s.email ?? ''}`;
    case 'linear':
      return `files in team ${s.teamId ?? ''}`;
    case 'github':
      return `files in ${s.owner ?? ''}/${s.repo ?? ''}`;
    case 'slack-api':
    case 'pagerduty-api':
      return `timeline imports fetch${s.apiUrl ? ` from ${s.apiUrl}` : ''} with this token`;
  }
}
