import { describe, expect, it } from 'vitest';
import { judgeTitle, type VagueKind } from './vagueness.js';

// Written for these tests, across domains and phrasings; none is taken from the judgement set.
const VAGUE: readonly [string, VagueKind][] = [
  // Goals with no mechanism.
  ['Improve the reliability of the billing pipeline', 'goal'],
  ['Make the login flow more robust', 'goal'],
  ['Make checkout faster', 'goal'],
  ['Enhance logging', 'goal'],
  ['Boost throughput of the ingest workers', 'goal'],
  ['Reduce latency for search', 'goal'],
  ['Streamline the release process', 'goal'],
  ['Lower the error rate', 'goal'],
  ['Increase redundancy', 'goal'],
  ['Scale up the cluster', 'goal'],
  ['Tighten security around the admin panel', 'goal'],
  ['Focus on resilience', 'goal'],
  ['Work towards zero-downtime deploys', 'goal'],
  ['Ensure backups work', 'goal'],
  ['Make sure alerts are actionable', 'goal'],
  ['Plan better for peak traffic', 'goal'],
  ['Monitor the database', 'goal'],
  ['Check the configuration', 'goal'],
  ['Communicate more clearly with customers during incidents', 'goal'],
  ['We need to get better at incident communication', 'goal'],
  ['The deploy process should be safer', 'goal'],
  // Remedies aimed at trouble in general.
  ['Fix the issue', 'goal'],
  ['Prevent this from happening again', 'goal'],
  ['Avoid similar outages in future', 'goal'],
  ['Address the root cause', 'goal'],
  ['Eliminate flakiness in the test suite', 'goal'],
  ['Handle errors better in the webhook consumer', 'goal'],
  ['Resolve the problems with the build agents', 'goal'],
  ['Do a better job of reviewing config changes', 'goal'],
  ['Tidy up the failover code', 'goal'],
  // Looks and talks with nothing produced.
  ['Investigate further', 'inquiry'],
  ['Dig into why the cron job stalled', 'inquiry'],
  ['Research alternatives to the current message broker', 'inquiry'],
  ['Evaluate other CDN providers', 'inquiry'],
  ['Have a chat with the DNS provider', 'inquiry'],
  ['Revisit our on-call rotation', 'inquiry'],
  ['Review the alert thresholds', 'inquiry'],
  ['We should look at the retry logic', 'inquiry'],
  ['Explore options for multi-region failover', 'inquiry'],
  ['Think through how we handle partial outages', 'inquiry'],
  ['Reach out to AWS support about the throttling', 'inquiry'],
  ['Audit the permissions', 'inquiry'],
  ['Look into adding caching', 'inquiry'],
  // Exhortations.
  ['Everyone should be more careful when running scripts against prod', 'exhortation'],
  ['Engineers must pay closer attention to warnings in CI', 'exhortation'],
  ['Remember to drain nodes before patching', 'exhortation'],
  ["Don't forget to update the status page", 'exhortation'],
  ['Try harder to catch config typos in review', 'exhortation'],
  ['Stay vigilant about certificate expiry', 'exhortation'],
  ['Keep an eye on disk space', 'exhortation'],
  ['Train support staff on the escalation process', 'exhortation'],
  ['Remind developers about the deploy freeze', 'exhortation'],
  ['Everyone needs to follow the runbook', 'exhortation'],
  ['Be more disciplined about change management', 'exhortation'],
  ['Deploys must be done more carefully', 'exhortation'],
  // A kind of work, or more of it.
  ['More alerts', 'category'],
  ['Additional monitoring for the payment service', 'category'],
  ['Add more logging', 'category'],
  ['Write better runbooks', 'category'],
  ['Stability improvements', 'category'],
  ['Monitoring', 'category'],
  ['Tests', 'category'],
  ['Test more', 'category'],
  ['Do a deeper analysis', 'category'],
  ['Keep monitoring the situation', 'category'],
  ['Add tests', 'category'],
  ['Update the runbook', 'category'],
  ['Add an alert', 'category'],
  ['OPS-12: Improve monitoring', 'goal'],
  ['[P1] Investigate further', 'inquiry'],
];

const SPECIFIC: readonly string[] = [
  'Clean up the failover code by deleting the unused region-pair table and its tests',
  'Page the storage on-call when free disk on any Ceph OSD drops below 15%',
  'Add a circuit breaker to the inventory client that opens after 10 failures in 30 s',
  'Reject Helm releases whose image tag is `latest` in the admission webhook',
  'Set the Redis maxmemory-policy to allkeys-lru on the session cluster',
  'Write a runbook for rotating the Kafka TLS certificates and run it in the March game day',
  'Add a contract test between the cart and pricing services that runs on every pull request',
  'Make the migration tool abort when a table lock is held for more than 5 seconds',
  'Move TLS termination for the public API to the managed load balancer',
  'Split the monolith cron jobs into a separate deployment with its own alerts',
  'Stop the autoscaler from removing nodes that run stateful pods',
  'Give the search team read-only access to the production replica',
  'Put the new pricing engine behind a feature flag that defaults to off',
  'Update the on-call runbook with the steps to flush the CDN, and walk through it at the next handover',
  'Decide between sharding and a read replica for the orders database by 2027-04-30, recorded in an ADR',
  // Investigations that deliver something.
  'Investigate the heap growth in the ingest workers and post the findings with a fix proposal to ENG-431',
  'Evaluate two managed Postgres offerings and decide which one to migrate to',
  'Look into the 502s at the edge and file a ticket for each root cause found',
  'Look into why the snapshot job skipped three nights and write a summary with next steps in OPS-77',
  'Consider moving logs to object storage and present a cost comparison at the architecture review',
  'Compare three queueing options and recommend one in a design doc',
  // Goal verbs that do say how, or how much.
  'Reduce the checkout API timeout from 30 s to 5 s',
  'Improve queue monitoring by alerting when consumer lag exceeds 10,000 messages',
  'Harden the bastion host by disabling password login over SSH',
  'Improve the deploy dashboard so that it shows the running version per region',
  'Ensure nightly backups are restored into a scratch database every Sunday with a page on failure',
  'Make deploys safer by requiring a passing smoke test before traffic shifts',
  'Track certificate expiry for all public domains and alert 21 days before',
  'Monitor consumer lag of the orders topic and page the data on-call above 5 minutes',
  'Monitor 5xx responses of the ingress controller per namespace',
  'Optimize the nightly aggregation query with an index on created_at',
  // Remedies aimed at something particular.
  'Fix the race condition in the lock renewal of the leader election',
  'Fix the off-by-one in the pagination cursor of `/v2/orders`',
  'Clean up the stale DNS records left by decommissioned hosts',
  'Prevent deploys during the weekly database maintenance window with a pipeline lock',
  // A trained model is not a trained person; a drill is a mechanism.
  'Train the anomaly detector on 90 days of order data and alert on a 3-sigma drop',
  'Educate new on-call engineers with a shadow shift and a failover drill in their first month',
  // Noun phrases that name a thing, and coordination that is one item.
  'Canary deploys for the config service',
  'Setup monitoring and alerting for inotify watch usage on every node',
  'Prioritise upgrading the Prometheus stack',
];

describe('judgeTitle', () => {
  it.each(VAGUE)('%s is vague (%s)', (title, kind) => {
    expect(judgeTitle(title)?.kind).toBe(kind);
  });

  it.each(SPECIFIC)('%s is specific', (title) => {
    expect(judgeTitle(title)).toBeNull();
  });

  it('calls an empty title empty', () => {
    expect(judgeTitle('  **  ** ')?.kind).toBe('empty');
  });

  it('reads the lead verb and what it acts on, with the case as written', () => {
    expect(judgeTitle('Improve observability of the Ledger cache.')).toMatchObject({
      kind: 'goal',
      lead: 'improve',
      object: 'observability of the ledger cache',
      source: 'Improve observability of the Ledger cache',
    });
  });

  it('cuts lead-ins that say who or when', () => {
    expect(judgeTitle('Going forward, the SRE team will investigate the DNS timeouts')).toMatchObject({ kind: 'inquiry', lead: 'investigate' });
  });

  it('is carried by a later clause that makes a change of its own, not by one that is vague too', () => {
    expect(judgeTitle('Be more careful and add a dry-run step to the migration script')).toBeNull();
    expect(judgeTitle('Look into the 504s; then raise the client timeout to 10 s')).toBeNull();
    expect(judgeTitle('Look into the 504s and fix them')?.kind).toBe('inquiry');
    expect(judgeTitle('Investigate X and add monitoring')?.kind).toBe('inquiry');
  });

  it('does not take a date, a year, a version or a ticket for a measure', () => {
    expect(judgeTitle('Improve monitoring by 2027-03-01')?.kind).toBe('goal');
    expect(judgeTitle('Improve reliability in 2027')?.kind).toBe('goal');
    expect(judgeTitle('Improve stability of the v2 API (OPS-12)')?.kind).toBe('goal');
    expect(judgeTitle('Improve alerting for SEV1 incidents')?.kind).toBe('goal');
  });
});
