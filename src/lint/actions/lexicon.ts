/**
 * The open word classes the vagueness judgement reads titles with, as precompiled patterns over plain lower-case text:
 * what a title asks for (a goal, an investigation, more vigilance) and what would make it checkable (a number, a
 * mechanism, a deliverable). Lists of kinds of words, never of whole titles.
 */
import { escapeRegex } from '../../core/regex-trie.js';

/** `(?:a|b|c)` from phrases, longest first so that "set up" wins over "set"; spaces also match hyphens. */
function alternatives(phrases: readonly string[]): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => escapeRegex(p).replace(/ /g, '[\\s-]')).join('|')})`;
}

/** Verbs that ask people to try harder or know more rather than change the system. */
const EXHORTATION_VERBS = ['educate', 'train', 'teach', 'coach', 'remind', 'encourage', 'emphasise', 'emphasize', 'stress', 'reinforce', 'discourage', 'urge', 'raise awareness', 'spread awareness', 'build awareness', 'remember', "don't forget", 'do not forget', 'never forget', 'try', 'strive', 'endeavour', 'endeavor', 'double check', 'triple check', 'take care', 'think twice', 'watch out', 'be sure', 'be aware', 'keep in mind', 'bear in mind', 'keep an eye', 'keep a close eye', 'keep watch', 'keep track', 'stay on top', 'pay attention', 'pay more attention', 'pay closer attention', 'avoid mistakes', 'adhere', 'stick to', 'comply', 'obey', 'share learnings', 'share lessons', 'share the learnings', 'share the lessons', 'share knowledge', 'spread the word', 'socialise', 'socialize', 'evangelise', 'evangelize'];

/** Attitudes a person is asked to have ("be more careful", "stay vigilant"). */
const ATTITUDES = ['careful', 'vigilant', 'cautious', 'diligent', 'thorough', 'attentive', 'aware', 'mindful', 'alert', 'proactive', 'disciplined', 'rigorous', 'responsible', 'deliberate'];

/** Verbs that name an outcome but not the change that reaches it. */
const GOAL_VERBS = ['improve', 'enhance', 'increase', 'decrease', 'reduce', 'lower', 'raise', 'minimise', 'minimize', 'maximise', 'maximize', 'optimise', 'optimize', 'boost', 'strengthen', 'harden', 'tighten', 'tighten up', 'bolster', 'streamline', 'simplify', 'refine', 'polish', 'mature', 'modernise', 'modernize', 'rethink', 'revamp', 'rework', 'overhaul', 'ensure', 'make sure', 'make certain', 'guarantee', 'work on', 'work towards', 'work toward', 'focus on', 'prioritise', 'prioritize', 'invest in', 'stabilise', 'stabilize', 'communicate', 'coordinate', 'collaborate', 'bring down', 'cut down', 'cut down on', 'get down', 'scale', 'scale up', 'scale out', 'speed up', 'level up', 'step up', 'better', 'do better', 'get better', 'keep improving', 'continue', 'check', 'avoid', 'spend time on', 'spend more time on', 'dedicate time to', 'make time for', 'pay down', 'double down on', 'clarify', 'do a better job', 'do a better job of', 'do a better job at', 'do a good job', 'do a good job of', 'get better at', 'be better at'];

/** Verbs that are vague only when what they act on is trouble in general ("clean up noise", "prevent recurrence"). */
const REMEDY_VERBS = ['clean up', 'cleanup', 'tidy up', 'tidy', 'declutter', 'fix', 'address', 'tackle', 'handle', 'deal with', 'resolve', 'mitigate', 'prevent', 'stop', 'eliminate', 'get rid of', 'sort out', 'solve', 'remediate'];

/** Trouble in general, as the object of a remedy verb. */
const TROUBLE = ['noise', 'noisy', 'issues', 'problems', 'incidents', 'outages', 'debt', 'tech debt', 'mess', 'flakiness', 'flaky', 'recurrence', 'recurrences', 'repeat', 'repeats', 'this', 'that', 'it', 'them', 'these', 'those', 'things', 'root cause', 'gaps', 'risks', 'weaknesses', 'similar', 'such', 'future', 'again', 'better', 'more', 'properly', 'gracefully', 'correctly', 'stuff', 'whatever', 'logic', 'code', 'codebase', 'implementation', 'handling', 'setup'];

/** Verbs that ask for a look, a talk or a thought, with nothing produced. */
const INQUIRY_VERBS = ['investigate', 'look into', 'look at', 'looking into', 'dig into', 'dig deeper', 'deep dive', 'research', 'explore', 'evaluate', 'assess', 'analyse', 'analyze', 'study', 'examine', 'understand', 'figure out', 'find out', 'determine', 'identify', 'consider', 'think about', 'think through', 'reflect', 'brainstorm', 'discuss', 'talk to', 'talk with', 'talk about', 'chat', 'sync', 'meet', 'have a talk', 'have a chat', 'have a discussion', 'have a meeting', 'schedule a discussion', 'schedule a meeting', 'schedule a talk', 'follow up', 'check in', 'check with', 'check on', 'check if', 'check whether', 'check why', 'reach out', 'ask', 'contact', 'get in touch', 'review', 'revisit', 're evaluate', 'reevaluate', 're assess', 'reassess', 'reconsider', 'audit', 'keep investigating', 'see if', 'see whether', 'experiment', 'agree', 'align', 'learn', 'read up', 'try out', 'play with', 'spike', 'find a way', 'find ways', 'come up with', 'work out', 'look for', 'search for', 'hunt for', 'get to the bottom of', 'work with', 'partner with', 'engage', 'engage with', 'liaise with', 'sync up'];

/** Inquiries addressed to someone outside, whose natural output is their written answer. */
const ASKING_VERBS = ['follow up', 'check with', 'reach out', 'ask', 'contact', 'get in touch', 'talk to', 'talk with', 'sync', 'meet', 'chat', 'work with', 'partner with', 'engage', 'engage with', 'liaise with', 'sync up'];
/** Inquiries that end in a choice. */
const DECIDING_VERBS = ['consider', 'think about', 'think through', 'reflect', 'brainstorm', 'discuss', 'review', 'revisit', 're evaluate', 'reevaluate', 're assess', 'reassess', 'reconsider', 'evaluate', 'assess', 'explore', 'agree', 'align', 'talk about', 'have a talk', 'have a chat', 'have a discussion', 'have a meeting', 'schedule a discussion', 'schedule a meeting', 'schedule a talk'];

/** Verbs that make a change you can point at: a later clause led by one can carry the item. */
const CHANGE_VERBS = ['add', 'set', 'set up', 'setup', 'write', 'write up', 'document', 'file', 'open', 'create', 'alert', 'page', 'remove', 'delete', 'drop', 'replace', 'move', 'require', 'enforce', 'block', 'reject', 'cap', 'limit', 'enable', 'disable', 'deploy', 'ship', 'release', 'implement', 'build', 'automate', 'schedule', 'run', 'rehearse', 'migrate', 'rotate', 'pin', 'revert', 'roll back', 'route', 'split', 'record', 'publish', 'propose', 'decide', 'restore', 'backfill', 'upgrade', 'patch', 'configure', 'install', 'introduce', 'switch', 'turn', 'change', 'update', 'rename', 'revoke', 'grant', 'invalidate', 'escalate', 'tag', 'label', 'lock', 'mark', 'post', 'notify', 'announce', 'drain', 'shard', 'throttle', 'validate', 'verify', 'emit', 'expose', 'print', 'fail', 'deny', 'refuse', 'abort', 'retry', 'expire', 'load test', 'test', 'cover', 'wire', 'hook', 'connect', 'point', 'send', 'forward', 'back up', 'archive', 'purge', 'prune', 'renew', 'register', 'subscribe', 'integrate', 'adopt', 'use', 'convert', 'separate', 'isolate', 'segment', 'partition', 'collect', 'centralise', 'centralize', 'plug', 'share', 'present', 'list', 'assign', 'hire', 'freeze', 'gate', 'lint', 'measure', 'report', 'time out', 'cut', 'put', 'make', 'do', 'get', 'have', 'develop', 'establish', 'provide'];

/** Verbs that ask for watching: specific only when they say what is watched, and where. */
const WATCHING_VERBS = ['monitor', 'watch', 'track', 'observe'];

/** Verbs that say what a changed system will do ("… to reject unreviewed plans"). */
const ENFORCING_VERBS = ['require', 'reject', 'block', 'fail', 'refuse', 'deny', 'abort', 'cap', 'limit', 'retry', 'throttle', 'enforce', 'print', 'show', 'display', 'warn', 'prompt', 'confirm', 'stop', 'skip', 'exclude', 'include', 'drop', 'roll back', 'fall back', 'time out', 'expire', 'rotate', 'broadcast', 'route', 'send', 'forward', 'restart', 'drain', 'shed', 'queue', 'page'];

/** Gerunds after "by"/"via" that are no mechanism ("by being careful"). */
const VAGUE_GERUNDS = ['being', 'doing', 'making sure', 'ensuring', 'improving', 'remembering', 'trying', 'paying', 'keeping', 'looking', 'watching', 'double checking', 'checking', 'thinking', 'working', 'focusing', 'getting', 'having', 'communicating', 'reviewing'];

/** Things a change is made of: a signal, a check, a limit, a step. */
const MECHANISMS = ['alert', 'alerts', 'alerting', 'alarm', 'alarms', 'page', 'pages', 'paging', 'pager', 'test', 'tests', 'check', 'checks', 'precheck', 'pre check', 'probe', 'probes', 'health check', 'canary', 'flag', 'feature flag', 'limit', 'limits', 'cap', 'quota', 'threshold', 'timeout', 'retry', 'retries', 'backoff', 'jitter', 'circuit breaker', 'breaker', 'rate limit', 'linter', 'lint', 'gate', 'schema', 'validation', 'validator', 'runbook', 'rehearsal', 'game day', 'drill', 'checklist', 'script', 'cron', 'job', 'hook', 'webhook', 'pipeline', 'ci', 'approval', 'reviewer', 'lock', 'guard', 'replica', 'replicas', 'index', 'synthetic', 'slo', 'budget', 'rollback', 'rollout', 'migration', 'backup', 'restore', 'exporter', 'policy', 'rule', 'dry run', 'load test', 'failover', 'shadow', 'exercise', 'tabletop', 'coalescing', 'batching', 'caching', 'sharding', 'hedging', 'pooling', 'throttling', 'debouncing', 'sampling', 'load shedding', 'backpressure', 'idempotency key', 'deduplication', 'dedup', 'fencing', 'replication', 'quarantine', 'kill switch', 'allowlist', 'denylist', 'mfa', 'autoscaler', 'dashboard', 'panel', 'ticket', 'fails', 'block', 'blocks', 'reject', 'rejects', 'require', 'requires', 'deny', 'denies', 'refuse', 'refuses', 'abort', 'aborts'];

/** What an inquiry can produce that someone can check was delivered. */
const DELIVERABLES = ['write up', 'writeup', 'write down', 'written', 'document the', 'document our', 'document its', 'document their', 'findings', 'proposal', 'propose', 'recommendation', 'recommendations', 'recommend', 'rfc', 'adr', 'design doc', 'a report', 'report back', 'report the', 'report to', 'decide', 'decision', 'choose', 'pick one', 'pick a', 'pick the', 'present the', 'present it', 'present a', 'a summary', 'summarise', 'summarize', 'conclusion', 'file a ticket', 'file tickets', 'open a ticket', 'open tickets', 'create a ticket', 'create tickets', 'raise a ticket', 'raise tickets', 'a list of', 'go/no-go', 'go or no go', 'sign off'];

/** Categories of work that say nothing on their own ("monitoring", "tests", "the process"). */
const CATEGORIES = ['monitoring', 'monitor', 'alerting', 'alert', 'alerts', 'alarm', 'alarms', 'metric', 'observability', 'visibility', 'metrics', 'logging', 'logs', 'dashboards', 'dashboard', 'telemetry', 'tracing', 'tests', 'testing', 'test', 'test coverage', 'coverage', 'qa', 'validation', 'checks', 'safeguards', 'guardrails', 'guard rails', 'documentation', 'docs', 'runbook', 'runbooks', 'playbook', 'playbooks', 'process', 'processes', 'procedure', 'procedures', 'training', 'communication', 'comms', 'coordination', 'collaboration', 'capacity', 'resources', 'redundancy', 'resilience', 'reliability', 'stability', 'performance', 'security', 'quality', 'tooling', 'tools', 'automation', 'hygiene', 'governance', 'ownership', 'guidelines', 'policies', 'improvements', 'improvement', 'fixes', 'fix', 'changes', 'change', 'updates', 'work', 'issue', 'issues', 'bug', 'bugs', 'problem', 'problems', 'it', 'this', 'that', 'things', 'stuff', 'system', 'systems', 'infrastructure', 'infra', 'code', 'everything', 'noise', 'techniques', 'practices', 'approach', 'habits', 'awareness', 'knowledge', 'understanding', 'replicas', 'servers', 'nodes', 'instances', 'hardware', 'follow ups', 'followups', 'cleanup', 'hardening', 'tuning', 'review', 'reviews', 'monitors', 'error handling', 'handling', 'safety', 'robustness', 'scalability', 'availability', 'uptime', 'config', 'configuration', 'configs', 'controls', 'checking', 'care', 'attention', 'diligence', 'caution', 'vigilance', 'discipline', 'culture', 'mindset', 'observation', 'processes and tools', 'way', 'ways', 'strategy', 'plan', 'solution', 'solutions', 'root cause', 'cause', 'causes', 'analysis', 'investigation', 'look', 'dive', 'deep dive', 'discussion', 'research', 'situation', 'stuff', 'retro', 'retrospective', 'postmortem', 'post mortem', 'meeting', 'learnings', 'lessons', 'tech debt', 'debt'];

/** Heads that stay abstract whatever follows them ("a plan for scaling", "a process for reviews"): a plan is not a change. */
const ABSTRACTS = ['plan', 'plans', 'strategy', 'strategies', 'approach', 'process', 'processes', 'way', 'ways', 'policy', 'policies', 'guidelines', 'framework', 'roadmap', 'initiative', 'program', 'programme', 'culture', 'mindset', 'practice', 'practices', 'best practices', 'standards', 'procedure', 'procedures', 'path', 'vision', 'model'];

/** Qualifiers that only sound like conditions: "as needed", "where possible", "next time". */
const EMPTY_QUALIFIERS = ['as needed', 'as required', 'as appropriate', 'as necessary', 'where needed', 'where possible', 'where appropriate', 'where necessary', 'if needed', 'if possible', 'if necessary', 'when needed', 'when possible', 'accordingly', 'next time', 'in future', 'in the future', 'going forward', 'from now on', 'asap', 'elsewhere', 'in general', 'across the board', 'up to date', 'up-to-date'];

/** Words that qualify nothing: articles, possessives, vague quantities. */
const FILLERS = ['a', 'an', 'the', 'our', 'their', 'its', 'some', 'any', 'all', 'more', 'better', 'proper', 'additional', 'extra', 'new', 'appropriate', 'sufficient', 'enough', 'good', 'general', 'overall', 'various', 'relevant', 'necessary', 'further', 'improved', 'stronger', 'adequate', 'and', 'or', 'around', 'in', 'of', 'place', 'again', 'closely', 'carefully', 'properly', 'constantly', 'continuously', 'regularly', 'actively', 'generally', 'deeper', 'closer', 'thorough', 'detailed'];

/** Quantities and qualities asked for without a measure ("more tests", "better alerting"). */
const VAGUE_AMOUNTS = ['more', 'better', 'additional', 'extra', 'improved', 'proper', 'stronger', 'enough', 'sufficient', 'further', 'increased', 'adequate', 'greater', 'tighter', 'clearer', 'deeper', 'closer', 'more thorough', 'thorough'];

/** Comparative or quality adjectives that make "make X …" a goal ("make deploys safer"). */
const QUALITIES = ['safer', 'safe', 'better', 'easier', 'harder', 'faster', 'quicker', 'clearer', 'simpler', 'robust', 'reliable', 'resilient', 'stable', 'secure', 'visible', 'obvious', 'smoother', 'cleaner', 'stronger', 'healthier', 'sturdier', 'tighter', 'leaner', 'actionable'];

const W = (list: readonly string[]) => alternatives(list);

/** Asks people to try harder or know more, at the start of a clause. */
export const EXHORTATION_LEAD = new RegExp(`^(?:${W(EXHORTATION_VERBS)}\\b|follow(?![\\s-]+up\\b)\\s|(?:be|stay|remain|get|become)\\s+(?:(?:more|extra|very|super|much more)\\s+)?${W(ATTITUDES)}\\b)`);
/** The same anywhere in a clause ("deploys must be done more carefully", "everyone should stay vigilant"). */
export const VIGILANCE = new RegExp(`\\b(?:(?:be|stay|remain|being)\\s+(?:(?:more|extra|very)\\s+)?${W(ATTITUDES)}|(?:more\\s+)?(?:carefully|cautiously|diligently|attentively)|pay\\s+(?:more\\s+|closer\\s+)?attention|keep\\s+an\\s+eye|double[\\s-]check|remember\\s+to|(?:don'?t|do not)\\s+forget|raise\\s+awareness|human\\s+vigilance)\\b`);
/** "… faster", "… more thoroughly": how well, not what. */
const HOW = `(?:sooner|faster|quicker|earlier|better|harder|properly|carefully|thoroughly|more\\s+(?:thoroughly|carefully|quickly|closely|often|frequently|strictly|rigorously|consistently|reliably|proactively))`;
/** Names an outcome, not the change that reaches it. */
export const GOAL_LEAD = new RegExp(`^${W(GOAL_VERBS)}\\b|^[a-z]+\\s+(?:[a-z-]+\\s+)?${HOW}(?=$|\\s+(?:next|in|for|at|on|with|during|when|after|before|going|from|to|than\\s+before)\\b)|^make\\s+(?:[\\w'./-]+\\s+){0,6}?(?:(?:more|less)\\s+[\\w-]+|${W(QUALITIES)})\\b|^(?:get|keep)\\s+(?:[\\w'./-]+\\s+){0,3}?(?:under\\s+control|in\\s+check|on\\s+track|up[\\s-]to[\\s-]date|current|in\\s+sync|accurate|clean|tidy|healthy|green|low|small|lean|fresh)\\b`);
/** The same said as a wish about the system ("the deploy should be safer", "alerts need to get better"). */
export const GOAL_WISH = new RegExp(`\\b(?:be|become|get|feel|is|are)\\s+(?:(?:more|less)\\s+[\\w-]+|${W(QUALITIES)})\\b|\\bnever\\s+happens?\\s+again\\b|\\bhappen(?:s|ing)?\\s+again\\b`);
/** A remedy verb at the start of a clause. */
export const REMEDY_LEAD = new RegExp(`^${W(REMEDY_VERBS)}\\b`);
/** Trouble in general. */
export const TROUBLE_WORDS = new RegExp(`\\b${W(TROUBLE)}\\b`);
/** An inquiry at the start of a clause. */
export const INQUIRY_LEAD = new RegExp(`^${W(INQUIRY_VERBS)}\\b`);
/** An inquiry addressed to someone outside. */
export const ASKING_LEAD = new RegExp(`^${W(ASKING_VERBS)}\\b`);
/** An inquiry that ends in a choice. */
export const DECIDING_LEAD = new RegExp(`^${W(DECIDING_VERBS)}\\b`);
/** A change verb at the start of a clause. */
export const CHANGE_LEAD = new RegExp(`^${W(CHANGE_VERBS)}\\b`);
/** A watching verb at the start of a clause. */
export const WATCHING_LEAD = new RegExp(`^${W(WATCHING_VERBS)}\\b`);
/** Any verb of the classes above at the start of a clause: where a new action begins. */
export const ANY_LEAD = new RegExp(`^(?:${W([...EXHORTATION_VERBS, ...GOAL_VERBS, ...REMEDY_VERBS, ...INQUIRY_VERBS, ...CHANGE_VERBS, ...WATCHING_VERBS])})\\b`);
/** A vague amount of a category ("more monitoring", "better tests", "additional checks"). */
export const VAGUE_AMOUNT = new RegExp(`\\b${W(VAGUE_AMOUNTS)}\\s+${W(CATEGORIES)}\\b`);
/** A clause that starts with a vague amount or quality ("More tests", "Better alerting", "Improved comms"). */
export const AMOUNT_LEAD = new RegExp(`^(?:${W(VAGUE_AMOUNTS)}|${W(QUALITIES)}|less|fewer|higher|lower|faster)\\b`);
/** One category word, or a filler. */
export const CATEGORY_WORD = new RegExp(`^(?:${W(CATEGORIES)}|${W(FILLERS)})$`);
/** An abstract head at the start of a phrase. */
export const ABSTRACT_HEAD = new RegExp(`^(?:(?:${W(FILLERS)})\\s+)*${W(ABSTRACTS)}\\b`);
/** Qualifiers that say nothing, to be dropped before a phrase is judged. */
export const EMPTY_QUALIFIER = new RegExp(`\\b${W(EMPTY_QUALIFIERS)}\\b`, 'g');
/** One filler word. */
export const FILLER_WORD = new RegExp(`^${W(FILLERS)}$`);
/** Category phrases of more than one word, to be read as one. */
export const CATEGORY_PHRASE = new RegExp(`\\b${W(CATEGORIES.filter((c) => c.includes(' ')))}\\b`, 'g');

/**
 * A measure: a number that is not part of a name (not "SEV1", "Q3", "v2", "5xx") nor a date or a year (a date says
 * when, not what), a percentile, or a comparison. Units may follow ("500 ms", "2x", "80%").
 */
export const MEASURE = /(?<![a-z\d.-])(?!\d{4}-\d\d-\d\d|(?:19|20)\d\d(?![\d.,%x]))\d+(?:[.,]\d+)*(?:%|x|×|ms|s|m|h|d|k|kb|mb|gb|tb|gib|mib|rps|qps)?(?![a-z\d])|\bp(?:50|75|90|95|99|999)\b|[<>≤≥]/;
/** Mechanisms that are not themselves a category of work ("a canary", not "alerting"), with their inflections. */
const PARTS = `${W(MECHANISMS.filter((m) => !CATEGORIES.includes(m)))}(?:s|es|d|ed|ing)?`;
/** A mechanism given as the means: "by adding …", "via a pre-check", "with a canary"; enough even for an exhortation. */
export const MEANS = new RegExp(
  `\\b(?:by|via|through)\\s+(?!${W(VAGUE_GERUNDS)}\\b)[a-z-]+ing\\b` +
    `|\\b(?:by|via|through|using|behind)\\s+(?:(?:a|an|the|one|its|their|our)\\s+)?(?:[\\w-]+\\s+)?${PARTS}\\b` +
    `|\\bwith\\s+(?:a|an|one)\\s+(?:[\\w-]+\\s+)?${PARTS}\\b`,
);
/** A mechanism that comes with a goal: "… with the dry-run check", "… with a jittered retry" (not "careful with migrations"). */
export const WITH_PART = new RegExp(`\\bwith\\s+(?:(?:the|its|their|our)\\s+)?(?:[\\w-]+\\s+)?${PARTS}\\b`);
/** What the changed system will do, said as a purpose: "… to reject unreviewed plans", "… so that it pages …". */
export const BEHAVIOUR = new RegExp(
  `\\b(?:to|that|which|so\\s+(?:that\\s+)?(?:it|they))\\s+(?:(?:always|automatically|only|also|will|can|must|should|then)\\s+)?${W(ENFORCING_VERBS)}(?:s|es|ed)?\\b`,
);
/** A trigger: when or how often the change acts. */
export const TRIGGER = /\b(?:when|whenever|if|unless|before|after|once|instead of|rather than|every|each|per|on every|on each|at most|at least|no more than|within)\b/;
/** A mechanism word anywhere. */
export const MECHANISM = new RegExp(`\\b${PARTS}\\b`);
/** Something an inquiry produces. */
export const DELIVERABLE = new RegExp(
  `\\b${W(DELIVERABLES)}\\b|\\b(?:by|before)\\s+\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:issue|ticket)\\s+(?:has\\s+been\\s+|was\\s+|is\\s+)?(?:created|filed|opened|raised)\\b`,
);
/** A name from the system in plain text, which a remedy can act on specifically: a path, a host, a version, a snake or kebab name, a channel. */
export const SYSTEM_NAME =
  /(?:^|\s)\/[\w/.-]+|\b[\w-]+\.[a-z]{2,}\b|\bv\d+(?:\.\d+)*\b|\b[a-z\d]+_[a-z\d_]+\b|#[\w-]+|\b[a-z\d]+(?:-[a-z\d]+){2,}\b|\b[a-z]+-(?:api|service|svc|worker|db|queue|cache|proxy|gateway|agent|controller|operator|cluster|pod|job|cron|bucket|topic|stream|server|client|sdk|cli|ui|app)\b/;
/** The same in the title as written: code in backticks, or a CamelCase name (`PagerDuty`, `failurePolicy`). */
export const CODE_NAME = /`[^`]+`|\b[a-z]+[A-Z]\w*\b|\b[A-Z][a-z]+[A-Z]\w*\b/;
/** A tracker ticket key ("OPS-123"), in the title as written. */
export const TICKET_KEY = /\b[A-Z][A-Z\d]+-\d+\b/;
