/** What each blame finding says, and the systemic rewrite it offers, fitted to the pattern it saw. */
import type { BlameFinding } from './analyse.js';
import type { BlamePattern } from './finding.js';

/** The rewrite that "what was missing?" questions and hindsight share. */
const SIGNAL = 'Ask what was missing at the time: "what signal, at the time, would have shown this?", "what would make the safe path the default?"';

const REWRITES: Record<BlamePattern, { saw: string; rewrite: string }> = {
  failure: { saw: 'presents a person as the one who failed', rewrite: 'Describe the conditions, not the person: "the pipeline let a build with red tests merge", "nothing in the runbook prompted a snapshot before the rebuild".' },
  passive: { saw: 'names a person as the agent of a harmful act, in the passive', rewrite: 'Make the system the subject: "the alerts stayed silenced because silences have no expiry", "the console allowed the rule to be deleted without review".' },
  possessive: { saw: 'assigns the fault through possession', rewrite: 'Name the change and the gap, not its owner: "the cleanup query ran without a dry run or a row-count check".' },
  responsibility: { saw: 'makes a person answer for the failure', rewrite: 'Describe what everyone shared: "the backup job had a single owner and no alert on failure".' },
  counterfactual: { saw: 'is hindsight aimed at a person', rewrite: SIGNAL },
  exhortation: { saw: 'asks a person to behave better', rewrite: 'Change the system, not the person: "add a guard that makes the risky step hard to take by accident", "page a second person for weekend deploys".' },
  character: { saw: 'judges a person', rewrite: 'Describe what the system allowed: "the deploy pipeline let an unreviewed config change reach production".' },
  idiom: { saw: 'faults a person with an idiom', rewrite: 'Say what happened and what allowed it: "the escalation sat unanswered for an hour because the queue had no owner on weekends".' },
  sarcasm: { saw: 'is sarcasm aimed at a person', rewrite: 'Say plainly what happened and what allowed it: "the change reached every region at once because the rollout has no stages".' },
  question: { saw: 'asks who is to blame, not what happened', rewrite: 'Ask about the process, not the person: "what in our review process let this change through?", "why was the warning easy to miss?"' },
  softened: { saw: 'is blame wrapped in a softener, which does not remove it', rewrite: 'Drop the softener and the person; describe the conditions: "the checklist had no step for …", "nothing confirmed the region before the apply".' },
  'human-error': { saw: 'is given as the cause: it says who, not why', rewrite: 'Describe what made the error possible: "the admin tool ran against the live cluster with no prompt, and no second person saw the command".' },
  'blame-word': { saw: 'blames a person', rewrite: 'Describe what the system allowed: "the deploy pipeline let an unreviewed config change reach production".' },
  'person-cause': { saw: 'ends the chain of causes at a person', rewrite: 'Ask one more why, about what let the act do harm: "the batch could be started twice because it takes no lock and asks for no confirmation".' },
};

/** What a finding says: the words it saw, the pattern, and that blame describes the person, not the system. */
export function blameMessage(f: BlameFinding): string {
  const { saw } = REWRITES[f.pattern];
  const who = f.agentText !== '' && !f.text.includes(f.agentText) ? ` (${f.agentText})` : '';
  const soft = f.softened ? ' The softener around it does not remove the blame.' : '';
  return `Blame (${f.pattern}): "${f.text}"${who} ${saw}.${soft} Describe the conditions and the system that allowed it, not the person.`;
}

/** The systemic rewrite fitted to the finding's pattern. */
export function blameRewrite(f: BlameFinding): string {
  return REWRITES[f.pattern].rewrite;
}
