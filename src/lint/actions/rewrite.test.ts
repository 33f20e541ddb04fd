import { describe, expect, it } from 'vitest';
import { vaguenessProblem, vaguenessSuggestion } from './rewrite.js';
import { judgeTitle } from './vagueness.js';

function suggestionFor(title: string): string {
  const found = judgeTitle(title);
  if (found === null) throw new Error(`"${title}" was judged specific`);
  return vaguenessSuggestion(found);
}

describe('vaguenessSuggestion fits the rewrite to the item', () => {
  it.each([
    ['Improve monitoring of checkout', 'which signal, which threshold and who gets paged: "Alert on checkout p99 > 2 s for 5 min'],
    ['Improve observability of the Ledger cache', '"Alert on the Ledger cache p99'],
    ['Keep an eye on heap usage', '"Alert when heap usage stays above 80%'],
    ['Increase coverage of the refund module', '"Add a regression test for the refund module'],
    ['Reduce latency for search', '"Cut the p95 of search from 800 ms'],
    ['Harden the VPN gateway', '"Allow access to the VPN gateway only from'],
    ['Be more careful with schema migrations', 'guard rail: "Make the pipeline block schema migrations until'],
    ['Stay vigilant about certificate expiry', '"Make the pipeline block risky changes until'],
    ['Communicate config changes earlier', '"Announce config changes in #announcements'],
    ['Communicate better with customers during outages', '"Post a status-page update within 15 minutes'],
    ['Educate engineers on the failover runbook', '"Document the recovery steps for'],
    ['Ensure the backups of the billing database work', "restore last night's backup of the billing database onto a throwaway host"],
    ['Reduce alert noise on the storage rotation', '"Delete or retune every alert on the storage rotation'],
    ['Fix flaky tests in the mobile suite', '"Quarantine every test in the mobile suite'],
    ['Focus on stability of the payment gateway', '"Add a circuit breaker to the payment gateway'],
    ['Strengthen the incident process', '"Add a required checklist step to the incident process'],
    ['Look into the Kafka rebalances', '"Investigate the Kafka rebalances and write up the findings'],
    ['Look into whether the CDN caches error pages', '"Find out whether the CDN caches error pages, and write up the answer'],
    ['Consider sharding the events table', '"Decide on sharding the events table by a set date'],
    ['Follow up with the DNS vendor', '"Get a written answer from the DNS vendor'],
  ])('%s → …%s…', (title, expected) => {
    expect(suggestionFor(title)).toContain(expected);
  });

  it('falls back to a fitting example when nothing particular is left', () => {
    expect(suggestionFor('Monitoring')).toContain('"Alert on the failing service p99');
    expect(suggestionFor('Make sure this does not happen again')).toContain('"Add a circuit breaker to the failing dependency');
    expect(suggestionFor('Investigate further')).toContain('"Investigate the cause');
    expect(suggestionFor('')).toContain('"Add a timeout and a retry with backoff to the failing call');
  });
});

describe('vaguenessProblem', () => {
  it('says what is missing for each kind', () => {
    expect(vaguenessProblem(judgeTitle('Optimise the image pipeline')!)).toMatch(/^names a goal, not the change/);
    expect(vaguenessProblem(judgeTitle('Explore options for failover')!)).toMatch(/^asks for a look or a talk/);
    expect(vaguenessProblem(judgeTitle('Be more careful')!)).toMatch(/^asks people to try harder/);
    expect(vaguenessProblem(judgeTitle('More dashboards')!)).toMatch(/^names a kind of work/);
    expect(vaguenessProblem(judgeTitle('')!)).toMatch(/^has no action/);
  });
});
