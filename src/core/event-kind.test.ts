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

  // Lines written for these tests in many styles (chat, tool notices, Markdown, sentences) and trades (clinics,
  // retail, logistics, games, telecom, SaaS): the patterns behind them, not the lines, are what the reader knows.
  it.each([
    // change
    ['DBA runs a manual VACUUM FULL on the ledger table', 'change'],
    ['Load balancer health-check path changed to /healthz', 'change'],
    ['Auto-scaling policy updated to scale in at 20% CPU', 'change'],
    ['Database failover drill begins in the staging-like prod cell', 'change'],
    ['Certificate rotation job replaces the mTLS certs in the mesh', 'change'],
    ['Partner bank switches its SFTP endpoint without notice', 'change'],
    ['DNS TTL for api.example.net lowered to 30s', 'change'],
    ['Autovacuum settings on pg-orders tuned down', 'change'],
    ['The SAML signing cert from our IdP rotates', 'change'],
    ['Tax rule update for Q3 published to the pricing engine', 'change'],
    ['Nightly ETL loads 3x the usual rows after a vendor resend', 'change'],
    ['@kofi bumped the Node base image to 20.12 and shipped it', 'change'],
    ['Edge config v412 propagates to all POPs', 'change'],
    ['Replica set resize from 3 to 5 members begins', 'change'],
    ['Deployed `billing-svc` 4.2.0 to production', 'change'],
    ['Kubernetes node pool upgraded to 1.30 in us-central1', 'change'],
    ['Twilio starts rejecting messages from our long code numbers', 'change'],
    ['@oksana pushed the new nginx.conf to all edge boxes', 'change'],
    ['Network team applies ACL change on core switch sw-core-2', 'change'],
    ['Merged and shipped #9931 (switch session store to DynamoDB)', 'change'],
    ['Ops applies the new iptables rules on the bastion hosts', 'change'],
    ['Kernel patch rollout begins on the hypervisor fleet', 'change'],
    // detection
    ['Help desk gets a flood of calls about the patient portal being slow', 'detection'],
    ['@tomasz: signups graph just flatlined', 'detection'],
    ['Order volume fell off a cliff at 14:02', 'detection'],
    ['Nurses call the IT service desk: medication charts blank', 'detection'],
    ['Ops notices the payments graph dropping off a cliff', 'detection'],
    ['@ben: uh, is checkout broken? getting a spinner forever', 'detection'],
    ['Login success graph tanked right after 10:05', 'detection'],
    ['A dispatcher phones the NOC: no new jobs showing since 06:00', 'detection'],
    ['PagerDuty: Triggered — api-gateway 5xx rate above 3%', 'alert'],
    ['@priya: is anyone else getting 504s from the admin panel?', 'detection'],
    ['hmm, conversion dashboard looks weird — checkouts dropped to zero?', 'detection'],
    ['On-call sees the bookings chart nosedive after 09:10', 'detection'],
    ['CloudWatch alarm rds-cpu-high transitions to ALARM', 'alert'],
    ["Customer support: three clinics report the appointment page won't load", 'detection'],
    ['Grafana panel for bookings flatlined at 11:42', 'detection'],
    ['Warehouse staff report scanners failing to sync', 'detection'],
    ['hey, is the map tile server down for anyone else?', 'detection'],
    ["Call centre agents report the CRM won't save notes", 'detection'],
    ['Queue depth on invoices-q climbing past 200k', 'detection'],
    ['Drivers report the app crashes when accepting a delivery', 'detection'],
    ['On-call notices 429s from the shipping partner API in the logs', 'detection'],
    ['Courier app users report the map not loading', 'detection'],
    // acknowledgement
    ['@sam.k: got it, looking', 'acknowledgement'],
    ['taking IC', 'acknowledgement'],
    ['acking', 'acknowledgement'],
    ['SRE on call online and reviewing the alert', 'acknowledgement'],
    ['taking this', 'acknowledgement'],
    ['👀', 'acknowledgement'],
    ['IC role taken by Dmitri', 'acknowledgement'],
    ['ack', 'acknowledgement'],
    ['Primary on-call acknowledges the page', 'acknowledgement'],
    ["I'll take this one", 'acknowledgement'],
    ['Kwame hops on the Zoom', 'acknowledgement'],
    ["Vendor's support engineer joins our call", 'acknowledgement'],
    ['Page acknowledged by the secondary after 12 minutes', 'acknowledgement'],
    ['Nikhil joined the incident bridge', 'acknowledgement'],
    ['Support lead acknowledges the escalation and joins #inc-778', 'acknowledgement'],
    ['PagerDuty: acknowledged by Chen Wei (push notification)', 'acknowledgement'],
    ['Acknowledged — Priya (primary)', 'acknowledgement'],
    ['Opsgenie: Ack by k.mensah', 'acknowledgement'],
    ["I'll take IC", 'acknowledgement'],
    ['@tariq: mine', 'acknowledgement'],
    ['Mobile team on-call accepts the incident', 'acknowledgement'],
    ['Storage on-call (Ken) is on the bridge now', 'acknowledgement'],
    // mitigation
    ['Took kafka-broker-3 out of the cluster', 'mitigation'],
    ['Deploys frozen for the payments monorepo', 'mitigation'],
    ['**Migration paused** after 40% of shards', 'mitigation'],
    ['Batch payout job halted at 6k merchants', 'mitigation'],
    ['Rollout paused at 25% of devices', 'mitigation'],
    ['Weighted DNS moved 80% of users to the Dublin region', 'mitigation'],
    ['Firmware push suspended for the remaining cohorts', 'mitigation'],
    ['Removed db-replica-4 from the read pool', 'mitigation'],
    ['Users in APAC moved to the Singapore cluster', 'mitigation'],
    ['Drained the bad cell and moved its tenants to cell 3', 'mitigation'],
    ['Billing run suspended until the DB recovers', 'mitigation'],
    ['Pulled sw-core-2 out of the routing path', 'mitigation'],
    ['Sendgrid traffic moved to the Mailgun fallback', 'mitigation'],
    ['Promo code EXTRA20 disabled', 'mitigation'],
    ['iOS 7.2 rollout halted and the 7.1 build restored in the store', 'mitigation'],
    ['Kernel rollout frozen at 15% of hypervisors', 'mitigation'],
    ['Rolled traffic away from es-data-3', 'mitigation'],
    ['Password reset endpoint put behind a CAPTCHA', 'mitigation'],
    ['Rolled back the billing-svc deploy to 4.1.9', 'mitigation'],
    ['Rerouted SMS through the backup provider', 'mitigation'],
    ['Raised the DNS TTL back to 300s', 'mitigation'],
    ['Reverted FW-2231 on the DMZ firewalls', 'mitigation'],
    // resolution
    ['Opsgenie: alert auto-closed', 'resolution'],
    ['Nagios: RECOVERY web-03 HTTP OK', 'resolution'],
    ['Players can join ranked matches again', 'resolution'],
    ['Error rate at baseline for 1 hour; closing', 'resolution'],
    ['Error budget burn back under 1x for an hour', 'resolution'],
    ['Login success steady at 99.8% for 2 hours', 'resolution'],
    ['Pingdom: www check UP', 'resolution'],
    ['Payments processing normally at all stores', 'resolution'],
    ['Statuscake: api.example.io UP', 'resolution'],
    ['Map tiles load normally for couriers', 'resolution'],
    ['[RESOLVED] NodeDiskPressure worker pool b', 'resolution'],
    ['Incident resolved; monitoring for recurrence', 'resolution'],
    ['incident.io: INC-3310 resolved', 'resolution'],
    ['Full recovery confirmed by the clinical apps team', 'resolution'],
    ['Datadog: Monitor recovered — RDS free storage', 'resolution'],
    ['PagerDuty: Incident #7712 resolved', 'resolution'],
    ['Opsgenie: Alert closed automatically', 'resolution'],
    ['Queue depth back to zero; incident closed', 'resolution'],
    ['INC-4410 closed', 'resolution'],
    ['Incident marked resolved by the IC', 'resolution'],
    ['Conversion back to its usual level; closing incident', 'resolution'],
    ['**Incident resolved.** Root cause analysis to follow.', 'resolution'],
    // other
    ['Customer update sent to affected clinics by the account managers', 'communication'],
    ['FireHydrant: status update published to the internal status page', 'communication'],
    ['Rootly: customer comms drafted and sent by support', 'communication'],
    ['Handed the incident over to the APAC shift', 'communication'],
    ['Ran a query on the orders DB: 1,204 orders stuck in PENDING', 'investigation'],
    ['Escalated to the storage vendor', 'escalation'],
    ['Posted an update in #announcements', 'communication'],
    ['Decided not to roll back until we understand the data loss risk', 'decision'],
    ['Bridge opened at meet.example.com/inc-3310', 'escalation'],
    ['Reproduced the 504 in staging with the same payload', 'investigation'],
    ['Paged the security on-call', 'escalation'],
    ['Hypothesis: DNS TTL change broke the client cache', 'investigation'],
    ['Status page updated: Identified', 'communication'],
    ["Filed a ticket with the partner bank's integration team", 'escalation'],
    ['Asked the data team to pause writes to the events table', 'escalation'],
    ['Escalated to the DynamoDB team at AWS', 'escalation'],
    ['Bridge spun up, IC is Alvaro', 'escalation'],
    ['Internal status update posted in #incidents', 'communication'],
    ['Paged the data platform on-call for the ETL', 'escalation'],
    ['Decided to keep recs-v2 off until Monday', 'decision'],
    ['Engaged Adyen support about the 3DS change', 'escalation'],
    ['Customer comms: in-app banner posted for Brazilian users', 'communication'],
  ] as const)('reads %s as %s', (text, kind) => {
    expect(inferEventKind(text)).toBe(kind);
  });

  it.each([
    // Moving traffic, draining and halting are mitigations, whatever the words around them.
    ['Traffic shifted from us-east-1 to us-west-2 via weighted records', 'mitigation'],
    ['Drained web-12 and took it out of the pool', 'mitigation'],
    ['**Canary rollout halted** at 5% of hosts', 'mitigation'],
    // A person seeing a metric fall is a detection; a tool prefix does not make a customer update an alert.
    ['@mo: hmm, the checkout-rate panel just dropped to zero?', 'detection'],
    ['incident.io: customer update sent to affected retailers by support', 'communication'],
    // Boundaries: a word inside a host name, a push campaign is not an update, "up" after a metric is not a recovery.
    ['Stock settings on wh-orders tuned down', 'change'],
    ['Push notification campaign sent to 3M devices', 'change'],
    ['Datadog: latency is up', 'alert'],
    ['Handed the pager over to the Sydney shift', 'communication'],
  ] as const)('boundary: %s → %s', (text, kind) => {
    expect(inferEventKind(text)).toBe(kind);
  });

  it('does not read a plan, a habit or an action on a node as a step it is not', () => {
    expect(inferEventKind('Customers moved off the legacy plan')).toBeNull();
    expect(inferEventKind('Payments normally take 2s')).toBeNull();
    expect(inferEventKind('Engineer marks the node as unhealthy')).toBeNull();
  });

  it('returns null when no keyword fits', () => {
    expect(inferEventKind('Node entered NotReady state. Requests: CPU at 78%')).toBeNull();
    expect(inferEventKind('')).toBeNull();
  });

  it('does not match keywords inside other words', () => {
    expect(inferEventKind('The unresolved dependency graph')).toBeNull();
    expect(inferEventKind('Prealerted nothing')).toBeNull();
  });

  // The one pass that finds the anchor words: stems at word starts, inside words, after punctuation, emoji and brackets.
  it.each([
    ['🚨 checkout returning 5xx', 'alert'],
    [':rotating_light: checkout returning 5xx', 'alert'],
    ['[FIRING:1] KubePodCrashLooping', 'alert'],
    ['Check [RESOLVED] later', 'resolution'],
    ['Firing: checkout latency', 'alert'],
    ['No further errors for the past hour', 'resolution'],
    ['Nodes show no new errors for the past hour', 'resolution'],
    ['Drained the pool', 'mitigation'],
    ['Drainage of the pool', null],
    ['The on-call joined the bridge', 'acknowledgement'],
    ['On-call looped in the DBA team', 'escalation'],
    ['rolled-back the deploy', 'mitigation'],
    ['acked-by sam', 'acknowledgement'],
    ['👀', 'acknowledgement'],
    ['sam: 👀', null],
  ] as const)('anchors: %s → %s', (text, kind) => {
    expect(inferEventKind(text)).toBe(kind);
  });

  it('gives a text the same kind whatever was read before it (no state is left over from a text)', () => {
    const first = inferEventKind('Rolled back the deploy');
    for (let i = 0; i < 1000; i++) inferEventKind(`Restarted pod ${i}`);
    expect(inferEventKind('Rolled back the deploy')).toBe(first);
    expect(inferEventKind('Rolled back the deploy')).toBe('mitigation');
    expect(inferEventKind('Restarted pod 999')).toBe(inferEventKind('Restarted pod 1'));
  });
});
