/**
 * What set an incident off, in the classes a review meeting counts: a deploy or change, a configuration, capacity,
 * a dependency, hardware, security, or unknown. Read from the document's own words: its change events, tags,
 * title, root cause and contributing factors, each class recognised by its word family, the first class with the
 * most evidence winning.
 */
import type { Postmortem } from '../core/postmortem.schema.js';

/** The classes of trigger. */
export const TRIGGERS = ['deploy', 'configuration', 'capacity', 'dependency', 'hardware', 'security', 'unknown'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** Each class's word family (stems: "deploy" covers deployed, deployment). */
const FAMILIES: Record<Exclude<Trigger, 'unknown'>, RegExp> = {
  deploy: /\b(?:deploy\w*|releas\w*|roll(?:ed|ing)?[ -]?out\w*|upgrad\w*|version bump\w*|bump\w*|merg\w*|migrat\w*|ami update)\b/gi,
  configuration: /\b(?:config\w*|misconfig\w*|setting\w*|feature flag\w*|flag\w*|rule\w*|iac|terraform|helm values|manifest\w*|revert\w*)\b/gi,
  capacity: /\b(?:capacity|exhaust\w*|starv\w*|out of (?:memory|disk|space)|oom\w*|disk full|full disk|quota\w*|limit\w*|overload\w*|saturat\w*|throttl\w*|load spike|traffic spike)\b/gi,
  dependency: /\b(?:third[- ]party|upstream|vendor\w*|provider\w*|dependenc\w*|external service\w*|aws outage|cloud outage|dns outage|certificate expir\w*)\b/gi,
  hardware: /\b(?:hardware|disk failure|failed disk|node failure|power (?:loss|outage|failure)|network card|nic|memory module|data ?cent(?:er|re)|grid)\b/gi,
  security: /\b(?:compromis\w*|phish\w*|attack\w*|vulnerab\w*|cve-\d+|exploit\w*|malicious|abuse\w*|credential\w*|leak\w*|breach\w*|unauthori[sz]ed|ddos|denial of service)\b/gi,
};

/** How often each class's words occur in a text. */
function evidence(text: string): Map<Trigger, number> {
  const counts = new Map<Trigger, number>();
  for (const [trigger, family] of Object.entries(FAMILIES) as [Trigger, RegExp][]) {
    const n = text.match(family)?.length ?? 0;
    if (n > 0) counts.set(trigger, n);
  }
  return counts;
}

/** The trigger of a postmortem; `unknown` when its words point nowhere. Change events and tags weigh double. */
export function triggerOf(pm: Postmortem): Trigger {
  const strong = [...pm.timeline.filter((e) => e.kind === 'change').map((e) => e.text), ...pm.tags, pm.title].join('\n');
  const weak = [pm.rootCause, ...pm.whys, ...pm.contributingFactors.map((f) => f.text), pm.summary].join('\n');
  const score = new Map<Trigger, number>();
  for (const [text, weight] of [[strong, 2], [weak, 1]] as const) {
    for (const [trigger, n] of evidence(text)) score.set(trigger, (score.get(trigger) ?? 0) + n * weight);
  }
  let best: Trigger = 'unknown';
  let bestScore = 0;
  for (const trigger of TRIGGERS) {
    const s = score.get(trigger) ?? 0;
    if (s > bestScore) {
      best = trigger;
      bestScore = s;
    }
  }
  return best;
}
