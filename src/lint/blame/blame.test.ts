import { describe, expect, it } from 'vitest';
import { emptyPostmortem } from '../../core/postmortem.js';
import type { Postmortem } from '../../core/postmortem.schema.js';
import { lintPostmortem } from '../lint-postmortem.js';

/** The blameless findings (rule and pattern) for one sentence placed in an analysis section. */
function judged(section: 'rootCause' | 'whys' | 'wentPoorly', text: string): string[] {
  const base: Postmortem = { ...emptyPostmortem(), id: 'T-1', title: 'Search outage', summary: 'Search failed for an hour.' };
  const pm = section === 'rootCause' ? { ...base, rootCause: text } : { ...base, [section]: [text] };
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
  ])('flags %s', (_name, section, text, expected) => {
    expect(judged(section as 'rootCause', text)).toEqual([expected]);
  });

  it.each([
    ['a rule the team was held to', 'wentPoorly', 'The store team was inside the holiday freeze and could not ship without a director\'s sign-off.'],
    ['a why about what went well', 'whys', 'Why was the data loss so small? Because Ines had scripted the restore the week before.'],
    ['investigation in a why', 'whys', 'Why did the queue back up? Wen graphed consumer lag by partition and found one hot key.'],
    ['an act done as prescribed', 'whys', 'Why did the cache empty? Because Lena restarted the nodes, as the runbook says.'],
    ['quoted blame that is rejected', 'rootCause', 'We are not calling this a "careless slip": the two consoles look the same, and that is the gap.'],
    ['praise with a turn', 'wentPoorly', 'The database team restored the shards with real care, even though the copy itself was slow.'],
    ['an approved fix', 'wentPoorly', 'Nadia merged the approved hotfix after the canary stayed green.'],
  ])('leaves alone %s', (_name, section, text) => {
    expect(judged(section as 'rootCause', text)).toEqual([]);
  });
});
