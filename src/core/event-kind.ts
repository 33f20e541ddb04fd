/**
 * What kind of timeline event a line records, read from its wording: terse chat ("ack, looking"), tool notices
 * (PagerDuty, Opsgenie, Alertmanager, Grafana, Nagios, Statuspage, Sentry, CloudWatch), `@handle` lines, Markdown
 * and full sentences. The cues are open lexicons (the verbs and nouns of each step of an incident, tool states and
 * shapes), grouped in tiers whose order reads a line the way an incident reviewer does.
 *
 * Speed: this runs on every timeline row. Every pattern names the words it cannot match without (its anchors); one
 * pass over the line (a walk of a trie of the anchor stems) finds which anchors are present, and only the patterns
 * they gate are run, tier by tier, until a tier matches.
 */
import { memoize } from './memoize.js';
import type { EventKind } from './postmortem.schema.js';

/** What a cue says a line is: a kind, or `none` for a line that looks like a step but is not one (a news item). */
type Reading = EventKind | 'none';

/**
 * One pattern (on lower-case text) and the words it cannot match without: groups of stems, each group one a word
 * of the text must start with ("customer user … | report complain …": someone, and a verb of reporting).
 */
interface Alternative {
  anchors: readonly (readonly string[])[];
  source: string;
}

/** A cue: what it reads, and the patterns that read it. */
interface Cue {
  reading: Reading;
  alternatives: readonly Alternative[];
}

/**
 * `anchors`: stems separated by spaces, groups by ` | `. A stem that starts with a letter or digit starts a word;
 * one that ends with `$` is the whole word ("no$" is not satisfied by "nodes"); one that starts with `^` starts
 * the first word of the line.
 */
const alt = (anchors: string, source: string): Alternative => ({ anchors: anchors.split(' | ').map((group) => group.split(' ')), source });
const cue = (reading: Reading, alternatives: readonly Alternative[]): Cue => ({ reading, alternatives });
const any = (alternatives: readonly string[]) => alternatives.join('|');

// Word lists shared by several patterns (alternations without capturing groups).
const MONITORING_TOOLS = any([
  String.raw`pagerduty|opsgenie|victorops|splunk on-?call|alertmanager|prometheus|grafana|datadog|sentry|cloudwatch`,
  String.raw`stackdriver|cloud monitoring|azure monitor|new ?relic|nagios|icinga|zabbix|sensu|pingdom|uptime ?robot`,
  String.raw`uptime (?:monitor|check)|statuscake|checkly|honeycomb|signalfx|lightstep|dynatrace|appdynamics|bugsnag`,
  String.raw`rollbar|raygun|incident\.io|firehydrant|rootly|better ?stack|better ?uptime|cronitor|zenduty|squadcast`,
  String.raw`xmatters|bigpanda|monitoring|synthetics?|watchdog|(?:slack |chat )?bot`,
]);
/** The same tools as anchors (the first word of each). */
const MONITORING_TOOL_ANCHORS = [
  'pagerduty opsgenie victorops splunk alertmanager prometheus grafana datadog sentry cloudwatch stackdriver cloud',
  'azure new newrelic nagios icinga zabbix sensu pingdom uptime uptimerobot statuscake checkly honeycomb signalfx',
  'lightstep dynatrace appdynamics bugsnag rollbar raygun incident firehydrant rootly better betterstack betteruptime',
  'cronitor zenduty squadcast xmatters bigpanda monitoring synthetic watchdog slack chat bot',
].join(' ');
const PROVIDERS = any([
  String.raw`aws|amazon|ec2|s3|ebs|rds|gcp|google cloud|azure|cloudflare|fastly|akamai|cdn|github|gitlab|bitbucket`,
  String.raw`stripe|paypal|adyen|braintree|twilio|sendgrid|mailgun|okta|auth0|heroku|vercel|netlify|digitalocean`,
  String.raw`linode|hetzner|ovh|salesforce|docker ?hub|npm|pypi|let'?s ?encrypt`,
]);
const PROVIDER_NOUNS = String.raw`provider|idp|upstream|vendor|supplier|isp|carrier|transit|registrar|third[- ]party|saas|processor|psp|acquirer|bank|card network|partner api`;
const PROVIDER_ANCHORS = [
  'aws amazon ec2 s3 ebs rds gcp google azure cloudflare fastly akamai cdn github gitlab bitbucket stripe paypal adyen',
  'braintree twilio sendgrid mailgun okta auth0 heroku vercel netlify digitalocean linode hetzner ovh salesforce docker',
  'npm pypi let lets letsencrypt provider idp upstream vendor supplier isp carrier transit registrar third saas processor psp',
  'acquirer bank card partner',
].join(' ');
const PEOPLE = any([
  String.raw`customers?|users?|clients?|merchants?|partners?|subscribers?|players?|members?|tenants?|buyers?|sellers?`,
  String.raw`shoppers?|someone|somebody|people|folks|employees?|staff|colleagues?|developers?|devs?|engineers?`,
  String.raw`testers?|researchers?|support|helpdesk|help desk|service desk|sales|account managers?`,
  // Front-line people who see a fault first and phone it in: clinical, retail, field, transport, classroom.
  String.raw`nurses?|doctors?|clinicians?|pharmacists?|patients?|agents?|drivers?|riders?|couriers?|cashiers?|guests?|passengers?`,
  String.raw`students?|teachers?|dispatchers?|callers?|viewers?|listeners?|advertisers?|store managers?|field (?:staff|techs?|engineers?)`,
  String.raw`a (?:\S+\s+)?(?:team|user|customer|dev|developer|engineer|member|farmer)`,
]);
const STAKEHOLDERS = String.raw`legal|pr|comms|leadership|executives?|execs?|management|stakeholders|the board|board|press|regulators?|dpo|ciso|ceo|cto|cfo|coo`;
const RESPONDERS = String.raw`team|on-?call|oncall|sres?|dbas?|experts?|secondary|specialists?|leads?|leadership|managers?|vp|cto|ceo|ciso|director|owners?|maintainers?|vendor|engineering|security|networking|infra|platform|developers?|devs|commander|ic`;
/** Metrics that are bad news when they rise. */
const METRICS_BAD = String.raw`tickets?|complaints?|support (?:volume|contacts)|errors?|error rates?|exceptions?|5\d\d|5xx|500s|4xx|latency|timeouts?|failures?|crash(?:es|ing)?|p9\d|p50|lag|cpu|memory|disk|queue (?:depth|age|size)|saturation|retries|rejections|ooms?`;
/** Metrics that are bad news when they fall. */
const METRICS_GOOD = String.raw`success(?:ful)?(?:\s+(?:rate|ratio))?|availability|throughput|orders?|signups?|sign-ups?|sign-?ins?|logins?|conversions?|revenue|apdex|hit[- ]?rate|uptime|checkouts?|payments?|transactions?|sales|bookings?|purchases?|page ?views|active users|deliveries|renewals|streams|plays|installs|authori[sz]ations?|approvals?|settlements?|dispatch(?:es)?|completions?`;
const METRIC_GOOD_ANCHORS = 'success availability throughput order signup sign login conversion revenue apdex hit uptime checkout payment transaction sales booking purchase page active deliveries renewals streams plays installs authori approval settlement dispatch completion';
/** Saying that a number fell, suddenly or far: "dropped", "tanked", "fell off a cliff", "flatlined", "went to zero". */
const FALLING = String.raw`dropp\w+|drops?\b|fall\w*|fell|decreas\w+|declin\w+|plummet\w*|tank\w*|crater\w*|collaps\w+|nose-?div\w+|flat-?lin\w*|sank|sink\w*|dipp\w+|dips?\b|(?:went|go(?:es|ing)?|dropped|fell) (?:to )?zero\b|off a cliff|down\b|below\b|under\b|halved`;
const FALLING_ANCHORS = 'dropp drop fall fell decreas declin plummet tank crater collaps nose flat sank sink dipp dip went go zero off down below under halved';
/** Metrics whose fall means impact is easing ("bot traffic tapering off" after a WAF rule). */
const METRICS_EASING = String.raw`errors?|error rates?|exceptions?|5\d\d|5xx|500s|latency|timeouts?|failures?|load|volume|queue|backlog|lag|cpu|memory|retries|rejections|crash\w*|alerts?|p9\d`;
const CAPACITY = String.raw`\w+_(?:connections|conns|size|limit|max|threads|workers|pool\w*|memory|timeout\w*)|capacity|replicas?|instances?|instance count|pool(?: size)?|connections?|limits?|memory|heap|cpu|quota|timeouts?|workers?|threads?|nodes?|max_\w+|disk|storage|buffers?|size|shards?|partitions?`;
/** Things that are started, run, moved and stopped. */
const WORKLOADS = any([
  String.raw`pods?|nodes?|instances?|containers?|consumers?|workers?|services?|servers?|hosts?|process\w*|daemons?`,
  String.raw`daemonsets?|proxies|proxy|brokers?|jobs?|tasks?|vms?|machines?|deployments?|replicas?|connections?`,
  String.raw`sessions?|queries|query|locks?|caches?|agents?|exporters?|apps?|applications?|clusters?|databases?|dbs?`,
  String.raw`controllers?|timelords?|gateways?|load ?balancers?|lbs?|ingress\w*|api|stack|cron\w*|tests?|scripts?`,
]);
/** Activities whose start is a change: "Nightly ETL run begins", "Security patching starts", "Load test starts". */
const CHANGE_ACTIVITIES = any([
  String.raw`deploy\w*|releases?|rollouts?|roll-outs?|upgrades?|updates?|patch\w*|migrations?|maintenance|reshard\w*`,
  String.raw`rebalanc\w*|re-?index\w*|backfills?|imports?|exports?|jobs?|crons?|batch\w*|scripts?|tasks?|syncs?`,
  String.raw`backups?|compactions?|vacuums?|rotations?|renewals?|cutovers?|changes?|push(?:es)?|sales?|campaigns?`,
  String.raw`sends?|promotions?|launch(?:es)?|etl|runs?|tests?|drills?|game ?days?|experiments?|resiz\w*|rebuilds?|reboots?|expansions?|reconfigur\w*|resyncs?`,
]);
/** What responders move between places to get it away from a fault: traffic and its units. */
const FLOWS = String.raw`traffic|users|requests|load|customers|tenants|sessions|writes|reads|calls|queries|connections|workloads?|players|clients|subscribers|merchants|shoppers|devices|jobs|consumers`;
const FLOW_ANCHORS = 'traffic users requests load customers tenants sessions writes reads calls queries connections workload players clients subscribers merchants shoppers devices jobs consumers';
/** Places traffic is moved off or onto: regions, zones, sites, clusters, pools, cells, and region codes ("eu-west-1"). */
const PLACES = String.raw`regions?|az|azs|availability zones?|zones?|data ?cent(?:er|re)s?|dcs?|sites?|pops?|clusters?|fleets?|pools?|cells?|shards?|stacks?|environments?|[a-z]{2,}-[a-z]+-\d`;
/**
 * Incident-management and chat tools: they record what people did (assigned, posted, updated), so a line they
 * prefix is read by its words, not taken for a monitor's alert.
 */
const INCIDENT_TOOLS = String.raw`incident\.io|firehydrant|rootly|(?:slack |chat )?bot`;
/** Participles of stopping an activity ("rollout halted", "deploys frozen"): a mitigation when the activity is ours. */
const HALTED = String.raw`halted|paused|stopped|frozen|suspended|cancel+ed|aborted|killed|put on hold|on hold|held back|blocked|disabled`;
/** What may follow such a participle when it tells a fault, not a decision ("stopped responding", "halted with an error"). */
const HALTED_BY_FAULT = String.raw`(?!\s+(?:respond|work|process|running|consum|serv|send|accept|report|emit|return|produc|sync|flush|ack|unexpectedly|on (?:an? )?error|with (?:an? )?(?:error|exception|fault)|due to|because|after (?:an? )?(?:error|crash|fault)))`;

/** A purpose that makes a change a mitigation, anywhere later in the line ("… lowered to 100 to relieve the database"). */
const NO_RELIEF_AHEAD = String.raw`(?!.*\bto\s+(?:relieve|reduce (?:load|pressure|traffic)|take (?:load|pressure)|shed|ease|protect|stem|contain|buy time|unblock|free up|stabili[sz]e|stop the (?:bleeding|errors|crash))\b)`;

/** Flag services: flags turned off there are mitigations, turned on changes. */
const FLAG_TOOLS = String.raw`launchdarkly|split\.io|flagsmith|unleash|optimizely|statsig|configcat|growthbook`;
const FLAG_TOOL_ANCHORS = 'launchdarkly split flagsmith unleash optimizely statsig configcat growthbook';
/** A verb that says something started going wrong, not that an activity began ("job started failing"). */
const NOT_GOING_WRONG = String.raw`(?!\s+(?:to\s+)?(?:fail|error|crash|tim|throw|return|break|hang|stall|slow|degrad|drop|leak))`;
const STARTS = String.raw`(?:begins?|began|starts?|started|kicks? off|kicked off|commences?|commenced|(?:is|gets) underway|launched)`;

/** Anchors that must be the first word of the line, for patterns that start with `^`. */
const firstWord = (anchors: string) => anchors.split(' ').map((stem) => `^${stem}`).join(' ');

/** A label that opens a line (`**Detection:**`, `Resolved -`): everything before it is punctuation or Markdown. */
const label = (anchors: string, words: string) => alt(firstWord(anchors), String.raw`^[\s*_>#\[(-]*(?:${words})\s*(?:\*\*|__)?\s*(?::|\s[-–—]\s)`);

/** Declaring an incident: "declares incident #465", "SEV1 declared", "raised to SEV2". */
const DECLARED = [
  alt('declar', String.raw`\bdeclar\w*\s+(?:(?:an?|the|as|it)\s+)?(?:(?:major|new|\w+)\s+)?(?:incident|sev\s?-?\d|p\d|outage|emergency|mi)\b`),
  alt('declared opened raised created started', String.raw`\b(?:incident|sev\s?-?\d|major incident)\s+(?:(?:was|is|has been)\s+)?(?:declared|opened|raised|created|started)\b`),
  alt('raised upgraded bumped escalated', String.raw`\b(?:raised|upgraded|bumped|escalated)\s+to\s+(?:a\s+)?(?:sev\s?-?\d|p\d|major|critical)\b`),
];

/** The writer's own marker of when impact began: "**OUTAGE BEGINS**", "Impact starts", "start of the outage". */
const IMPACT_STARTS = [
  alt('begin began start commenc', String.raw`\b(?:outage|impact|incident|downtime|disruption|degradation)\s+(?:officially\s+)?(?:begins?|began|starts?|started|commences?|commenced)\b(?!\s+to\s+(?:subside|ease|drop|fall|declin|recover|improv|clear|lessen|go down))`),
  alt('start beginning onset', String.raw`\b(?:start|beginning|onset) of (?:the\s+)?(?:outage|impact|incident|downtime|disruption)\b`),
];

/**
 * Alert-rule names as monitoring tools write them ("HighMemoryUsage", "KubeNodeNotReady", "DiskSpaceLow"): they
 * are marked before the text is lower-cased, when their case still shows.
 */
const ALERT_RULE_NAME = /\b(?:(?:High|Low|Kube)[A-Z]\w*[a-z]\w*|[A-Z][a-z]+(?:[A-Z][a-z0-9]+)*(?:High|Low|Down|Failing|Failed|Errors?|Spike|Critical|Latency|Lag|Full|Exhausted|Missing|Absent|NotReady|CrashLooping|Unavailable|Unreachable|Saturated|Burn(?:Rate)?|Stalled|Stuck))\b/g;
const ALERT_RULE_MARK = ' alertrule';
/** Every alert-rule name has a capital letter inside a word; most lines have none, and skip the marking. */
const CAPITAL_INSIDE_WORD = /[a-z][A-Z]/;

/**
 * The cues in tiers. The first tier with a match decides; within a tier the leftmost match wins (ties: the
 * pattern listed first), since a line's main clause comes first ("Checked the deploy logs" is an investigation,
 * "Deploy of v2; checking logs" a change). The order of the tiers is the precedence of the boundary cases:
 * - a label the writer put in front of the line says it all;
 * - an outcome beats what was done to reach it ("rollback resolved the errors", "back to normal and holding"),
 *   and an attempt that did not work is a finding;
 * - a status update is communication unless it announces the resolution;
 * - acknowledging or joining beats the escalation it answers ("acks the page from the DB team"), and a decision or a
 *   deliberation beats the action it is about ("agreed to keep the canary paused");
 * - declaring an incident is an escalation, even on a line that marks "INCIDENT BEGINS";
 * - a report from people, an escalation, a provider's own event and the start of impact beat the words inside
 *   them ("Helpdesk escalates case: …", "Stripe begins returning …"; "X's on-call joins" was read above);
 * - alert notices, symptoms, outright mitigations and planned activities starting go by position ("Replica promoted;
 *   p99 easing" is a mitigation, "Scheduled DR drill begins" a change);
 * - last, by position: weaker mitigations, someone noticing, changes, investigation, communication and bare alert
 *   words ("SRE spots the queue piling up" is a detection, "Nightly ledger sync started" a change).
 */
const TIERS: readonly (readonly Cue[])[] = [
  [
    cue('resolution', [label('recover resol all end impact outage incident', String.raw`recovery|recovered|resolution|resolved|all clear|end of (?:impact|outage|incident)|(?:impact|outage|incident) end(?:s|ed)?`)]),
    cue('mitigation', [label('mitigat workaround', String.raw`mitigation|mitigated|workaround`)]),
    cue('detection', [label('detect discover first alerted', String.raw`detection|discovery|detected|discovered|first alert|alerted`)]),
    cue('change', [label('trigger cause start impact outage incident', String.raw`trigger|triggered by|cause|start of (?:impact|outage|incident)|(?:impact|outage|incident) (?:start|starts|begins?|began|started)`)]),
    cue('communication', [label('investigating identified monitoring update status communication comms announcement verifying', String.raw`investigating|identified|monitoring|update|status update|communication|comms|announcement|verifying`)]),
    cue('escalation', [label('escalat', String.raw`escalation|escalated`)]),
    cue('acknowledgement', [label('ack', String.raw`ack|acked|acknowledged|acknowledgement`)]),
    cue('decision', [label('decision', String.raw`decision`)]),
    cue('investigation', [label('root finding hypothesis theory investigation diagnosis', String.raw`root cause|findings?|hypothesis|theory|investigation|diagnosis`)]),
  ],
  [
    // Tool notices of recovery: `[RESOLVED]`, `[OK]`, "Nagios RECOVERY:", CloudWatch "ALARM -> OK".
    cue('resolution', [
      alt('[', String.raw`\[(?:resolved|ok|recovered|closed)\b[^\]]{0,20}\]`),
      alt(`${firstWord(MONITORING_TOOL_ANCHORS)} | recover resolved ok closed cleared`, String.raw`^\W*(?:${MONITORING_TOOLS})\b[\s:*\-–—]*(?:\S+\s+)?[\s:*\-–—]*(?:recovery|recovered|resolved|ok|closed|cleared)\b`),
      alt(`${firstWord(MONITORING_TOOL_ANCHORS)} | up$`, String.raw`^\W*(?:${MONITORING_TOOLS})\b.*\b(?:check|probe|monitor|host|site|service|endpoint|target|url|website)\s+(?:is\s+)?(?:back\s+)?up\b(?!\s+(?:\d|by|to|from|over|again))|^\W*(?:${MONITORING_TOOLS})\b.*(?<!\b(?:rate|rates|latency|errors?|cpu|memory|load|usage|lag|p\d+|count|volume|traffic|requests|5xx|4xx|way|sharply|much|\d+%?|\d+x)\s+(?:(?:is|are)\s+)?(?:back\s+)?)\b(?:(?:is|are)\s+)?(?:back\s+)?up\s*(?:\(|[.!]|$)`),
      alt('auto ok', String.raw`\bauto-?(?:resolved|closed|cleared|recovered)\b|\bok state\b|\b(?:http|https|tcp|ping|ssh|smtp|dns|service|host|check|probe)\s+(?:is\s+)?ok\b|\b(?:entered|to|is now|now|back to|changed to|->|→)\s+(?:the\s+)?ok\b|\b(?:is|are)\s+(?:back\s+)?ok\b`),
      alt('closed cleared recovered', String.raw`\b(?:alert|violation|alarm)\s+(?:\S+\s+)?(?:closed|cleared|recovered)\b`),
    ]),
    // "resolved" unless negated or still to come ("not resolved", "until resolved"); "…, resolving" as a state.
    cue('resolution', [
      alt('resolved', String.raw`\b(?<!\b(?:not|never|until|once|when|before|if|be|yet|isn't|wasn't|aren't|weren't|get|gets|got)\s)\bresolved\b`),
      alt('resolves resolving', String.raw`\bresolves\b|\bresolving\b(?=\s*(?:[.;,!)]|$))`),
    ]),
    // Impact, the incident or the problem is over, closed or fixed; "all clear", "standing down", "Fixed.".
    cue('resolution', [
      alt('over end finish closed fixed solved gone cleared', String.raw`\b(?:impact|outage|incident|disruption|downtime|degradation|issue|problem|event|ticket|alert|alarm|case|inc-?[\w-]*|errors?|symptoms?)\s+(?:\S+\s+){0,2}?(?:(?:is|was|has been|have been|now|fully|permanently|officially|finally)\s+)*(?:over|ended|ends|ending|finished|closed|fixed|solved|gone|cleared)\b(?<!\bover(?=\s+to\b))`),
      alt('end', String.raw`\bend of (?:the\s+)?(?:impact|outage|incident|disruption|downtime)\b`),
      alt('clos', String.raw`\b(?:closing|closed|close|closes)\s+(?:out\s+)?(?:the\s+)?(?:\S+\s+)?(?:incident|inc-?[\w-]+|ticket|issue|case|page)\b`),
      alt('marked over all', String.raw`\bmarked\s+(?:as\s+)?(?:resolved|closed|done|fixed|solved)\b|\b(?:declar|call|mark)\w*\s+(?:\S+\s+){0,2}?(?:over|all[- ]clear)\b`),
      alt('all stand stood fixed sorted', String.raw`\ball[- ]clear\b|\bst(?:and(?:s|ing)?|ood)\s+down\b|^\W*(?:fixed|sorted|all good|all fine)\b(?!\s+(?:the|a|an|by|in)\b)`),
    ]),
    // Back to normal: "returned to pre-incident levels", "down to normal levels", "back into rotation", "… and steady".
    cue('resolution', [
      alt('back returned returns returning came comes down restored recovered | normal baseline nominal pre$ usual expected healthy steady regular functional working full', String.raw`\b(?:back|returned|returns|returning|came back|comes back|down|restored|recovered)\s+to\s+(?:an?\s+)?(?:\S+\s+)?(?:normal|baseline|nominal|pre-incident|pre-outage|usual|expected|healthy|steady[- ]state|regular|functional|working|full)\b`),
      alt('back$', String.raw`\bback\s+(?:in|into)\s+(?:the\s+)?(?:\S+\s+)?(?:pool|rotation|service|sync|operation)\b|\bback\s+(?:online|up and running|in business)\b`),
      alt('holding stable steady', String.raw`\band (?:holding|stable|steady)\b|\bholding (?:steady|stable)\b`),
    ]),
    // Working again: "uploads work again", "totals accurate again", "callbacks landing again", "once again syncing".
    cue('resolution', [
      alt('again', String.raw`\b(?:works?|worked|functional|healthy|normal|correct|correctly|available|up|online|responsive|operational|successful|green|reachable|stable|synced|in sync|created|usable|accessible|visible|searchable)(?:\s+\S+){0,2}?\s+again\b`),
      alt('again', String.raw`\b(?!(?:fail|error|crash|tim|break|drop|flap|spik|climb|ris|stall|hang|degrad|leak|restart|alert|fir|pag|happen|occur|recur|throw|return|spin|loop|burn|grow|increas|slow|go|look|try|tri|check)\w*ing\b)\w+ing(?:\s+\S+){0,2}?\s+again\b`),
      alt('again', String.raw`\b(?:can(?!['’]t|not)|could|(?:are|is|were|was) able to)\s+(?:\S+\s+){1,4}?again\b|\b(?:succeed|load|render|pass|complet|connect|respond|flow|deliver|arriv|settl|print|sync)(?:s|ed)?\s+(?:\S+\s+){0,2}?again\b`),
      alt('again', String.raw`\b(?:going|getting|coming)\s+through\s+again\b|\bonce again\s+(?!fail|down|broken|stuck|error|crash|unavail|slow|degrad|tim)`),
    ]),
    // Everything healthy: "every shard healthy", "probes all green", "everything is working as expected".
    cue('resolution', [
      alt('all every each', String.raw`\b(?:all|every|everything|each)\b(?:\s+\S+){0,3}?\s+(?:(?:is|are|was|were|now|looks?|looking|seems?|seemed|back|verified|confirmed|reported)\s+)*(?:healthy|green|operational|nominal|normal|stable|passing|recovered|restored|fine|good|ok)\b`),
      alt('green healthy nominal clear quiet recovered', String.raw`\b(?:checks?|monitors?|alerts?|dashboards?|metrics|probes?|synthetics?|graphs?|services?|systems?)\s+(?:(?:are|is|all|now|back|look|looks|showing)\s+)*(?:green|healthy|nominal|clear|quiet|recovered)\b`),
      alt('expected normal usual intended properly correctly fine', String.raw`\b(?<!\bnot\s|n't\s)\b(?:working|works|running|behaving|performing|functioning)\s+(?:as\s+(?:expected|normal|usual|intended)|normally|properly|correctly|fine)\b|\b(?<!\bnot\s|n't\s)(?:\w+(?:ing|s)|load|work|run|respond|process|flow|sync|render|perform|behave|operate|function)\s+(?:again\s+)?normally\b(?=\s*(?:$|[.,;:!)—–-]|(?:again|for|at|across|in|on|since|now|from|to|with|and|everywhere|once)\b))`),
      alt('now again', String.raw`\b(?:is|are)\s+(?:now\s+)?(?:fine|ok|okay|healthy|normal|stable|green|up)\s+(?:now|again)\b|\bnow\s+(?:fine|ok|okay|healthy|normal|stable|green)\b`),
      alt('operational online', String.raw`\b(?:services?|sites?|systems?|platform|apps?|api|website|portal|everything|all services)\s+(?:(?:is|are|now|back|fully)\s+)*(?:operational|online)\s*(?:[.!;]|$)`),
      alt('fully completely full', String.raw`\b(?:fully|completely)\s+(?:operational|functional|available|recovered|restored|resolved|caught up|processed)\b|\bfull recovery\b`),
    ]),
    // Steady at a level for a while: "steady at 99.8% for 2 hours", "back under 1x burn for an hour".
    cue('resolution', [
      alt('stable steady healthy clean green quiet nominal normal baseline back | for$ over$', String.raw`\b(?:stable|steady|healthy|clean|green|quiet|nominal|normal|baseline|back (?:under|below|within|to|at|in))\b(?:\s+\S+){0,3}?\s+(?:for|over)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:\d+|an?|one|two|three|several|fifteen|thirty|forty|fifty|sixty)\s*\+?\s*(?:min\w*|m\b|hours?|hrs?|h\b)`),
    ]),
    // Stable for a while: "green for 30 min", "two hours of clean graphs", "no 5xx in the past hour".
    cue('resolution', [
      alt('stable healthy clean green quiet nominal normal steady clear baseline', String.raw`\b(?:stable|healthy|clean|green|quiet|nominal|normal|steady|clear|baseline)\s+(?:for|over)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:\d+|an?|one|two|three|several|fifteen|thirty|forty|fifty|sixty)\s*\+?\s*(?:min\w*|m\b|hours?|hrs?|h\b)`),
      alt('nominal normal stable healthy clean green quiet', String.raw`\b(?:\d+|an?|one|two|three|several)\s+(?:\S+\s+)?(?:min\w*|hours?)'?\s+(?:of\s+)?(?:nominal|normal|stable|healthy|clean|green|quiet)\b`),
      alt('no$ | error alert failure complaint crash timeout 5', String.raw`\bno\s+(?:more\s+|further\s+|new\s+)?(?:errors?|alerts?|failures?|complaints|crashes|timeouts|5\d\d|5xx)\s+(?:for|in|since)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:\d|an?\b|one|two)`),
      alt('no$ | more further new additional', String.raw`\bno\s+(?:more|further|new|additional)\s+(?:\S+\s+)?(?:errors?|impact|alerts?|failures?|reports|complaints|occurrences|issues|crashes|timeouts|5\d\d|5xx)\b`),
    ]),
    // Recovered or restored as a state, not "restored the database" (an action) nor "partially recovered".
    cue('resolution', [
      alt('recovered restored', String.raw`\b(?<!\b(?:partially|partly|not|never|to|be|some|yet|builds?|versions?|releases?|backups?|snapshots?|images?|commits?|config\w*|settings?|flags?|values?|files?|binar(?:y|ies)|packages?|artifacts?|amis?|tags?|keys?)\s)\b(?:fully\s+)?(?:recovered|restored)\b(?!\s+(?:the|a|an|all|some|\d|from|by|partially)\b)`),
    ]),
    // Backlogs worked off: "caught up", "backlog is empty", "all queued invoices processed", "uploads resumed".
    cue('resolution', [
      alt('caught fully', String.raw`\bcaught up\b|\bfully (?:drained|delivered|replayed|synced|reprocessed)\b`),
      alt('resum', String.raw`\b(?<!\b(?:work|investigation|debugging|deploys?|testing|attack|errors?|failures?)\s)\b(?:resumed|resumes)\b`),
      alt('drained cleared cleaned empty emptied processed gone zero', String.raw`\b(?:queues?|backlogs?|lag|mempool)\s+(?:\S+\s+){0,2}?(?:(?:is|are|now|fully|has been|have been)\s+)*(?:drained|cleared|cleaned up|empty|emptied|processed|gone|zero|back to zero)\b`),
      alt('delivered processed replayed reprocessed', String.raw`\ball\s+(?:\S+\s+){0,3}?(?:delivered|processed|replayed|reprocessed)\b`),
    ]),
    // Confirmed working: "Confirmed working", "verified fixed", "the fix works".
    cue('resolution', [
      alt('confirm verif validat', String.raw`\b(?:confirm\w*|verif\w*|validat\w*)\s+(?:(?:as|to be|that|it|it's|it is|everything|all|is|was|are|the fix|fix|things)\s+)*(?:working|works|fixed|resolved|healthy|functional|operational|stable|good|fine|ok)\b(?!\s+on\b)`),
      alt('works worked working did holds held', String.raw`\b(?:fix|workaround|rollback|patch|change)\s+(?:\S+\s+)?(?:works|worked|is working|did the trick|holds|held)\b`),
    ]),
    // An attempt that did not work is a finding, not a mitigation ("Rollback did not help; errors persist").
    cue('investigation', [
      alt('did does effect improvement change made', String.raw`\b(?:did not|didn't|does not|doesn't) (?:help|work|fix|change anything|make a difference)\b|\b(?:had |has |with )?no (?:effect|improvement|change in)\b|\bmade no difference\b`),
      alt('persist still', String.raw`\b(?:errors?|failures?|issues?|problems?|impact|symptoms?)\s+(?:still\s+)?persist\w*|\bstill\s+(?:failing|erroring|broken|down|seeing|crashing|timing out)\b`),
    ]),
    // A news item is background, never a step of the response (a sonnet found in the news is not a detection).
    cue('none', [
      alt('news press$ media journalist reporter headline article blog hacker reddit social | report say said claim cover announc publish break mention pick run ran article stor', String.raw`^\W*(?:\S+\s+){0,2}?(?:news|press|media|journalists?|reporters?|headlines?|articles?|blogs?|blog posts?|hacker news|reddit|social media)\s+(?:\S+\s+)?(?:reports?|reported|says?|said|claims?|covers?|covered|announces?|announced|publish\w*|break\w*|mentions?|picks? up|picked up|runs?|ran|articles?|stor(?:y|ies))\b`),
    ]),
  ],
  [
    // A status page or status post: communication, even when it says "investigating", "identified" or "reports".
    cue('communication', [
      alt('statuspage', String.raw`\bstatuspage\b`),
      alt('status | page io update post note', String.raw`\bstatus\s?page\b|\bstatus\.io\b|\bstatus (?:update|post|note)\b`),
      alt('post', String.raw`\bposted\s+(?:an?\s+|the\s+)?(?:(?:first|second|initial|new|public|internal|customer|next|final)\s+)?(?:update|notice|status|message|statement|announcement|banner)\b|\bpost(?:s|ed|ing)?\s+(?:\S+\s+)?(?:in|to|on)\s+#\S*(?:status|announce|general|incident|inc-|outage|update)`),
      alt('updat | status banner incident', String.raw`\bupdated?\s+(?:the\s+)?(?:status|banner|incident page)\b`),
      alt('public holding | update notice statement', String.raw`\bpublic (?:update|notice|statement)\b|\bholding statement\b`),
      // "customer update posted to …", "comms drafted and sent by support", "status note published".
      alt('update notification notice statement announcement banner advisor comms communication bulletin | posted sent published issued shared emailed mailed circulated', String.raw`\b(?:(?:customer|client|status|public|internal|incident|stakeholder|exec\w*|leadership|first|initial|next|final|hourly|progress|written|e-?mail)\s+(?:update|notification)s?|notices?|statements?|announcements?|banners?|advisor(?:y|ies)|comms|communications?|bulletins?)\s+(?:\S+\s+){0,3}?(?:(?:was|were|is|are|has been|have been|now)\s+)?(?:posted|sent|published|issued|shared|e-?mailed|mailed|circulated)\b`),
    ]),
  ],
  [
    // Acknowledging: "ack", "acked", "acknowledged by", unless negated ("no ack", "not acknowledged").
    cue('acknowledgement', [
      alt('ack', String.raw`\b(?<!\b(?:no|not|never|without|nobody|unable to|didn't|did not|failed to)\s)\b(?:ack|acks|acked|acking|ack'd|ackd|acknowledg\w*)\b`),
    ]),
    // Joining the response: "joins the huddle", "joining from the train", "hops onto the call"; not a node joining.
    cue('acknowledgement', [
      alt('join', String.raw`\bjoin(?:s|ed|ing)\b(?!\s+(?:the\s+|a\s+)?(?:\S+\s+)?(?:cluster|pool|ring|quorum|replica set|node group|table|query|queries|network|domain|waitlist|queue|mesh)\b)`),
      alt('hop jump dial get gets got come came log logged sign signed | bridge call channel zoom meet huddle incident war slack', String.raw`\b(?:hop|jump|dial|get|gets|got|come|came|log|logged|sign|signed)\w*\s+(?:on|onto|in|into|on to|in to)\s+(?:the\s+)?(?:\S+\s+)?(?:bridge|call|channel|zoom|meet|huddle|incident|war ?room|slack)\b`),
      alt('jumping hopping', String.raw`\b(?:jumping|hopping) on\b`),
      alt('on$ | bridge call', String.raw`\bon the (?:bridge|call)\b`),
    ]),
    // Taking it on: "on it", "taking this one", "page accepted", "I've got this", "at my desk in ten", "looking".
    cue('acknowledgement', [
      alt('it$ | on$', String.raw`(?:^|[^\w\s]\s*|\b(?:i'm|im|i am|we're|we are|ok|okay|yep|yes|sure|roger|k)\s*,?\s*)on it\b`),
      alt('taking took takes grab picked picking picks claim accept', String.raw`\b(?:taking|took|takes|grabbed|grabbing|grabs|picked up|picking up|picks up|claimed|claims|accept(?:s|ed|ing)?)\s+(?:the\s+|this\s+|that\s+)?(?:page|pager|alert|incident|ticket|incident command|incident lead|command|commander|lead|point|ic|it|one)\b(?!\s+(?:out|off|down|offline|away|apart)\b)`),
      alt('taking took grabbing grabbed claiming claimed | this$ that$', String.raw`^\W*(?:@[\w.-]+[:,]?\s*)?(?:i'm\s+|i am\s+)?(?:taking|took|grabbing|grabbed|claiming|claimed)\s+(?:this|that)(?:\s+one)?\s*(?:[.!,;—–-]|$)`),
      alt('accepted claimed taken picked owned', String.raw`\b(?:page|alert|incident|ic|command|incident command|lead|role)\s+(?:\S+\s+)?(?:accepted|claimed|taken|picked up|owned)\b`),
      alt('looking$ checking$ here$ coming$ joining$ in$ mine$ omw$', String.raw`^(?:@\S+[:,]?\s*|\S+:\s*)?(?::eyes:\s*|👀\s*)?(?:looking|looking now|checking|here|coming|joining|in|mine|omw)\s*[.!]*$`),
      alt('👀 eyes', String.raw`^\W*(?:@[\w.-]+[:,]?\s*)?(?::eyes:|👀)\s*$`),
      alt('take grab got', String.raw`\b(?:i'll|i will|i can|let me)\s+(?:take|grab)\b|\bi'?ve got (?:this|it)\b|^\W*got (?:this|it)\b`),
      // A chat reply made only of acknowledgements: "@sam: got it, looking", "ok — on it, omw".
      alt('got ack looking omw on$ mine checking yep', String.raw`^(?:@[\w.-]+[:,]?\s*|[\w.-]+:\s*)?(?:(?:ok(?:ay)?|yep|yes|sure|roger|k|got it|got this|on it|looking(?: now)?|checking|here|coming|joining|mine|omw|ack(?:ed|'d)?|:eyes:|👀)[\s,.!—–-]*){2,}$`),
      alt('looking way omw there online laptop desk keyboard computer here around available', String.raw`\b(?:looking now|on my way|omw|be there in|online in|at (?:a|my) (?:laptop|desk|keyboard|computer))\b|\b(?:i'm|i am)\s+(?:here|online|around|available)\b`),
      alt('respond', String.raw`\brespond(?:s|ed|ing)?\s+to\s+(?:the\s+|an?\s+)?(?:page|pager|alert|alarms?|incident|call|notification)\b|\bresponding\b(?=\s*(?:[.!,;]|$))`),
      alt('engaged online here aboard point route | on-call oncall ic$ incident commander responder engineer sre dba team lead secondary primary', String.raw`\b(?:on[- ]?call|oncall|ic|incident commander|commander|responders?|engineers?|sres?|dbas?|team|lead|secondary|primary)\s+(?:(?:is|are|was|were|now|has|have)\s+)*(?:engaged|online|here|aboard|on point|en route|on the (?:bridge|call))\b`),
      alt('assign', String.raw`\bassign(?:ed|s)\s+(?:it\s+|the (?:incident|page|alert|ticket)\s+)?to\b`),
    ]),
    // A decision or a deliberation, also about an action ("decided to roll back", "whether to fail over", "will wait").
    cue('decision', [
      alt('decid decision agree agreement chose choose opt elect', String.raw`\b(?:decid\w*|decision\w*|agree(?:d|s)?\s+(?:to|on|that)|agreement (?:is |was )?(?:made|reached)|chose to|choose to|opt(?:ed|s)? (?:to|for)|elect(?:ed|s)? to)`),
      alt('ahead', String.raw`\bgo(?:ing)?\s+ahead with`),
      alt('go$ | no$', String.raw`\bgo\/no-go`),
      alt('wait hold', String.raw`\b(?:will|'ll|to)\s+(?:wait|hold off|hold)\b|\bhold(?:ing)? off\b|\bwait(?:ing)? (?:it out|and see)`),
      alt('plan course call | is$', String.raw`\b(?<!-)(?:plan|course of action|call) is to`),
      alt('discuss debat consider weigh deciding whether option', String.raw`\b(?:discuss\w*|debat\w*|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|deciding|whether to|options?)\b`),
    ]),
  ],
  [
    // Declaring an incident is an escalation, unless a tool raised it from an alert (see the alert notices).
    cue('escalation', DECLARED),
    // A monitoring or incident tool's notice, unless it escalates or records a human declaring the incident.
    cue('alert', [alt(firstWord(MONITORING_TOOL_ANCHORS), String.raw`^\W*(?!(?:${INCIDENT_TOOLS})\b)(?:${MONITORING_TOOLS})\b(?!.*\b(?:escalat|declar))(?:\s+\S+)?\s*[:\-–—]`)]),
  ],
  [
    // People report: customers, support, users, "a dev in #eng asks", "is it just me?", "notified by", "first complaint".
    cue('detection', [
      alt('customer user client merchant partner subscriber player member tenant buyer seller shopper someone somebody people folks employee staff colleague developer dev engineer tester researcher support helpdesk help desk sales account team farmer nurse doctor clinician pharmacist patient agent driver rider courier cashier guest passenger student teacher dispatcher caller viewer listener advertiser store field | report complain tweet post ask wr write wrote reach call phon ring rang text messag dms dm contact open escalat flag rais notic see seeing sees saw say said experienc can cannot unable won don doesn not hit los missing getting', String.raw`\b(?:${PEOPLE})\b(?:\s+\S+){0,3}?\s+(?:report\w*|complain\w*|tweet\w*|post(?:s|ed)? (?:about|that|on)|ask(?:s|ed|ing)? (?:whether|if|why|about)|wr(?:ite|ites|ote) in|reach\w* out|call(?:s|ed|ing)?|phon(?:es|ed|ing)|rings|rang|texts|texted|messag(?:es|ed)|dms|dm'd|contact(?:s|ed)?|open(?:s|ed)? (?:a |an )?(?:ticket|case|issue)|escalat\w+ (?:a |the )?(?:ticket|case|issue|complaint|reports?)|flag(?:s|ged)|rais(?:es|ed) (?:a |an |the )?(?:ticket|issue|concern|flag)|notic(?:es|ed|ing)|see(?:s|ing)?|saw|say(?:s|ing)?|said|experienc\w+|can't|cannot|unable to|can not|won't|don't|doesn't|not able|hit(?:ting)?|los(?:e|es|ing|t)|missing|getting (?:errors|timeouts|\d{3}s?))\b`),
      alt('customer user support bug client | ticket report complaint email call', String.raw`\b(?:customer|user|support|bug|client)\s+(?:tickets?|reports?|complaints?|emails?|calls?)\b`),
      alt('first$ | ticket report complaint', String.raw`\bfirst\s+(?:\S+\s+)?(?:ticket|report|complaint)\b`),
      alt('report complaint ticket anyone just', String.raw`\b(?:reports?|complaints?|tickets?)\s+(?:from|of)\s+(?:customers?|users?|clients?)\b|\banyone else\b|\bis it just me\b`),
      alt('notified alerted informed told made heard let', String.raw`\b(?:notified|alerted|informed|told|made aware|heard)\s+(?:by|of|about|from|that)\b|\b(?:notified|alerted|told)\s+us\b|\blet us know\b`),
    ]),
    // Telling stakeholders is communication, not their detection: "Legal and PR informed about …".
    cue('communication', [alt('legal pr$ comms leadership executive exec management stakeholders board press$ regulator dpo ciso ceo cto cfo coo | informed notified briefed updated told made', String.raw`\b(?:${STAKEHOLDERS})\b(?:\s+\S+){0,3}?\s+(?:(?:was|were|is|are|been|being)\s+)?(?:informed|notified|briefed|updated|told|made aware)\b`)]),
    cue('escalation', [alt('escalat', String.raw`\bescalat\w*`)]),
    // Bringing people in: "loops in", "paged the DB on-call", "engaged the network team" (not PagerDuty paging).
    cue('escalation', [
      alt('loop brought bring pull call rope page paging | in$', String.raw`\b(?<!-)(?:loop(?:s|ed|ing)?|brought|brings?|bringing|pull(?:s|ed|ing)?|call(?:s|ed|ing)?|rope[sd]?|page[sd]?|paging)\s+in\b`),
      alt('engag contact ping page paging call rang phon wak woke alert ask request involv add invit reach | team on-call oncall sre dba expert secondary specialist lead manager vp cto ceo ciso director owner maintainer vendor engineering security networking infra platform developer devs commander ic$', String.raw`\b(?<!\b(?:${MONITORING_TOOLS}|alerts?|alarms?|system|automation|it)\s|-)(?:engag(?:e|es|ed|ing)|contact(?:s|ed|ing)?|ping(?:s|ed|ing)?|page(?:s|d)?|paging|call(?:s|ed)?|rang|phon\w+|wak(?:e|es|ing)|woke|alert(?:s|ed)|ask(?:s|ed)|request(?:s|ed)?|involv\w+|add(?:s|ed)|invit\w+|reach\w* out to)\s+(?:in\s+)?(?:the\s+|an?\s+|our\s+|their\s+)?(?:\S+\s+){0,3}?(?:${RESPONDERS})\b`),
    ]),
    // Mobilising: a bridge, a war room, an incident channel.
    cue('escalation', [
      alt('open start spun spin set$ creat initiat kick assembl conven establish | bridge war warroom incident zoom hangout huddle conference video call', String.raw`\b(?:open(?:s|ed|ing)?|start(?:s|ed|ing)?|spun up|spin(?:s|ning)? up|set(?:s|ting)? up|creat(?:es|ed|ing)|initiat\w+|kick(?:s|ed)? off|assembl\w+|conven\w+|establish\w*)\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:bridge|war[- ]?room|incident (?:channel|room|call|bridge)|zoom|hangout|huddle|conference call|video call|call)\b`),
      alt('opened started created set spun', String.raw`\b(?:bridge|war[- ]?room|incident channel)\s+(?:(?:was|is)\s+)?(?:opened|started|created|set up|spun up)\b`),
    ]),
    // A case with a vendor: "Filed a GCP support case", "vendor wants pcap files", "ticket opened with Twilio".
    cue('escalation', [
      alt('support', String.raw`\b(?:${PROVIDERS}|${PROVIDER_NOUNS}|enterprise|premium|sev\s?\d)\s+support\b|\bsupport\s+case\b`),
      alt('open fil rais creat submit log | case ticket request', String.raw`\b(?:open(?:s|ed|ing)?|fil(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|submit\w*|logg?(?:s|ed)?)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:case|ticket|request)\s+(?:with|to|at)\b`),
      alt('case ticket', String.raw`\b(?:case|ticket)\s+(?:(?:was|is)\s+)?(?:opened|filed|raised|created|submitted|logged)\s+with\b`),
      alt('ask request respond replies replied confirm says said acknowledges', String.raw`\b(?:${PROVIDER_NOUNS}|support)\s+(?:asks?|asked|requests?|requested|responds?|responded|replies|replied|confirms?|confirmed|says|said|acknowledges)\b`),
      alt(PROVIDER_ANCHORS, String.raw`\b(?:contact\w*|call(?:s|ed)?|email\w*|ping\w*|reach\w* out to|engag\w+|escalat\w+ to)\s+(?:the\s+)?(?:\S+\s+)?(?:${PROVIDERS}|${PROVIDER_NOUNS})\b`),
    ]),
    // A provider's or an upstream's own event, said in the first words: "Stripe begins returning 502s …".
    cue('change', [
      alt(PROVIDER_ANCHORS, String.raw`^(?:\W*\S+\s+){0,3}?\W*(?:${PROVIDERS}|(?:\S+\s+)?(?:${PROVIDER_NOUNS}))\b(?!\s+(?:traffic|requests|calls|load|sends|mail|webhooks)\b)(?:\s+\S+){0,6}?\s+(?:begins?|began|starts?|started|start reporting|rotat(?:es|ed)|push(?:es|ed)|chang(?:es|ed)|switch(?:es|ed)|replac(?:es|ed)|renam(?:es|ed)|cut(?:s)? over|deprecat\w+|suffer\w*|experienc\w+|ha[sd] (?:an? )?(?:outage|incident|issue|problem|degradation)|outage|degrad\w+|leak\w*|withdr\w+|revok\w+|expir\w+|throttl\w+|block\w*|ban(?:s|ned)|drop(?:s|ped)|fail(?:s|ed)|went down|goes down|is down|return(?:s|ed|ing)?\s+(?:errors|5\d\d|500s|timeouts)|releas\w+|ship(?:s|ped)|roll(?:s|ed)? out|updat(?:es|ed)|upgrad(?:es|ed)|migrat(?:es|ed)|deploy(?:s|ed)|announc\w+|disabl\w+|remov\w+|retir\w+|shut\w* down|maintenance)\b`),
    ]),
    // The start of impact: "**OUTAGE BEGINS**", "impact starts here" (the trigger, as the set labels it).
    cue('change', IMPACT_STARTS),
  ],
  [
    // Alert notices: `[FIRING:3]`, "alert … triggered", "Icinga … is CRITICAL", "went into ALARM", 🚨, rule names.
    cue('alert', [
      alt('[', String.raw`\[(?:firing|triggered|trigger|alerting|alarm|critical|crit|warning|warn|error|p[1-5]|sev\s?\d|no data|nodata|down|problem)\b[^\]]{0,20}\]`),
      alt(firstWord(MONITORING_TOOL_ANCHORS), String.raw`^\W*(?:${MONITORING_TOOLS})\b(?:\s+\S+){0,3}?\s+(?:alerts?|alarms?|monitors?|checks?|notif\w+|incidents?|issues?|events?|fires|fired|firing|pages|paged|paging|triggers?|triggered|detects?|detected|flags?|flagged|spikes?|errors?|warn\w*|opens?|opened|creates?|created|problem|violation)\b`),
      alt('alarm critical alerting firing', String.raw`\b(?:entered|into|state (?:changed )?to)\s+(?:the\s+)?alarm\b|\balarm state\b|\b(?:is|are)\s+(?:critical|alerting|firing)\b`),
      alt(firstWord('triggered firing fired incident alert'), String.raw`^\W*(?:incident\s+|alert\s+)?(?:triggered|firing|fired)\b`),
      alt('anomal outlier 🚨 :rotating_light: alertrule violation', String.raw`\banomal\w+|\boutliers?\b|🚨|:rotating_light:|\balertrule\b|\bviolation opened\b`),
    ]),
    cue('alert', [
      alt('alert alarm monitor check probe synthetic canar page pager slo sli burn error health watchdog heartbeat uptime | fir trigger created opened went goes going trip breach fail turned red alarm critical raised start flap burning exceed missed missing lost stale absent paged', String.raw`\b(?<!\b(?:no|not|never|without|zero|any)\s)\b(?:alerts?|alarms?|monitors?|checks?|probes?|synthetics?|canar(?:y|ies)|pages?|pager|slos?|slis?|burn[- ]rate|error[- ]budget|health[- ]?checks?|watchdog|heartbeats?|uptime)\b(?:\s+\S+){0,6}?\s+(?<!\b(?:never|not|didn't|did not|n't)\s)(?:fir(?:ed|es|ing)|trigger(?:ed|s|ing)|created|opened|went off|goes off|going off|tripp(?:ed|ing)|trips|breach\w*|fail(?:s|ed|ing)|went red|turned red|is red|in alarm|critical|raised|went out|goes out|start(?:s|ed)? firing|flap\w*|burning|exceed\w*|missed|missing|lost|stale|absent|paged)\b`),
      alt('received receives receiving got gets getting', String.raw`\b(?:received|receives|receiving|got|gets|getting)\s+(?:an?\s+|the\s+|first\s+|multiple\s+|several\s+|\d+\s+)?(?:\S+\s+){0,3}?(?:alerts?|alarms?|pages?|paged|pager\w*|notifications?)\b`),
    ]),
    // Symptoms: "is DOWN (HTTP 500)", "burst of 5xx", "p95 has doubled", "success rate falling", "graphs look weird".
    cue('detection', [
      alt('down unreachable unavailable offline broken borked hosed dead wedged hung', String.raw`\b(?:is|are|was|were|went|goes|looks|seems|appears?|as)\s+(?:hard\s+|completely\s+|totally\s+|fully\s+|partially\s+)?(?:down|unreachable|unavailable|offline|broken|borked|hosed|dead|wedged|hung)\b(?!\s+(?:to|by|from)\b)|\bdown\s*\(http`),
      alt('throw return serv giv getting hitting seeing spitting | 0 1 2 3 4 5 6 7 8 9 error exception timeout', String.raw`\b(?:throw\w*|return(?:s|ing)|serv(?:es|ing)|giv(?:es|ing)|getting|hitting|seeing|spitting out)\s+(?:(?:a lot of|lots of|many|some|intermittent|random|more)\s+)?(?:\S+\s+)?(?:\d{3}s?|5xx|4xx|errors?|exceptions?|timeouts?)\b`),
      alt('spike surge jump burst flood storm wave flurry', String.raw`\b(?:spikes?|surges?|jumps?|bursts?|floods?|storms?|waves?|flurry)\s+(?:of|in)\s+(?:\S+\s+)?(?:\w*errors?|\w*exceptions?|5\d\d|500s|5xx|4\d\d|timeouts?|failures?|crash\w*|latency|restarts?|ooms?|complaints|tickets|reports|calls|e-?mails|chats|contacts|messages)\b`),
      alt('ticket complaint support error exception 5 latency timeout failure crash p9 p50 lag cpu memory disk queue saturation retries rejection oom | spik jump climb soar surg increas rise rising rose skyrocket exceed doubl tripl balloon explod elevated above up$', String.raw`\b(?:${METRICS_BAD})\b(?:\s+\S+){0,4}?\s+(?:spik\w+|jump\w*|climb\w*|soar\w*|surg\w+|increas\w+|ris(?:e|es|ing)|rose|skyrocket\w*|exceed\w*|doubl\w+|tripl\w+|balloon\w*|explod\w*|elevated|above|(?:way |much |sharply )?up)\b`),
      alt(`${METRIC_GOOD_ANCHORS} | ${FALLING_ANCHORS}`, String.raw`(?<![\w.-])(?:${METRICS_GOOD})(?:[- ](?:rates?|volumes?|counts?|numbers?|graphs?|charts?|panels?))?\b(?:\s+\S+){0,3}?\s+(?:${FALLING})`),
      // A graph or a panel that does something sudden: "the bookings graph just flatlined", "chart fell off a cliff".
      alt(`graph chart panel dashboard line curve metric | ${FALLING_ANCHORS} spik jump went vertical`, String.raw`\b(?:graphs?|charts?|panels?|dashboards?|lines?|curves?|metrics?)\s+(?:\S+\s+){0,2}?(?:${FALLING}|spik\w+|jump\w*|went (?:vertical|red|flat|to zero|haywire|crazy|nuts))`),
      // Nothing arriving where something should: "no new jobs showing since 06:00", "no orders coming in".
      alt('no$ | showing coming arriving appearing processed received flowing written ingested delivered', String.raw`\bno\s+(?:new\s+)?(?:\S+\s+)?(?:jobs|orders|messages|events|data|metrics|logs|records|payments|bookings|e-?mails|tickets|updates|results|calls|transactions|sales|deliveries)\s+(?:(?:are|is|have been|has been|being)\s+)?(?:showing|coming in|coming through|arriving|appearing|processed|received|flowing|written|ingested|delivered)\b`),
      // Asking whether something is broken: "is checkout broken?", "are logins slow for anyone?".
      alt('is$ are$ | broken down borked dead slow failing erroring flaky hosed wedged stuck', String.raw`(?:^|[^\w\s]\s*|\b(?:uh|um|hmm|hey|so|wait)\W*)(?:is|are)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:broken|down|borked|dead|slow|failing|erroring|flaky|hosed|wedged|stuck)\b[^.!?]*\?`),
      // What users see instead of content: "charts blank", "cart page comes up empty", "receipts garbled".
      alt('page screen chart report pdf dashboard app form list result cart feed receipt invoice label | blank empty white garbled', String.raw`\b(?:pages?|screens?|charts?|reports?|pdfs?|dashboards?|apps?|forms?|lists?|results?|carts?|feeds?|receipts?|invoices?|labels?)\s+(?:(?:is|are|was|were|comes? up|coming up|came up|show(?:s|ing)?|load(?:s|ing)?|render(?:s|ing)?|appear(?:s|ing)?|print(?:s|ing)?|go(?:es|ing)?|went|now|all)\s+)*(?:blank|empty|white|garbled)\b`),
      alt('look looks looking seem seems', String.raw`\b(?:look|looks|looking|seem|seems)\s+(?:really\s+|very\s+|a bit\s+)?(?:weird|odd|strange|off|wrong|bad|broken|unusual|abnormal|funny)\b`),
    ]),
    // Mitigation that says so whatever change it names ("Merged the revert", "Deployed the hotfix"): undoing the
    // change, failing over, moving traffic, shedding or blocking load, switching features off, safe modes, fixes
    // applied, and impact easing.
    cue('mitigation', [
      alt('mitigat roll rollback revert undo undid back$ backed backing downgrad', String.raw`\bmitigat\w+|\b(?:roll(?:ed|s|ing)?[ -]?back|rollback\w*|revert\w*|undo(?:ne|ing|es)?|undid|back(?:ed|ing)?[ -]out|downgrad\w+)\b`),
      alt('redirect rerout rout divert fail failover cut cutover promot', String.raw`\b(?:redirect|re-?rout|divert)\w*\b|\bfail(?:ed|ing|s)?[ -]?over\b(?!\s+(?:tests?|drills?|exercises?|rehearsals?|game ?days?))|\bfailover\b(?!\s+(?:tests?|drills?|exercises?|rehearsals?|game ?days?))|\bcut(?:ting)?[ -]?over\b|\bpromot\w+\s+(?:\S+\s+){0,3}?(?:to\s+)?(?:primary|master|leader|writer)\b`),
      alt('switch rout rerout fail mov redirect point send sent divert shift pin migrat | backup standby secondary replica fallback old previous green blue other dr healthy spare alternate alternative', String.raw`\b(?:switch|rout|re-?rout|fail|mov|redirect|point|send|sent|divert|shift|pinn?|migrat)\w*\s+(?:\S+\s+){0,4}?(?:to|through|via|onto|at)\s+(?:the\s+)?(?:\S+\s+)?(?:backup|standby|secondary|replica|fallback|old|previous|green|blue|other|dr|healthy|spare|alternate|alternative)\b`),
    ]),
    cue('mitigation', [
      alt('shift mov redirect rerout rout divert steer drain send sent balanc weight pinn evacuat | traffic', String.raw`\b(?:shift|mov|redirect|re-?rout|divert|steer|drain|send|sent|rout|balanc|weight|pinn|evacuat)\w*\s+(?:\S+\s+){0,4}?traffic\b`),
      alt('traffic | shifted moved redirected rerouted diverted drained balanced served now failed routed steered', String.raw`\btraffic\s+(?:\S+\s+){0,2}?(?:shifted|moved|redirected|rerouted|diverted|drained|balanced|served from|now served|failed over|routed|steered)\b`),
      // Any flow moved off or onto a place: "moved 80% of users to the Dublin region", "sessions shifted off cell 4".
      alt(`shift mov redirect rerout rout divert steer drain send sent balanc weight pinn evacuat fail migrat swung swing push roll | ${FLOW_ANCHORS}`, String.raw`\b(?:shift|mov|redirect|re-?rout|rout|divert|steer|drain|send|sent|balanc|pinn|evacuat|fail|migrat|swung|swing|push|roll)\w*\s+(?:\S+\s+){0,4}?(?:${FLOWS})\s+(?:(?:back\s+)?(?:off|away from|out of|onto|over to|to|from|into)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:${PLACES})\b|(?:off|away)\s*(?:$|[.,;:!)—–-])|(?:off|away from|out of)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:${PLACES}|\S*\d\S*)(?:\s|$|[.,;:!)]))`),
      alt(`${FLOW_ANCHORS} | shifted moved redirected rerouted diverted drained rebalanced failed evacuated migrated`, String.raw`\b(?:${FLOWS})\s+(?:\S+\s+){0,2}?(?:(?:is|are|was|were|now|being)\s+)?(?:shifted|moved|redirected|rerouted|diverted|drained|rebalanced|failed over|evacuated|migrated)\s+(?:back\s+)?(?:off|away from|out of|onto|over to|to|from|into)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:${PLACES}|\S*\d\S*)(?:\s|$|[.,;:!)])`),
      alt('drain cordon evict quarantin isolat', String.raw`\bdrain(?:s|ed|ing)?\b|\b(?:cordon\w*|evict\w*|quarantin\w*)\b|\bisolat(?:ed|ing|es?)\s+(?:the|a|an|all)\b`),
      alt('removed pulled took taken taking remov pull tak | rotation pool service load lb cluster ring quorum fleet dns target upstream mesh serving path', String.raw`\b(?:remov\w*|pull(?:s|ed|ing)?|took|taken|taking|takes|take)\s+(?:\S+\s+){0,3}?(?:out of|from|off)\s+(?:the\s+)?(?:\S+\s+)?(?:rotation|pool|service|serving|load ?balancer|lb|cluster|ring|quorum|fleet|dns|target group|upstreams?|mesh|path)\b`),
    ]),
    // Stopping an activity of ours: "**Rollout halted**", "deploys frozen", "paused the nightly sync", "change freeze".
    cue('mitigation', [
      alt('halted paused stopped frozen suspended cancel aborted killed put hold held blocked disabled', String.raw`\b(?:${CHANGE_ACTIVITIES})\b(?:\s*(?:\*\*|__))?(?:\s+\S+){0,3}?\s+(?:(?:was|were|is|are|has been|have been|now|temporarily|immediately|manually|all)\s+)*(?:${HALTED})\b${HALTED_BY_FAULT}`),
      alt('halt paus stop suspend freez froze cancel abort', String.raw`\b(?:halt|paus|stop|suspend|freez|froze|cancel|abort)\w*\s+(?:the\s+|all\s+|any\s+|further\s+|new\s+|our\s+|remaining\s+)?(?:\S+\s+){0,2}?(?:${CHANGE_ACTIVITIES})\b`),
      alt('disabled deactivated killed switched turned', String.raw`\b(?:features?|flags?|toggles?|promo(?:tion)?s?|promo codes?|coupons?|campaigns?|experiments?|integrations?|plugins?|modules?|widgets?|jobs?|crons?|endpoints?|webhooks?|syncs?|imports?|exports?|consumers?|workers?)\b(?:\s+\S+){0,2}?\s+(?:(?:was|were|is|are|now|temporarily|manually)\s+)*(?:disabled|deactivated|killed|switched off|turned off)\b`),
      alt('put placed moved gated | behind', String.raw`\b(?:put|placed|moved|gated)\s+(?:\S+\s+){0,3}?behind\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:captchas?|waf|auth\w*|logins?|vpn|rate[- ]?limit\w*|flags?|queues?|waiting rooms?|proxy|allowlists?|maintenance pages?)\b`),
      alt('freeze frozen', String.raw`\b(?:deploy(?:ment)?s?|change|release|code|merge|config)\s+(?:freeze|frozen)\b`),
    ]),
    cue('mitigation', [
      alt('appl add enabl set$ put turn rais lower tighten introduc deploy impos | rate ratelimit throttl', String.raw`\b(?:appl\w+|add\w*|enabl\w+|set|put|turn\w* on|rais\w+|lower\w*|tighten\w*|introduc\w+|deploy\w*|impos\w+)\s+(?:\S+\s+){0,4}?(?:rate[- ]?limit\w*|throttl\w*)`),
      alt('rate ratelimit throttling waf | enabled applied added turned place deployed set$ activated lowered tightened reduced cut dropped', String.raw`\b(?:rate[- ]?limit\w*|throttling|waf rules?)\s+(?:\S+\s+){0,3}?(?:(?:is|was|were|are|now)\s+)?(?:enabled|applied|added|turned on|in place|deployed|set|activated|lowered|tightened|reduced|cut|dropped)\b`),
      alt('rate ratelimit throttl', String.raw`\brate[- ]?limit(?:ed|ing)\s+(?:the|all|\S+ (?:requests|traffic|clients|calls|users|ips?))\b|\bthrottl(?:ed|ing)\s+(?:the|all|incoming|outgoing|\S+ (?:requests|traffic|clients|calls|writes|jobs))\b`),
      alt('shed loadshed', String.raw`\bload[- ]?shed\w*|\bshed(?:ding)?\s+load\b`),
      alt('take took taking takes reliev | off$', String.raw`\b(?:take|took|taking|takes|reliev\w+)\s+(?:\S+\s+){0,2}?(?:load|pressure)\s+off\b`),
      alt('block waf firewall deny', String.raw`\bblock(?:ed|ing|s)?\s+(?:the\s+|all\s+)?(?:\S+\s+){0,3}?(?:ips?|ip ranges?|ranges?|traffic|requests|bots?|addresses|asns?|subnets?|crawlers?|scrapers?|user[- ]agents?|countries|endpoints?|routes?|accounts?|(?:api\s+)?keys?|clients?|tokens?|tenants?|domains?)\b|\b(?:waf|firewall|deny|block)\s?rules?\b`),
    ]),
    cue('mitigation', [
      alt('switch turn toggl flip shut power flag toggle kill | off$', String.raw`\b(?:switch|turn|toggl|flipp?|shut|power)\w*\s+(?:\S+\s+){0,5}?off\b|\b(?:feature\s+)?(?:flags?|toggles?|kill[- ]?switch)\b(?:\s+\S+){0,3}?\s+(?:off|disabled|deactivated)\b`),
      alt(`disabl deactivat kill ${FLAG_TOOL_ANCHORS}`, String.raw`\b(?:disabl|deactivat)\w*\s+(?:the\s+)?(?:\S+\s+)?(?:feature\s+)?(?:flags?|toggles?)\b|\bkill[- ]?switch\b|\b(?:disabl\w+|off)\b.*\b(?:${FLAG_TOOLS})\b`),
      alt('read readonly maintenance degraded safe static fallback', String.raw`\bread[- ]only\b|\bmaintenance (?:mode|page)\b|\b(?:degraded|safe|static|fallback)\s+(?:mode|page)\b`),
      alt('fail | open static', String.raw`\bfail(?:ed|ing)?\s+(?:open|static)\b`),
      alt('serve served serves serving | stale cached', String.raw`\bserv(?:e|es|ed|ing)\s+(?:stale|cached)\b`),
    ]),
    cue('mitigation', [
      alt('hot hotfix workaround gap stopgap aid bandaid emergency', String.raw`\b(?:hot-?\s?fix\w*|workarounds?|stop-?gap|band-?aid)\b|\bemergency (?:change|fix|patch|release|deploy\w*|rollout)\b`),
      alt('appl deploy ship push roll releas merg land put$ implement | fix fixes patch patches remediation', String.raw`\b(?:appl\w+|deploy\w*|ship\w*|push\w*|roll\w* out|releas\w*|merg\w*|land\w*|put in place|implement\w*)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:fix|fixes|patch|patches|remediation)\b`),
      alt('fix fixes patch patches | applied deployed released rolled shipped merged pushed live place landed implemented added production', String.raw`\b(?:fix|fixes|patch|patches)\s+(?:\S+\s+){0,2}?(?:(?:was|were|is|are|has been|have been|being|got)\s+)?(?:applied|deployed|released|rolled out|shipped|merged|pushed|live|in place|landed|implemented|added|in production)\b`),
    ]),
    cue('mitigation', [
      alt('impact', String.raw`\bimpact\s+(?:\S+\s+)?(?:reduced|lessened|limited|contained|decreas\w+|minimi[sz]ed|halved)\b|\b(?:reduc|limit|contain|minimi[sz]|lessen)\w*\s+(?:the\s+)?(?:\S+\s+)?(?:impact|blast radius|damage)\b`),
      alt('error exception 5 latency timeout failure load volume queue backlog lag cpu memory retries rejection crash alert p9 | dropp fall fell decreas declin recover improv subsid eas coming came going shrink normaliz stabiliz starting draining down reduced halved lower settl trending taper', String.raw`\b(?:${METRICS_EASING})\b(?:\s+\S+){0,3}?\s+(?:dropp\w+|fall\w*|fell|decreas\w+|declin\w+|recover\w*|improv\w+|subsid\w+|eas(?:ing|ed|es)|coming down|came down|going down|shrink\w*|normaliz\w+|stabiliz\w+|starting to drain|draining|down (?:by|from|to)|reduced|halved|lower(?:ing|ed)?|settl\w+|trending down|taper\w+)\b`),
      alt('partial', String.raw`\bpartial(?:ly)?\s+(?:recover\w*|restor\w*|rollback|mitigat\w*)`),
      alt('begin began start | recover improve come stabilis stabiliz drain normalis normaliz clear', String.raw`\b(?:begins?|began|starts?|started|starting)\s+to\s+(?:recover|improve|come back|stabili[sz]e|drain|normali[sz]e|clear)\b`),
      alt('recovering recovery', String.raw`\brecovering\b|\bsome recovery\b`),
    ]),
    // A planned or scheduled activity starting is a change ("Planned DR drill begins", "ETL run begins").
    cue('change', [
      alt('planned scheduled routine regular weekly nightly daily hourly monthly quarterly annual automated | begin began start kick commenc run ran fire fired', String.raw`\b(?:planned|scheduled|routine|regular|weekly|nightly|daily|hourly|monthly|quarterly|annual|automated)\s+(?:\S+\s+){0,7}?(?:begins?|began|starts?|started|kicks? off|kicked off|commences?|runs|ran|fires|fired)\b${NOT_GOING_WRONG}`),
      alt('deploy release rollout roll upgrade update patch migration maintenance reshard rebalanc index reindex backfill import export job cron batch script task sync backup compaction vacuum rotation renewal cutover change push sale campaign send promotion launch etl run test drill game experiment resiz rebuild reboot expansion reconfigur resync | begin began start kick commenc underway launched', String.raw`\b(?:${CHANGE_ACTIVITIES})\b(?:\s+\S+){0,8}?\s+${STARTS}\b${NOT_GOING_WRONG}`),
    ]),
  ],
  [
    // Weaker mitigations, read by position against the change or check around them ("Restarted the deploy
    // pipeline" is a mitigation, "Config change raising the heap rolled out" a change): capacity, restarts,
    // stopping or removing things, caches, certificates, restores, settings put back, "to relieve the database".
    cue('mitigation', [
      alt('scal', String.raw`\b(?<!\b(?:unable to|cannot|can't|failed to|fails to|not|to)\s|auto-?)\bscal(?:ed|es|ing|e)\b(?:\s+\S+){0,4}?\s+(?:up|out|down|in|to \d+|from \d+)\b`),
      alt('added adding adds provision spun spin spinning brought bring brings launch | node instance replica capacity worker pod server host shard broker machine vm consumer', String.raw`\b(?:added|adding|adds|provision\w*|spun up|spin(?:s|ning)? up|brought up|brings? up|launch(?:ed|ing))\s+(?:\S+\s+){0,3}?(?:more\s+|extra\s+|additional\s+|new\s+)?(?:nodes?|instances?|replicas?|capacity|workers?|pods?|servers?|hosts?|shards?|brokers?|machines?|vms?|consumers?)\b`),
      alt('increas rais bump doubl tripl expand extend', String.raw`\b(?:increas|rais|bump|doubl|tripl|expand|extend)\w*\s+(?:\S+\s+){0,5}?(?:${CAPACITY})\b(?!(?:\.js)?\s+(?:base\s+)?(?:images?|versions?|releases?|packages?|librar(?:y|ies)|dependenc(?:y|ies)|sdks?|runtimes?|binar(?:y|ies))\b)`),
      alt('capacity replica instance pool connection limit memory heap cpu quota timeout worker thread node max disk storage buffer size shard partition | raised increased bumped doubled tripled expanded', String.raw`\b(?:${CAPACITY})\s+(?:\S+\s+){0,2}?(?:raised|increased|bumped|doubled|tripled|expanded)\b`),
      alt('put puts add added adds placed introduc | cache caching queue buffer circuit retry retries backoff guard', String.raw`\b(?:put|puts|add(?:s|ed)?|placed|introduc\w+)\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:cache|caching|queue|buffer|circuit[- ]breakers?|retr(?:y|ies)|backoff|guard)\b`),
      alt('relieve reduce take shed ease protect stop stem limit contain buy unblock free stabilis stabiliz', String.raw`\bto\s+(?:relieve|reduce (?:load|pressure|traffic)|take (?:load|pressure)|shed|ease|protect|stop|stem|limit|contain|buy time|unblock|free up|stabili[sz]e)\b`),
    ]),
    cue('mitigation', [
      alt('restart start reboot bounc recycl power reload restarting rebooting bouncing recycling reloading', String.raw`\b(?:re-?start(?:ed|s)?|reboot(?:ed|s)?|bounc(?:ed|es)|recycl(?:ed|es)|power[- ]cycl\w+|reload(?:ed|s)?)\b(?!\s+(?:count|loop|storm)s?\b)|\b(?:re-?starting|rebooting|bouncing|recycling|reloading)\s+(?:the|all|a|an)\b`),
      alt('stop paus halt suspend cancel abort kill terminat disabl freez froze', String.raw`\b(?:stop(?:ped|s)?|paus(?:ed|es)|halt(?:ed|s)?|suspend(?:ed|s)?|cancel(?:l?ed|s)?|abort(?:ed|s)?|kill(?:ed|s)?|terminat(?:ed|es)|disabl(?:ed|es)|freez(?:e|es)|froze)\s+(?:the|all|a|an|any|further|new|\S+'s)\b`),
      alt('delet remov replac detach deregist unregist', String.raw`\b(?:delet|remov|replac|detach|deregist|unregist)\w*\s+(?:the|all|a|an|\S+'s)\s+(?:\S+\s+){0,3}?(?:${WORKLOADS}|flags?|features?|widgets?|endpoints?|integrations?|experiments?|recommendations?|modules?|plugins?|checks?|migrations?|deploys?|rollouts?|traffic|records?|rows?|entries|data|files?|messages?|keys?|objects?)\b`),
      alt('terminated killed restarted rebooted recycled replaced drained evicted cordoned added provisioned spun brought launched', String.raw`\b(?:${WORKLOADS})\b\s+(?:(?:is|are|was|were|been|being|have been|has been|now|all|manually|forcefully)\s+)*(?:terminated|killed|restarted|rebooted|recycled|replaced|drained|evicted|cordoned|added|provisioned|spun up|brought up|launched)\b`),
      alt('lock suspend disabl revok deactivat block expir invalidat reset | account credential key token session password access login user', String.raw`\b(?:lock|suspend|disabl|revok|deactivat|block|expir|invalidat|reset)\w*\s+(?:\S+\s+){0,3}?(?:accounts?|credentials?|(?:api |access |ssh )?keys?|tokens?|sessions?|passwords?|access|logins?)\b|(?<!['"‘“])\b(?:accounts?|credentials?|keys?|tokens?|cards?)\s+(?:\S+\s+){0,2}?(?:(?:is|are|was|were|now|been|all)\s+)*(?:locked|suspended|disabled|revoked|deactivated|blocked|frozen)\b`),
      alt('killing terminating deleting replacing', String.raw`\b(?:killing|terminating|deleting|replacing)\s+(?:${WORKLOADS})\b`),
      alt('was$ were$ got$ been$ being$ | stopped paused halted suspended killed terminated disabled restarted rebooted bounced recycled replaced cancel aborted drained rolled reverted scaled evicted purged flushed isolated redirected rerouted', String.raw`\b(?:was|were|got|been|being)\s+(?:\w+ly\s+)?(?:stopped|paused|halted|suspended|killed|terminated|disabled|restarted|rebooted|bounced|recycled|replaced|cancel+ed|aborted|drained|rolled back|reverted|scaled (?:up|out)|evicted|purged|flushed|isolated|redirected|rerouted)\b`),
    ]),
    cue('mitigation', [
      alt('flush purg invalidat', String.raw`\b(?:flush(?:ed|es|ing)?|purg(?:e|ed|es|ing)|invalidat(?:e|ed|es|ing))\b`),
      alt('clear wip reset | cache queue session lock backlog dns cdn state', String.raw`\b(?:clear(?:ed|ing|s)?|wip(?:ed|ing)|reset(?:s|ting)?)\s+(?:the\s+|all\s+)?(?:\S+\s+){0,2}?(?:caches?|queues?|sessions?|locks?|backlog|dns|cdn|state)\b`),
      alt('renew reissu issu rotat', String.raw`\b(?:renew\w*|re-?issu\w*|rotat(?:e|es|ed|ing))\s+(?:the\s+|all\s+|its\s+)?(?:\S+\s+){0,2}?(?:certs?|certificates?|keys?|secrets?|credentials?|passwords?|tokens?)\b`),
      alt('restor', String.raw`\brestor(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+|from\s+|\S+\s+from\s+)`),
      alt('rais increas restor revert reset set$ put$ point repoint mov switch chang bump return flip turn bring brought add roll | back$', String.raw`\b(?:rais|increas|restor|revert|reset|set|put|point|repoint|mov|switch|chang|bump|return|flipp?|turn|bring|brought|add|roll)\w*\s+(?:\S+\s+){0,4}?back\s+(?:to|at|on|up|in|into|online)\b(?!\s+(?:normal|baseline|nominal)\b)`),
      alt('reduc lower decreas cut halv | batch concurrency parallelism workers rate polling fan load traffic', String.raw`\b(?:reduc|lower|decreas|cut|halv)\w*\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:batch size|concurrency|parallelism|workers|rate|polling|fan-?out|load|traffic)\b`),
    ]),
    // Someone notices: "notices", "spots", "seeing 502s", "observed", "discovered", "reports", "realises".
    cue('detection', [
      // Things in a bad state: "ALB targets unhealthy", "pods crashlooping", "the chain stalled", "all traffic to X is failing".
      alt('unhealthy crashloop crash stalled stall failing wedged hung', String.raw`\b(?:${WORKLOADS}|targets?|backends?|upstreams?|endpoints?|checks?|chain|pipeline|replication|traffic|requests|calls|logins?|payments?|checkouts?|builds?)\b(?:\s+(?:to|of|in|on|for|from)\s+(?:\S+\s+){0,2}?\S+)?\s+(?:(?:is|are|was|were|went|go|goes|became|become|becomes|now|all|still|started|start|starts|began|begin|keep|kept)\s+)*(?<!\b(?:as|to|mark\w*|set)\s)(?:unhealthy|crash-?loop\w*|crash(?:ing|es)|stalled|stalling|failing|wedged|hung)\b`),
      alt('notic spot seeing sees saw observ discover detect realis realiz report became becomes flagged complain', String.raw`\b(?:notic(?:es|ed|ing)|spot(?:s|ted|ting)?|seeing|sees|saw|observ(?:e|es|ed|ing)|discover(?:s|ed|ing)?|detect(?:s|ed|ing)?|realis(?:e|es|ed|ing)|realiz(?:e|es|ed|ing)|report(?:s|ed)?|became aware|becomes aware|flagged|complain\w*)\b`),
      alt('reporting see notice', String.raw`\breporting(?!\s+(?:replica|database|db|service|pipeline|job|cluster|api|tool|dashboard|stack)\b)|\b(?:we|i|they|on-?call|engineers?|users?|customers?)\s+(?:see|notice)\b`),
    ]),
    // Changes: deploys, releases, merges, config pushes, flags turned on, infrastructure tools, migrations,
    // scheduled and batch jobs, manual commands, upgrades, certificate expiry, DNS records, marketing and surges.
    cue('change', [
      alt('deploy redeploy releas rolled roll rollout ship merg auto automerged push commit land', String.raw`\b(?:deploy(?:s|ed|ing|ment|ments)?|re-?deploy\w*|releas(?:e|es|ed|ing)|rolled out|roll(?:s|ing)? out|rollout|ship(?:s|ped|ping)|merg(?:e|es|ed|ing)|auto-?merged|push(?:es|ed)?|commit(?:s|ted)?|land(?:s|ed))\b`),
      alt('enabl activat turn turned turns switch switched switches publish leap daylight dst clock time timezone', String.raw`\b(?:enabl(?:ed|es|ing)|activat(?:ed|es|ing)|turn(?:ed|s)? on|switch(?:ed|es)? on|publish(?:ed|es|ing))\b|\b(?:leap second|daylight saving|dst (?:change|switch)|clock change|time ?zone change)`),
      alt('went goes go going gone launch cutover introduc upgrad updat bump migrat rollover roll firmware kernel os', String.raw`\b(?:went live|goes live|go-live|(?:goes|went|going|gone) out|launch(?:es|ed)?|cutover|introduc(?:es|ed)|upgrad\w+|updat(?:es|ed) to|bump\w*|migrat(?:es|ed|ion|ions|ing)|rollover|roll-over|firmware|kernel update|os patch)\b`),
      alt('terraform kubectl helm argo argocd flux spinnaker ansible puppet chef salt saltstack canary ci build release version revision rev v0 v1 v2 v3 v4 v5 v6 v7 v8 v9', String.raw`\b(?:terraform|kubectl apply|helm (?:upgrade|install)|argo\s?cd|argo|flux|spinnaker|ansible|puppet|chef run|salt(?: state|stack)?|canary|ci pipeline)\b|\b(?:build|release|version|revision|rev)\s+#?\d|\bv\d+\.\d+`),
      alt('config configuration', String.raw`\bconfig(?:uration)?\s+(?:push|change|update|deploy\w*|rollout|reload)`),
      alt('propagat reach | config configuration dns rule route setting change update record version release v', String.raw`\b(?:config\w*|dns|rules?|routes?|settings?|changes?|updates?|records?|versions?|releases?|v\d+\S*)\b(?:\s+\S+){0,3}?\s+(?:propagat\w+|reach(?:es|ed))\s+(?:to\s+)?(?:all|every|the|\d)`),
      alt('chang modif updat edit alter tweak adjust lower reduc tighten set appl | config setting parameter value polic rule limit ttl timeout dns routing firewall security acl permission flag threshold quota max manifest openssl kernel package dependenc librar image ami', String.raw`\b(?:chang|modif|updat|edit|alter|tweak|adjust|lower|reduc|tighten|set|appl)\w*\s+(?:the\s+|a\s+|its\s+)?(?:\S+\s+){0,3}?(?:config\w*|settings?|parameters?|values?|polic(?:y|ies)|rules?|limits?|ttl|timeouts?|dns|routing|firewall|security groups?|acls?|permissions?|flags?|thresholds?|quotas?|max_\w+|manifests?|openssl|kernel|packages?|dependenc\w+|librar\w+|images?|amis?)\b${NO_RELIEF_AHEAD}`),
      // Said in the passive: "health-check path changed to /healthz", "TTL on the zone set to 60 s".
      alt('config configuration setting parameter value polic rule limit ttl timeout path route threshold quota flag record weight max | changed modified updated edited altered tweaked adjusted set switched pointed lowered reduced shortened tightened decreased tuned', String.raw`\b(?:config\w*|settings?|parameters?|values?|polic(?:y|ies)|rules?|limits?|ttls?|timeouts?|paths?|routes?|thresholds?|quotas?|flags?|records?|weights?|max_\w+)\s+(?:(?:on|for|of)\s+(?:the\s+)?(?:\S+\s+){0,2}?)?(?:(?:was|were|is|are|has been|have been|now)\s+)?(?:changed|modified|updated|edited|altered|tweaked|tuned(?: up| down)?|adjusted|set|switched|pointed|lowered|reduced|shortened|tightened|decreased)(?:\s+(?:to|from)\b|\s*(?:[;,.(]|$))${NO_RELIEF_AHEAD}`),
      alt(`flag feature toggle experiment ${FLAG_TOOL_ANCHORS}`, String.raw`\b(?:feature\s+)?flags?\b(?:\s+\S+){0,6}?\s+(?:on|enabled|flipped|turned on|switched on|rolled out|ramped|toggled on)\b|\b(?:enabl\w+|flipp?\w*|turn\w* on|switch\w* on|toggl\w* on)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:flag|feature|toggle|experiment)\b|\b(?:${FLAG_TOOLS})\b`),
      alt('cert certificate key secret token credential | rotates rotated expires expired changes changed lapses lapsed', String.raw`\b(?:certs?|certificates?|keys?|secrets?|tokens?|credentials?)\b(?:\s+\S+){0,4}?\s+(?:rotates|rotated|expires|expired|changes|changed|lapses|lapsed)\b`),
      alt('expir dns record cname nameserver', String.raw`\bcert(?:ificate)?s?\b(?:\s+\S+){0,6}?\s+expir\w*|\bexpir(?:es|ed|y|ation)\b|\bdns\s+(?:record|entry|zone|change|update)|\b(?:record|cname|a record|nameservers?)\s+(?:\S+\s+)?(?:updated|changed|pointed|switched)\b`),
      alt('marketing campaign newsletter promo flash black', String.raw`\b(?:marketing|campaign|newsletter|promo(?:tion)?s?|flash sale|black friday)\b`),
      alt('traffic | spike surg jump climb increas doubl tripl ramp grow grew 0 1 2 3 4 5 6 7 8 9', String.raw`\btraffic\s+(?:\S+\s+){0,7}?(?:spike\w*|surg\w+|jump\w*|climb\w*|increas\w+|doubl\w+|tripl\w+|ramp\w*|grow\w*|grew|\d+x)\b`),
      alt('to$ | pods hosts nodes servers instances users customers regions fleet clusters traffic production prod promot', String.raw`\bto\s+(?:\d+\s?%|all|the (?:whole|full|entire))\s+(?:of\s+)?(?:the\s+)?(?:pods|hosts|nodes|servers|instances|users|customers|regions|fleet|clusters|traffic|production|prod)\b|\bpromot\w+\s+to\s+(?:full|all|production|prod|100|the fleet|stable|ga)\b`),
    ]),
    cue('change', [
      alt('job task cron crontab script batch backfill import export reindex sync backup cleanup compaction vacuum etl workflow scheduler maintenance | start began begin kick kicked run ran fire fired triggered launched execut went goes replac rewrit delet updat modif rotat purg truncat drop remov overwrit migrat load send process writ import export push publish generat rebuild recomput charg bill email', String.raw`\b(?:job|task|cron|crontab|script|batch|backfill|import|export|reindex\w*|sync|backup|cleanup|compaction|vacuum|etl|workflow|scheduler|maintenance)\w*\b(?:\s+\S+){0,8}?\s+(?:starts?|started|begins?|began|kicks? off|kicked off|runs|ran|fires|fired|triggered|launched|executes|executed|went out|goes out|(?:replac|rewrit|delet|updat|modifi|rotat|purg|truncat|remov|overwrit|migrat|load|send|process|writ|import|export|push|publish|generat|rebuild|recomput|charg|bill|email)(?:es|s|ed)|drop(?:s|ped))\b${NOT_GOING_WRONG}`),
      alt('run running ran execut issu typ kick start trigger launch invok | script job migration backfill batch cron import reindex cleanup playbook command query statement sql maintenance upgrade deploy rollout drop delete truncate alter rm$ vacuum compaction repair rebuild rebalance resync reshard re purge backup export load chaos failover drill', String.raw`\b(?:run(?:s|ning)?|ran|execut\w+|issu(?:es|ed)|typ(?:es|ed)|kick(?:s|ed)? off|start(?:s|ed)|trigger(?:s|ed)|launch\w*|invok\w+)\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,4}?(?:script|job|migration|backfill|batch|cron|import|reindex|cleanup|playbook|command|(?:delete|update|drop|truncate|alter|insert|bulk|write|mutating|destructive|manual|ad[- ]hoc)\s+(?:query|statement|sql)|maintenance|upgrade|deploy\w*|rollout|drop|delete|truncate|alter|rm|vacuum|compaction|repair|rebuild|rebalance|resync|re-?shard\w*|purge|backup|export|load test|chaos test|failover test|drill)\b`),
      alt('kick kicks kicked drop truncate delete rm', String.raw`\bkick(?:s|ed)? off\b|\b(?:drop\s+(?:table|database|index|column)|truncate\s+table|delete\s+from|rm\s+-rf)\b`),
    ]),
    cue('investigation', [
      alt('check checked checking checks', String.raw`\bcheck(?:ed|ing)\b|\bchecks?\s+(?:the|if|whether|for|on|that|our|their|its|logs?)\b|^\W*check\b`),
      alt('investigat look theor hypothes suspect suspicion heap thread core tcpdump pcap strace', String.raw`\b(?:investigat\w*|look(?:s|ed|ing)?\s+(?:into|at|for|through|over)|theor(?:y|ies|i[sz]e)\w*|hypothes\w+|suspect\w*|suspicion|heap[- ]?dumps?|thread[- ]?dumps?|core[- ]?dumps?|tcpdump|pcaps?|strace)\b`),
      alt('profil flame diff compar reproduc repro bisect trac debug troubleshoot trouble diagnos analy examin inspect digging dig dug review reading', String.raw`\b(?:profil\w+|flame ?graphs?|diff(?:s|ed|ing)?|compar\w+|reproduc\w+|repro|bisect\w*|trac(?:ed|ing|es)|debug\w*|troubleshoot\w*|trouble shoot\w*|diagnos\w*|analy[sz]\w*|examin\w+|inspect\w*|digging|dig(?:s)? into|dug into|review(?:s|ed|ing)?|reading (?:through|the))\b`),
      alt('root identif find finds found determin narrow pinpoint collecting quer grep rul assum wonder clue', String.raw`\b(?:root[- ]caus\w*|identif(?:y|ies|ied|ying)|finds?|found|determin\w+|narrow\w*|pinpoint\w*|collecting|quer(?:y|ies|ied|ying)|grep\w*|rul(?:ed|ing) out|assum\w+|wonder\w*|clues?)\b`),
      alt('log metric trace dashboard graph data | show indicat reveal suggest point', String.raw`\b(?:logs?|metrics|traces?|dashboards?|graphs?|data)\s+(?:show|shows|showed|indicate\w*|reveal\w*|suggest\w*|point\w*)\b`),
      alt('confirm', String.raw`\bconfirm(?:s|ed|ing)?\s+(?:that|the|it|whether|if)\b`),
      alt('pull grab collect captur gather fetch download export | log dump trace profile sample metric har request screenshot data', String.raw`\b(?:pull|grab|collect|captur|gather|fetch|download|export)\w*\s+(?:an?\s+|the\s+|some\s+)?(?:\S+\s+){0,2}?(?:logs?|dumps?|traces?|profiles?|samples?|metrics|har files?|request ids?|screenshots?|data)\b`),
      alt('working could might seem seems appear appears', String.raw`\bworking on (?:a\s+|the\s+)?(?:fix|patch|solution|workaround)\b|\b(?:could (?:it|this) be|might be|seems? (?:like|to be)|appears? to be)\b`),
    ]),
    cue('communication', [
      alt('announc notif inform brief tweet emailed mailed comms communicat messag handoff handover hand apolog', String.raw`\b(?:announc\w+|notif(?:y|ies|ied|ying|ication)\w*|inform(?:s|ed|ing)?|brief(?:s|ed|ing)?|tweet\w*|emailed|e-mailed|comms|communicat\w+|messag(?:ed|es)|handoff|handover|hand-off|hand-over|apolog\w+)\b`),
      alt('publish details update notice advisory cve postmortem report statement', String.raw`\bpublish\w*\s+(?:\S+\s+){0,3}?(?:update|notice|post|statement|postmortem|report|advisory|cve|blog|details|announcement)|\b(?:details|update|notice|advisory|cve|postmortem|report|statement)s?\s+(?:(?:are|is|was|were|been)\s+)+published\b`),
      alt('hand email mail shift', String.raw`\bhand(?:s|ed|ing)?\s*(?:off|over)\b|\bhand(?:s|ed|ing)?\s+(?:\S+\s+){1,3}?(?:off|over)\s+to\b|\b(?:e-?)?mails?\s+(?:sent|out|indicating|to)\b|\bshift change\b`),
      alt('sent sends send', String.raw`\bsen(?:t|ds|d)\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:update|e-?mail|message|notice|note|summary|announcement|comms?|communication|report|mail)\b`),
      alt('post', String.raw`\bpost(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:update|notice|message|note|summary|announcement)\b`),
      alt('updat | customer user stakeholder leadership executive management channel thread status team', String.raw`\bupdat(?:e|es|ed|ing)\s+(?:to\s+)?(?:the\s+)?(?:customers?|users?|stakeholders?|leadership|executives?|management|channel|thread|status|team)\b`),
      alt('shar macro template canned', String.raw`\bshar(?:e|es|ed|ing)\s+(?:the\s+)?(?:\S+\s+)?(?:link|update|summary|notes|findings|timeline|status)\b|\b(?:macro|template|canned (?:reply|response))\b`),
    ]),
    cue('escalation', [alt('reach pinged looped asked sought requested help', String.raw`\b(?:reach(?:ed|es|ing)? out|pinged|looped|asked for help|sought help|requested help|help from)\b`)]),
    cue('alert', [alt('alert alarm pag pager', String.raw`\b(?<!\b(?:no|not|never|without|zero|any)\s)\b(?:alert(?:s|ed|ing)?|alarm(?:s|ed|ing)?|pag(?:ed|es|ing)|pager\w*)\b`)]),
  ],
];

/** One pattern of the table, compiled, with where it stands (its tier) and the anchor groups it needs (by id). */
interface Pattern {
  tier: number;
  reading: Reading;
  regex: RegExp;
  groups: readonly number[];
}

/** Every distinct anchor group, by id. */
const GROUPS: readonly (readonly string[])[] = [
  ...new Map(TIERS.flat().flatMap((c) => c.alternatives.flatMap((a) => a.anchors.map((g) => [g.join(' '), g] as const)))).values(),
];
const groupId = new Map(GROUPS.map((g, id) => [g.join(' '), id]));

const PATTERNS: readonly Pattern[] = TIERS.flatMap((cues, tier) =>
  cues.flatMap((c) =>
    c.alternatives.map((a) => ({
      tier,
      reading: c.reading,
      regex: new RegExp(a.source),
      groups: a.anchors.map((g) => groupId.get(g.join(' ')) as number),
    })),
  ),
);

/**
 * The scratch set of readTiers, one bit per anchor group (its first GROUP_WORDS words) and one per pattern (the
 * words after them): the groups a text satisfies, and the patterns they key (whose first group is among them).
 */
const GROUP_WORDS = Math.ceil(GROUPS.length / 32);
const PATTERN_WORDS = Math.ceil(PATTERNS.length / 32);
const seen = new Uint32Array(GROUP_WORDS + PATTERN_WORDS);

/** Per anchor group, the patterns whose first group it is. */
const KEYED_BY: readonly number[][] = GROUPS.map(() => []);
PATTERNS.forEach((p, i) => KEYED_BY[p.groups[0] as number]?.push(i));

/** What satisfying some groups sets in `seen`: pairs of the index of a word and its bits (the groups, the patterns keyed). */
function bitPairs(groups: readonly number[]): number[] {
  const words = new Map<number, number>();
  const add = (word: number, bit: number) => words.set(word, (words.get(word) ?? 0) | (1 << bit));
  for (const id of groups) add(id >>> 5, id & 31);
  for (const id of groups) for (const i of KEYED_BY[id] as number[]) add(GROUP_WORDS + (i >>> 5), i & 31);
  return [...words].flat();
}

/**
 * Every stem (STEM_TEXTS), and what finding it does, as three spans of EFFECTS (STEM_EFFECTS, six numbers a stem):
 * what a word starting with it does (it satisfies the groups holding the stem or a shorter stem it starts with: the
 * scan, longest stems first, reports "drained" once, not "drain" too), what it does when it is the whole word
 * (`no$`), and when it is the first word of the line (`^status`). The numbers sit in typed arrays, close together:
 * the scan reads them for every word, between the parser's and the rules' work that pushes them out of the caches.
 */
const { STEM_TEXTS, STEM_EFFECTS, EFFECTS } = (() => {
  /** The groups holding each stem, by the key `pick` makes of it (null: not that kind of stem). */
  const holding = (pick: (stem: string) => string | null) => {
    const groups = new Map<string, number[]>();
    GROUPS.forEach((g, id) => {
      for (const stem of g) {
        const key = pick(stem);
        if (key !== null) groups.set(key, [...(groups.get(key) ?? []), id]);
      }
    });
    return groups;
  };
  const plainIn = holding((stem) => (stem.startsWith('^') || stem.endsWith('$') ? null : stem));
  const wholeIn = holding((stem) => (stem.endsWith('$') ? stem.slice(0, -1) : null));
  const firstIn = holding((stem) => (stem.startsWith('^') ? stem.slice(1) : null));
  const texts = [...new Set(GROUPS.flat().map((stem) => stem.replace(/^\^|\$$/g, '')))];
  const effects: number[] = [];
  const spans: number[] = [];
  for (const stem of texts) {
    const starts = Array.from({ length: stem.length + 1 }, (_, n) => stem.slice(0, n));
    const prefix = starts.flatMap((start) => plainIn.get(start) ?? []);
    const whole = wholeIn.get(stem) ?? [];
    const first = starts.flatMap((start) => firstIn.get(start) ?? []);
    for (const groups of [prefix, whole, first]) {
      spans.push(effects.length);
      effects.push(...bitPairs(groups));
      spans.push(effects.length);
    }
  }
  return { STEM_TEXTS: texts, STEM_EFFECTS: Int32Array.from(spans), EFFECTS: Int32Array.from(effects) };
})();

/** Per pattern, the groups it needs after its first, as pairs of a word of `seen` and the bit: ALSO_NEEDS[ALSO_AT[i] … ALSO_AT[i + 1]]. */
const ALSO_AT = Int32Array.from({ length: PATTERNS.length + 1 }, (_, i) => 2 * PATTERNS.slice(0, i).reduce((n, p) => n + p.groups.length - 1, 0));
const ALSO_NEEDS = Int32Array.from(PATTERNS.flatMap((p) => p.groups.slice(1).flatMap((id) => [id >>> 5, 1 << (id & 31)])));

/** True for the code of a character `\w` matches (ASCII letters, digits, `_`); false for NaN (past the end). */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
}

/** The stems that start with a character `\w` does not match (`[`, emoji, `:rotating_light:`), in order, and that character. */
const OTHER_STEMS = STEM_TEXTS.flatMap((text, id) => (isWordCode(text.charCodeAt(0)) ? [] : [id]));
const OTHER_FIRST = Int32Array.from(OTHER_STEMS, (id) => (STEM_TEXTS[id] as string).charCodeAt(0));

/**
 * The stems that start a word, as a trie in one array, node after node in depth-first order (so the letters of a
 * stem sit close together): a node is its stem (-1: none), its number of children, then per child the character
 * code and the position of the child's node. The root is at 0.
 */
const TRIE = (() => {
  interface Node {
    stem: number;
    children: Map<number, Node>;
  }
  const root: Node = { stem: -1, children: new Map() };
  STEM_TEXTS.forEach((text, id) => {
    if (!isWordCode(text.charCodeAt(0))) return;
    let node = root;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      let child = node.children.get(code);
      if (child === undefined) node.children.set(code, (child = { stem: -1, children: new Map() }));
      node = child;
    }
    node.stem = id;
  });
  const out: number[] = [];
  const write = (node: Node): number => {
    const at = out.length;
    out.push(node.stem, node.children.size);
    const slots = out.length;
    for (const code of node.children.keys()) out.push(code, 0);
    [...node.children.values()].forEach((child, k) => (out[slots + 2 * k + 1] = write(child)));
    return at;
  };
  write(root);
  return Int32Array.from(out);
})();

/** The root's children by the character code of their edge (every word stem starts with an ASCII character), -1 for none. */
const TRIE_ROOT = Int32Array.from({ length: 128 }, (_, code) => {
  for (let c = 2; c < 2 + 2 * (TRIE[1] as number); c += 2) if (TRIE[c] === code) return TRIE[c + 1] as number;
  return -1;
});

/** Where the stem wordStemAt found ends. */
let stemEnd = 0;

/** The longest stem the text starts with at `at`, a word start (its end in stemEnd), or -1. */
function wordStemAt(lower: string, at: number): number {
  let node = TRIE_ROOT[lower.charCodeAt(at)] ?? -1;
  if (node < 0) return -1;
  let found = TRIE[node] as number;
  if (found >= 0) stemEnd = at + 1;
  for (let k = at + 1; k < lower.length; k++) {
    const code = lower.charCodeAt(k);
    let next = -1;
    for (let c = node + 2, end = c + 2 * (TRIE[node + 1] as number); c < end; c += 2) {
      if (TRIE[c] === code) {
        next = TRIE[c + 1] as number;
        break;
      }
    }
    if (next < 0) break;
    node = next;
    if ((TRIE[node] as number) >= 0) {
      found = TRIE[node] as number;
      stemEnd = k + 1;
    }
  }
  return found;
}

/** The first stem that does not start a word (in the order of STEM_TEXTS) the text starts with at `at`, or -1. */
function otherStemAt(lower: string, at: number): number {
  const code = lower.charCodeAt(at);
  for (let k = 0; k < OTHER_STEMS.length; k++) {
    if (OTHER_FIRST[k] === code && lower.startsWith(STEM_TEXTS[OTHER_STEMS[k] as number] as string, at)) return OTHER_STEMS[k] as number;
  }
  return -1;
}

/** Sets in `seen` the bits of the pairs EFFECTS[from … to]. */
function apply(from: number, to: number): void {
  for (let k = from; k < to; k += 2) seen[EFFECTS[k] as number] = (seen[EFFECTS[k] as number] as number) | (EFFECTS[k + 1] as number);
}

/** Applies a stem found at `at`..`end`: as a word start, as the whole word (`no$`), as the first word (`^status`). */
function note(lower: string, id: number, at: number, end: number, firstWordAt: number): void {
  const e = 6 * id;
  apply(STEM_EFFECTS[e] as number, STEM_EFFECTS[e + 1] as number);
  if (!isWordCode(lower.charCodeAt(end))) apply(STEM_EFFECTS[e + 2] as number, STEM_EFFECTS[e + 3] as number);
  if (at === firstWordAt) apply(STEM_EFFECTS[e + 4] as number, STEM_EFFECTS[e + 5] as number);
}

/**
 * Notes in `seen` the anchor stems of a lower-case text, in one pass that finds what the regex
 * `\b(?:word stems, longest first)|other stems` finds match after match: at the start of a word the longest stem it
 * starts with (the scan goes on after the stem, inside the word if the word is longer: no word starts there), and
 * elsewhere an other stem.
 */
function scanAnchors(lower: string): void {
  let firstWordAt = 0;
  while (firstWordAt < lower.length && !isWordCode(lower.charCodeAt(firstWordAt))) firstWordAt++;
  let at = 0;
  while (at < lower.length) {
    if (isWordCode(lower.charCodeAt(at))) {
      if (at === 0 || !isWordCode(lower.charCodeAt(at - 1))) {
        const stem = wordStemAt(lower, at);
        if (stem >= 0) {
          note(lower, stem, at, stemEnd, firstWordAt);
          at = stemEnd;
          continue;
        }
      }
      // Inside a word no word starts, and no other stem (they start with a character that is not a word character).
      do at++;
      while (isWordCode(lower.charCodeAt(at)));
      continue;
    }
    const other = otherStemAt(lower, at);
    if (other < 0) {
      at++;
      continue;
    }
    const end = at + (STEM_TEXTS[other] as string).length;
    note(lower, other, at, end, firstWordAt);
    at = end;
  }
}

const CURLY_APOSTROPHE = /[\u2018\u2019]/g;

/**
 * The text the cues read: alert-rule names marked while their case shows, then lower case with plain apostrophes;
 * a long text is cut (its cues sit up front, and the cost of a row stays bounded).
 */
function normalise(text: string): string {
  const cut = text.slice(0, 2000);
  const marked = CAPITAL_INSIDE_WORD.test(cut) ? cut.replace(ALERT_RULE_NAME, `$&${ALERT_RULE_MARK}`) : cut;
  const lower = marked.toLowerCase();
  return lower.includes('\u2018') || lower.includes('\u2019') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

/** Scratch list of readTiers: the patterns to run, in the order of the table. */
const gated = new Int32Array(PATTERNS.length);

/** Collects in `gated` the patterns every anchor group of which `seen` holds; returns how many. */
function gate(): number {
  let count = 0;
  for (let w = 0; w < PATTERN_WORDS; w++) {
    // The patterns keyed in this word of the set, lowest id first.
    for (let bits = seen[GROUP_WORDS + w] as number; bits !== 0; bits &= bits - 1) {
      const i = 32 * w + 31 - Math.clz32(bits & -bits);
      let all = true;
      for (let k = ALSO_AT[i] as number; k < (ALSO_AT[i + 1] as number) && all; k += 2) all = ((seen[ALSO_NEEDS[k] as number] as number) & (ALSO_NEEDS[k + 1] as number)) !== 0;
      if (all) gated[count++] = i;
    }
  }
  return count;
}

/**
 * The reading of the first tier that matches, by its leftmost match (ties: the pattern listed first). Only the
 * patterns every anchor group of which the text satisfies are run, in the order of the table; in the tier that
 * matches, they stop once all the patterns left give the reading found so far: whichever of them matched further
 * left, the reading would be the same.
 */
function readTiers(lower: string): Reading | null {
  for (let w = 0; w < seen.length; w++) seen[w] = 0;
  scanAnchors(lower);
  const count = gate();
  for (let start = 0, end = 0; start < count; start = end) {
    const tier = (PATTERNS[gated[start] as number] as Pattern).tier;
    while (end < count && (PATTERNS[gated[end] as number] as Pattern).tier === tier) end++;
    // From `same` on, the patterns of the tier all give the reading of its last one.
    const lastReading = (PATTERNS[gated[end - 1] as number] as Pattern).reading;
    let same = end - 1;
    while (same > start && (PATTERNS[gated[same - 1] as number] as Pattern).reading === lastReading) same--;
    let reading: Reading | null = null;
    let at = Infinity;
    for (let j = start; j < end; j++) {
      if (reading === lastReading && j >= same) break;
      const pattern = PATTERNS[gated[j] as number] as Pattern;
      const found = lower.search(pattern.regex);
      if (found >= 0 && found < at) {
        reading = pattern.reading;
        at = found;
        // Nothing further in the table can match further left.
        if (at === 0) break;
      }
    }
    if (reading !== null) return reading;
  }
  return null;
}

/**
 * How many event texts the readings below remember: the parse reads every row, and the key times and the rules ask
 * again about the same texts while the document is linted or shown.
 */
const TEXTS_REMEMBERED = 4_096;

/**
 * The event kind a timeline text suggests ("Acknowledged by Ana" → acknowledgement, "[RESOLVED] DiskFull" →
 * resolution, "Rolled back to v2.13" → mitigation, "**Outage begins.**" → change), null when nothing fits.
 */
export const inferEventKind: (text: string) => EventKind | null = memoize((text) => {
  const reading = readTiers(normalise(text));
  return reading === 'none' ? null : reading;
}, TEXTS_REMEMBERED);

/** A word every marker of the start of impact holds: most texts hold none and are not normalised. */
const IMPACT_WORD = /outage|impact|incident|downtime|disruption|degradation/i;
const IMPACT_START_PATTERNS = IMPACT_STARTS.map((a) => new RegExp(a.source));
const DECLARED_PATTERNS = DECLARED.map((a) => new RegExp(a.source));

/**
 * True when a text is the writer's marker of the start of impact ("**OUTAGE BEGINS** -- backends melt down"), not
 * the declaration of the incident that may follow it ("**INCIDENT BEGINS** docbrown declares incident #465").
 */
export const marksImpactStart: (text: string) => boolean = memoize((text) => {
  if (!IMPACT_WORD.test(text)) return false;
  const lower = normalise(text);
  return IMPACT_START_PATTERNS.some((p) => p.test(lower)) && !DECLARED_PATTERNS.some((p) => p.test(lower));
}, TEXTS_REMEMBERED);
