/** What vague action items are about (monitoring, tests, capacity, vigilance…), and the specific item that fits each. */

/** What a vague item is about: the words that say so, and the specific item that would replace it. */
export interface Topic {
  name: string;
  pattern: RegExp;
  /** Words of the topic itself, dropped from the subject ("visibility into the CDN" → "the CDN"). */
  words: RegExp;
  /** The subject when nothing else is left. */
  fallback: string;
  /** The rewrite for a subject (already fitted, or the fallback) of the vague clause. */
  rewrite(subject: string, clause: string): string;
}

/** Subjects that are levels rather than requests: their alert is a share of a limit, not a latency. */
const LEVEL = /\b(?:memory|cpu|disk|usage|utili[sz]ation|lag|depth|queue|size|saturation|connections?|pool|heap|storage|space|health)\b/;
/** Subjects a pipeline can block. */
const CHANGES = /\b(?:deploy[a-z]*|releases?|migrations?|changes?|config[a-z]*|scripts?|rollouts?|merges?|commands?|upgrades?|patch(?:es|ing)?|queries)\b/;
/** Communication about incidents, for customers or the status page, rather than about changes. */
const INCIDENT_NEWS = /\b(?:incidents?|outages?|customers?|users|status page|stakeholders?|support)\b/;

/** Topics, the most particular first ("alert noise" is about noise, not alerting). */
const TOPICS: readonly Topic[] = [
  {
    name: 'flaky tests',
    pattern: /\bflak[a-z]*\b/,
    words: /\b(?:flak[a-z]*|tests?|testing)\b/g,
    fallback: 'the suite',
    rewrite: (s) => `say which tests and what happens to them: "Quarantine every test in ${s} that failed and then passed on retry in the last 30 days, with a ticket each, and fail CI when that list grows"`,
  },
  {
    name: 'noise',
    pattern: /\b(?:nois[ey]|fatigue|spam)\b/,
    words: /\b(?:nois[ey]|fatigue|alert(?:s|ing)?|pages?|paging|spam)\b/g,
    fallback: 'the rotation',
    rewrite: (s) => `say which alerts change and how you will know it worked: "Delete or retune every alert on ${s} that paged in the last 30 days without anyone acting, and cut its pages to under 2 a week"`,
  },
  {
    name: 'backups',
    pattern: /\b(?:backups?|restores?|disaster recovery)\b/,
    words: /\b(?:backups?|restores?|disaster recovery|work|works|working|are|is)\b/g,
    fallback: 'the primary database',
    rewrite: (s) => `say how it is proven: "Each Monday, restore last night's backup of ${s} onto a throwaway host and page the on-call if it fails or takes over an hour"`,
  },
  {
    name: 'testing',
    pattern: /\b(?:tests?|testing|coverage|qa|regressions?)\b/,
    words: /\b(?:tests?|testing|test coverage|coverage|qa|regressions?|automated|manual|unit|integration|end-to-end|e2e|smoke)\b/g,
    fallback: 'the failing code path',
    rewrite: (s) => `name the test, the failure it catches and where it runs: "Add a regression test for ${s} that replays this incident's input and blocks the merge request when it breaks"`,
  },
  {
    name: 'monitoring',
    pattern: /\b(?:monitor(?:s|ing)?|alert(?:s|ing)?|alarms?|observab[a-z]*|visib[a-z]*|metrics?|logging|logs|dashboards?|telemetry|tracing|eye on|watch|track)\b/,
    words: /\b(?:monitor(?:s|ing)?|alert(?:s|ing)?|alarms?|observab[a-z]*|visib[a-z]*|metrics?|logging|logs|dashboards?|telemetry|tracing|(?:a |an )?(?:close )?eye on|watch|track)\b/g,
    fallback: 'the failing service',
    rewrite: (s) =>
      LEVEL.test(s)
        ? `say which signal, which threshold and who gets paged: "Alert when ${s} stays above 80% for 10 min, paging its owner's on-call"`
        : `say which signal, which threshold and who gets paged: "Alert on ${s} p99 > 2 s for 5 min, paging its on-call"`,
  },
  {
    name: 'performance',
    pattern: /\b(?:perform[a-z]*|latency|slow[a-z]*|fast[a-z]*|speed|optimi[sz][a-z]*|quer(?:y|ies)|throughput|efficien[a-z]*)\b/,
    words: /\b(?:perform[a-z]*|speed|optimi[sz][a-z]*|efficien[a-z]*|faster|slowness|latency|throughput)\b/g,
    fallback: 'the slowest request',
    rewrite: (s) => `name the target and where it is measured: "Cut the p95 of ${s} from 800 ms to 200 ms on the service dashboard, and alert above 400 ms"`,
  },
  {
    name: 'capacity',
    pattern: /\b(?:capacity|scal[a-z]*|resources?|memory|cpu|disk|load|headroom|quotas?|limits?)\b/,
    words: /\b(?:capacity|scal[a-z]*|resources?|headroom|planning)\b/g,
    fallback: 'the busiest service',
    rewrite: (s) => `name the limit and the proof: "Raise ${s} to what a load test at 2× last peak needs, and alert at 80% of it"`,
  },
  {
    name: 'communication',
    pattern: /\b(?:communicat[a-z]*|comms|awareness|announce[a-z]*|inform[a-z]*|notif[a-z]*|stakeholders?|status updates?|heads[ -]up|coordinat[a-z]*|collaborat[a-z]*)\b/,
    words: /\b(?:communicat[a-z]*|comms|awareness|announce[a-z]*|inform[a-z]*|notif[a-z]*|coordinat[a-z]*|collaborat[a-z]*|about|earlier|sooner|better)\b/g,
    fallback: 'risky changes',
    rewrite: (s, clause) =>
      INCIDENT_NEWS.test(clause)
        ? `name the channel, the trigger and the timing: "Post a status-page update within 15 minutes of a SEV1 page and every 30 minutes until it is resolved"`
        : `name the channel, the trigger and the timing: "Announce ${s} in #announcements 30 minutes before they happen, posted by the deploy tool"`,
  },
  {
    name: 'learning',
    pattern: /\b(?:document[a-z]*|docs|runbooks?|playbooks?|handbook|wiki|educat[a-z]*|train[a-z]*|teach[a-z]*|coach[a-z]*|knowledge|onboard[a-z]*|learn[a-z]*)\b/,
    words: /\b(?:document[a-z]*|docs|runbooks?|playbooks?|wiki|educate|train|teach|coach|knowledge|onboarding)\b/g,
    fallback: 'this failure',
    rewrite: (s) => `make it a written step that is practised: "Document the recovery steps for ${s} in its runbook and practise them at the next game day"`,
  },
  {
    name: 'security',
    pattern: /\b(?:secur[a-z]*|access|permissions?|privileges?|credentials?|secrets?|harden[a-z]*|network[a-z]*|firewall|auth[a-z]*|vulnerab[a-z]*)\b/,
    words: /\b(?:secur[a-z]*|harden[a-z]*|controls?|posture|access)\b/g,
    fallback: 'production',
    rewrite: (s) => `name the control, where it is enforced and how it is checked: "Allow access to ${s} only from the VPN range, enforced in Terraform, and alert on any rule change"`,
  },
  {
    name: 'process',
    pattern: /\b(?:process(?:es)?|procedures?|incident response|handovers?|hand-?offs?|escalations?|rotations?|retros?|governance)\b/,
    words: /(?!)/g,
    fallback: 'the incident process',
    rewrite: (s) => `name the step and what enforces it: "Add a required checklist step to ${s}, enforced by the tool that runs it, and rehearse it in the next game day"`,
  },
  {
    name: 'guard rail',
    pattern: /\b(?:deploy[a-z]*|releas[a-z]*|migrations?|changes?|config[a-z]*|rollouts?|merg[a-z]*|careful|vigilan[a-z]*|attention|double[ -]check|remember|mistakes?)\b/,
    words: /\b(?:careful|vigilant|more|attention|mistakes?)\b/g,
    fallback: 'the risky step',
    rewrite: (s) => `replace vigilance with a guard rail: "Make the pipeline block ${CHANGES.test(s) ? s : 'risky changes'} until a dry run passes and a second engineer approves"`,
  },
  {
    name: 'reliability',
    pattern: /\b(?:stab[a-z]*|reliab[a-z]*|resilien[a-z]*|robust[a-z]*|availab[a-z]*|safe[a-z]*|uptime|outages?|recurrence|again)\b/,
    words: /\b(?:stab[a-z]*|reliab[a-z]*|resilien[a-z]*|robust[a-z]*|availab[a-z]*|safe[a-z]*|uptime|similar|such|future|outages?|incidents?|recurrences?|(?:does(?:n't| not)|won't|will not|never|can't|cannot)\s+(?:happen|recur|occur)s?|happen(?:s|ing)?|recurs?)\b/g,
    fallback: 'the failing dependency',
    rewrite: (s) => `name the failure mode and the mechanism that removes it: "Add a circuit breaker to ${s} that opens after 5 failed calls in 10 s, with a test that proves it"`,
  },
];

/** The rewrite when no topic fits, and for inquiries (whose rewrite is their own). */
export const GENERAL: Topic = {
  name: 'general',
  pattern: /(?!)/,
  words: /(?!)/g,
  fallback: 'the failing call',
  rewrite: (s) => `name what changes and how you will know it is done: "Add a timeout and a retry with backoff to ${s}, and a test that fails without them"`,
};

/** Topics an exhortation can be about ("keep an eye on …", "raise awareness of …", "educate …"); others become a guard rail. */
const PEOPLE_TOPICS: ReadonlySet<string> = new Set(['monitoring', 'communication', 'learning', 'process']);

/** The topic of a vague clause; an exhortation about anything but watching, telling or learning asks for a guard rail. */
export function topicOf(clause: string, exhortation: boolean): Topic {
  const topic = TOPICS.find((t) => t.pattern.test(clause)) ?? GENERAL;
  return exhortation && !PEOPLE_TOPICS.has(topic.name) ? (TOPICS.find((t) => t.name === 'guard rail') ?? GENERAL) : topic;
}
