/** Words for integrations: kinds, how each proves its deliveries, the outcomes of deliveries. */
import type { HookDelivery, Integration } from '../../api/types.js';

/** The kinds of integration, as the form offers them. */
export const INTEGRATION_KIND_LABELS = { pagerduty: 'PagerDuty (v3 webhook)', alertmanager: 'Prometheus Alertmanager', opsgenie: 'Opsgenie', grafana: 'Grafana alerting' } satisfies Record<Integration['kind'], string>;

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

/** How an integration's deliveries prove themselves, in words (no secret). */
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
  }
}
