import { describe, expect, it } from 'vitest';
import { emptyPostmortem } from '../../core/postmortem.js';
import type { Postmortem } from '../../core/postmortem.schema.js';
import { lintPostmortem } from '../lint-postmortem.js';

/** The blameless findings (rule and pattern) for one sentence placed in an analysis section. */
function judged(section: 'rootCause' | 'whys' | 'wentPoorly' | 'contributingFactors', text: string): string[] {
  const base: Postmortem = { ...emptyPostmortem(), id: 'T-1', title: 'Search outage', summary: 'Search failed for an hour.' };
  const pm = section === 'rootCause' ? { ...base, rootCause: text } : section === 'contributingFactors' ? { ...base, contributingFactors: [{ text, category: null, actionItems: [] }] } : { ...base, [section]: [text] };
  return lintPostmortem('T-1', pm).messages.filter((m) => m.ruleId.startsWith('blameless/')).map((m) => `${m.ruleId}:${/^Blame \(([a-z-]+)\)/.exec(m.message)?.[1] ?? ''}`);
}

describe('blame patterns on wordings of our own', () => {
  it.each([
    ['a role known only by "on duty"', 'wentPoorly', 'The stock controller on duty loaded the wrong price file.', 'blameless/no-blame-language:failure'],
    ['a help desk as a team', 'wentPoorly', 'The supplier\'s help desk sat on our escalation all weekend.', 'blameless/no-blame-language:failure'],
    ['a name with accents at the start of a sentence', 'wentPoorly', 'Estéban pushed the signing keys into a public gist.', 'blameless/no-names-in-analysis:failure'],
    ['a neglect after a reason', 'rootCause', 'Ottilie paused the sync job because it was slow and never resumed it.', 'blameless/no-names-in-analysis:failure'],
    ['a duty named in hindsight', 'whys', 'Ravi was supposed to check the replica lag before the cutover.', 'blameless/no-names-in-analysis:counterfactual'],
    ['a why that ends at a person', 'whys', 'Why did the refunds go out twice? Because Bruno started the batch again from his laptop.', 'blameless/no-names-in-analysis:person-cause'],
    ['a passive act that led to harm', 'rootCause', 'The mail relay was pointed at the old host by Keira, so nobody got the invoices.', 'blameless/no-names-in-analysis:passive'],
    ['a skipped step with a modifier', 'wentPoorly', 'The data team raised the pool size without any soak test.', 'blameless/no-blame-language:failure'],
    ['a fault adverb before the verb', 'wentPoorly', 'Jonas accidentally rebooted the primary.', 'blameless/no-names-in-analysis:failure'],
    ['a harm let happen', 'wentPoorly', 'The night operator let the disk alarm ring until morning.', 'blameless/no-blame-language:failure'],
    ['harm itself given a person as agent', 'rootCause', 'The outage was made worse by the network team.', 'blameless/no-blame-language:passive'],
    ['an irregular past with a prefix, at a bad moment', 'rootCause', 'The index was rebuilt by Chiara during peak traffic.', 'blameless/no-names-in-analysis:passive'],
    ['haste to meet a date', 'wentPoorly', 'Engineering rushed the launch to hit the marketing date.', 'blameless/no-blame-language:failure'],
    ['harm in a relative clause', 'wentPoorly', 'The mobile squad pushed a release that hammered the login API.', 'blameless/no-blame-language:failure'],
    ['an abbreviated team', 'wentPoorly', 'Release eng pushed the wrong tag.', 'blameless/no-blame-language:failure'],
    ['a lower-case team in a culprit question', 'rootCause', 'Why does ops always wait until customers complain?', 'blameless/no-blame-language:question'],
    ['data carried off to a laptop', 'wentPoorly', 'The contractors copied the production database to their laptops.', 'blameless/no-blame-language:failure'],
    ['a review glossed over', 'wentPoorly', 'The reviewer glossed over the migration.', 'blameless/no-blame-language:failure'],
    ['a lower-case team as the agent of a passive', 'contributingFactors', 'Our backups had been disabled by ops months earlier.', 'blameless/no-blame-language:passive'],
    ['something opened to the internet', 'contributingFactors', 'The firewall rule was opened to the internet by a contractor.', 'blameless/no-blame-language:passive'],
    ['a step skipped as "with no …"', 'wentPoorly', 'The vendor shipped a firmware update with no release notes.', 'blameless/no-blame-language:failure'],
    ['a change pushed into a freeze', 'wentPoorly', 'The network team pushed their change during our freeze.', 'blameless/no-blame-language:failure'],
    ['an act of their own after one they underwent', 'wentPoorly', 'The new hire was given production access and promptly deleted the wrong bucket.', 'blameless/no-blame-language:failure'],
    ['a team named by a function and a capitalised modifier', 'wentPoorly', 'Cloud operations ignored the capacity warnings.', 'blameless/no-blame-language:failure'],
    ['a group of people', 'wentPoorly', 'The data platform group skipped the review.', 'blameless/no-blame-language:failure'],
    ['a team singled out by "nobody on"', 'wentPoorly', 'Nobody on the infra team checked the capacity forecast.', 'blameless/no-blame-language:failure'],
    ['a role singled out by "none of"', 'rootCause', 'None of the DBAs looked at the slow query log.', 'blameless/no-blame-language:failure'],
    ['an act left undone, in the passive', 'rootCause', 'The change was never tested by the QA team.', 'blameless/no-blame-language:passive'],
    ['one of a group as the agent', 'rootCause', 'The index was dropped by mistake by one of the DBAs.', 'blameless/no-blame-language:passive'],
    ['a role followed by when', 'rootCause', 'The alert had been silenced by the on-call engineer the night before.', 'blameless/no-blame-language:passive'],
    ['a failure in a relative clause about the agent', 'rootCause', 'The change came from a contractor who skipped the review.', 'blameless/no-blame-language:failure'],
    ['a person kept away as the fix', 'wentPoorly', 'Next time, keep Oyelaran away from the billing database.', 'blameless/no-names-in-analysis:exhortation'],
    ['a person banned as the fix', 'wentPoorly', 'We should ban the contractor from deploying.', 'blameless/no-blame-language:exhortation'],
    ['a failure in a relative clause without "that"', 'rootCause', 'The payments database was dropped by a migration Yuki wrote and merged without review.', 'blameless/no-names-in-analysis:failure'],
    ['a named person not to be let near the system', 'wentPoorly', "Don't let Oyelaran near the billing database again.", 'blameless/no-names-in-analysis:exhortation'],
  ])('flags %s', (_name, section, text, expected) => {
    expect(judged(section as 'rootCause', text)).toEqual([expected]);
  });

  it.each([
    ['inexperience told in a relative clause', 'wentPoorly', 'The runbook made the recovery easy, even for responders who had never done one.'],
    ['an imperative that opens with a contraction', 'wentPoorly', "Don't skip the canary for config changes."],
    ['a contraction that opens a clause', 'rootCause', "Won't happen again once the guard is in place; we'll check the lock timeout in CI."],
    ['a rule for a whole role', 'wentPoorly', 'Keep responders out of the incident channel until they are paged.'],
    ['a system kept away', 'wentPoorly', 'Keep the database away from the public internet.'],
    ['a fix a person wrote, in a relative clause without "that"', 'rootCause', 'The fix Priya wrote restored service in minutes.'],
    ['a runbook a person updated that missed a case', 'wentPoorly', 'The runbook Marco updated last month did not cover the new region.'],
    ['a person asked about a decision', 'wentPoorly', 'We paged Ines about the disclosure window and she answered within minutes.'],
    ['a rule the team was held to', 'wentPoorly', 'The store team was inside the holiday freeze and could not ship without a director\'s sign-off.'],
    ['a why about what went well', 'whys', 'Why was the data loss so small? Because Ines had scripted the restore the week before.'],
    ['investigation in a why', 'whys', 'Why did the queue back up? Wen graphed consumer lag by partition and found one hot key.'],
    ['an act done as prescribed', 'whys', 'Why did the cache empty? Because Lena restarted the nodes, as the runbook says.'],
    ['quoted blame that is rejected', 'rootCause', 'We are not calling this a "careless slip": the two consoles look the same, and that is the gap.'],
    ['praise with a turn', 'wentPoorly', 'The database team restored the shards with real care, even though the copy itself was slow.'],
    ['an approved fix', 'wentPoorly', 'Nadia merged the approved hotfix after the canary stayed green.'],
    ['haste to help', 'wentPoorly', 'The on-call rushed to the bridge and paged the DBA.'],
    ['a quick read that found the fault', 'wentPoorly', 'The on-call skimmed the logs and found the error in a minute.'],
    ['a failover started on time', 'rootCause', 'The failover was triggered by Ana at 14:05.'],
    ['a database copied where it belongs', 'wentPoorly', 'The DBA copied the database to the new cluster.'],
    ['a fix shipped with no downtime', 'wentPoorly', 'The on-call shipped the fix with no downtime.'],
    ['a team that answered in time', 'contributingFactors', 'The page was answered by ops within two minutes.'],
    ['a lower-case word that is a topic', 'rootCause', 'The ops work was scheduled for Tuesday.'],
    ['a group of machines', 'rootCause', 'The auto-scaling group terminated healthy instances.'],
    ['a firewall rule set', 'rootCause', 'The security group blocked port 443 after the change.'],
    ['a team by its function, neutrally', 'rootCause', 'Data engineering paused the nightly jobs to free capacity.'],
    ['nobody of a team, for a reason', 'wentPoorly', 'None of the engineers on call saw the alert because it went to a dead channel.'],
    ['nobody of a team knowing', 'wentPoorly', 'No one in support knew about the runbook.'],
    ['a step nobody in particular skipped', 'rootCause', 'The patch was not reviewed by anyone.'],
    ['a missing check the tool explains', 'contributingFactors', 'The config change was not reviewed by a second engineer, because the tool does not require it.'],
    ['a system that did not act', 'rootCause', 'The failover was not triggered by the health checker, which only watched the primary.'],
  ])('leaves alone %s', (_name, section, text) => {
    expect(judged(section as 'rootCause', text)).toEqual([]);
  });
});
