import { describe, it, expect } from 'vitest';
import { inferEventKind } from './event-kind.js';

describe('inferEventKind', () => {
  it.each([
    ['docbrown receives pager storm, `ManyHttp500s` from all clusters', 'alert'],
    ['Alert triggered on Slack.', 'alert'],
    ['@Katharine notices that some GitHub statuses are still present', 'detection'],
    ['Issue reported by customer', 'detection'],
    ['Development team acknowledged the problem', 'acknowledgement'],
    ['Escalated to the database team', 'escalation'],
    ['**INCIDENT BEGINS** docbrown declares incident #465 due to cascading failure', 'escalation'],
    ['A new CSI driver was deployed to Hellman Kubernetes', 'change'],
    ["Prow's auto-generated bump PR is merged, triggering a deploy.", 'change'],
    ['jennifer reverts load balancing to resacrifice USA-2 cluster', 'mitigation'],
    ['@Katharine manually rolls back prow.', 'mitigation'],
    ['Restarted the kafka-exporter pod', 'mitigation'],
    ['Deployed the fix to production', 'mitigation'],
    ['Scaling down cluster by 2 nodes (to 8) to free up IP addresses', 'mitigation'],
    ['Target groups reattached to the ALB by the pipeline (resolved)', 'resolution'],
    ['Everything is back to normal and verified working.', 'resolution'],
    ['After observation we decided that the AMI rollback had resolved the issue', 'resolution'],
    ['Incident declared through statuspage.io.', 'communication'],
    ['jennifer notifies shakespeare-incidents@ list of the incident', 'communication'],
    ['Investigations started', 'investigation'],
    ['Chia employee starts troubleshooting with a via Keybase direct messages', 'investigation'],
    ['Decision made to re-assess tomorrow', 'decision'],
    ['jennifer and docbrown decide to increase instance count', 'decision'],
  ] as const)('%s → %s', (text, kind) => {
    expect(inferEventKind(text)).toBe(kind);
  });

  it('returns null when no keyword fits', () => {
    expect(inferEventKind('Node entered NotReady state. Requests: CPU at 78%')).toBeNull();
    expect(inferEventKind('')).toBeNull();
  });

  it('does not match keywords inside other words', () => {
    expect(inferEventKind('The unresolved dependency graph')).toBeNull();
    expect(inferEventKind('Prealerted nothing')).toBeNull();
  });
});
