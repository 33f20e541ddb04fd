/**
 * `debrief policy show|set|check|schema|versions`: the owed-postmortem policy on the same store as `debrief serve`.
 * `set FILE` refuses a policy with the file, line and field that is wrong (the running policy stays in force);
 * `check` explains what a policy owes for a recorded incident or for facts in a file.
 */
import { InputError } from '../../core/errors.js';
import { policyJsonSchema, readPolicy } from '../../core/policy/policy-document.js';
import { checkPolicy, type CheckedDecision } from '../../server/practice/policy-check.js';
import { policyInForce } from '../../server/practice/policy-in-force.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import type { Store } from '../../store/store.types.js';
import { readIncidentFile, readTextFile } from '../input-files.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';

/** What `debrief policy` can do. */
export type PolicyAction = 'show' | 'set' | 'check' | 'schema' | 'versions';

/** The options `debrief policy` accepts. */
export interface PolicyOptions extends StoreOptions {
  as?: string;
  incident?: string;
  policy?: string;
  format?: 'text' | 'json';
}

/** A policy file's text, checked: InputError with `file:line` and the field when it is wrong. */
function checkedPolicyFile(path: string): string {
  const text = readTextFile(path, 'policy file');
  try {
    readPolicy(text);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${path}: ${error.message}`, error.details);
    throw error;
  }
  return text;
}

/** A decision as text: what is owed, under which policy, and every reason. */
function decisionText(decision: CheckedDecision): string {
  const under = decision.policyVersion === null ? 'the policy file given' : decision.policyVersion === 0 ? 'the default policy' : `policy v${decision.policyVersion}`;
  const repeat = decision.repeatOf.length > 0 ? `repeat of ${decision.repeatOf.join(', ')}\n` : '';
  return `owed: ${decision.owed} (under ${under})\n${decision.reasons.map((r) => `  - ${r}\n`).join('')}${repeat}`;
}

/** Does the action; answers what to print. */
async function perform(store: Store, action: PolicyAction, argument: string | undefined, options: PolicyOptions): Promise<string> {
  const json = options.format === 'json';
  if (action === 'set') {
    if (argument === undefined) throw new InputError('policy set: which file? e.g. debrief policy set policy.yaml --as admin@example.com');
    const document = checkedPolicyFile(argument);
    const set = await store.setPolicy(await actorFor(store, options.as, 'policy set'), document);
    return json ? `${JSON.stringify(set, null, 2)}\n` : `policy v${set.version} is in force (set by ${set.createdBy} at ${set.createdAt})\n`;
  }
  if (action === 'check') {
    const subject = argument !== undefined ? { incidentId: argument } : options.incident !== undefined ? { incident: readIncidentFile(options.incident) } : null;
    if (subject === null) throw new InputError('policy check: give a recorded incident (debrief policy check INC-12) or --incident FILE with its facts as JSON or YAML');
    const decision = await checkPolicy(store, subject, options.policy === undefined ? undefined : checkedPolicyFile(options.policy));
    return json ? `${JSON.stringify(decision, null, 2)}\n` : decisionText(decision);
  }
  if (action === 'versions') {
    const versions = await store.listPolicies();
    if (json) return `${JSON.stringify(versions, null, 2)}\n`;
    return versions.length === 0 ? 'no policy was ever set: the defaults are in force (debrief policy show)\n' : versions.map((v) => `v${v.version}\t${v.createdAt}\t${v.createdBy}\n`).join('');
  }
  const inForce = await policyInForce(store);
  return json ? `${JSON.stringify({ version: inForce.version, policy: inForce.policy }, null, 2)}\n` : `# policy v${inForce.version}${inForce.version === 0 ? ' (the defaults)' : ''}\n${inForce.document}`;
}

/** Runs `debrief policy <action> [argument]`. */
export async function policyCommand(action: PolicyAction, argument: string | undefined, options: PolicyOptions): Promise<number> {
  if (action === 'schema') {
    writeOut(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  writeOut(await withStore(resolveStoreOptions(options), (store) => perform(store, action, argument, options)));
  return EXIT.ok;
}
