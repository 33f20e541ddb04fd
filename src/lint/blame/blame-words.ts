/**
 * The vocabulary of blame: open lists of failure verbs, harmful acts, aggravating details, character words, fault
 * nouns and softeners, by meaning, lower-case (verbs by their base form; every inflection is recognised).
 */
import { formMap, formSet } from './verbs.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Acts that are failures whoever does them ("skipped", "ignored", "botched", "misconfigured"). */
export const FAILURE_VERBS = formSet([
  'forget', 'ignore', 'neglect', 'overlook', 'skip', 'miss', 'slip', 'botch', 'bungle', 'fumble', 'flub', 'mess', 'screw', 'goof',
  'misconfigure', 'mistype', 'misread', 'misjudge', 'mishandle', 'misunderstand', 'misuse', 'misapply', 'misinterpret',
  'mislabel', 'mislabel', 'miscalculate', 'misroute', 'misname', 'misspell', 'misclick', 'misconstrue', 'misplace', 'misstate',
  'fat-finger', 'rubber-stamp', 'bypass', 'circumvent', 'disregard', 'dismiss', 'override', 'overrule', 'sabotage', 'ruin',
  'wreck', 'botch', 'cause', 'break', 'hard-code', 'hardcode', 'brush', 'shrug', 'abandon', 'slack', 'gloss',
]);

/** Failure and harmful verbs (every form) that are neither with these words after them ("broke the problem down", "dropped off"). */
export const NOT_FAILURE_AFTER = formMap([
  ['break', 'down out through'],
  ['drop', 'off in out by'],
  ['rush', 'over back'],
  ['lose', 'weight'],
  ['cause', 'analysis'],
  ['miss', 'nothing'],
  ['slack', 'channel message thread'],
  ['brush', 'up'],
]);

/** Failure verbs (every form) that need one of these particles to be failures ("mess up", "screw up", "brush off"). */
export const FAILURE_PARTICLES = formMap([
  ['mess', 'up'],
  ['screw', 'up'],
  ['goof', 'up'],
  ['slip', 'up'],
  ['brush', 'off aside'],
  ['shrug', 'off'],
  ['slack', 'off'],
  ['gloss', 'over'],
]);

/** Acts that do harm when a person does them (delete, silence, disable…): blame with a person as agent. */
export const HARMFUL_VERBS = formSet([
  'delete', 'remove', 'drop', 'wipe', 'purge', 'empty', 'truncate', 'overwrite', 'corrupt', 'disable', 'silence', 'mute',
  'snooze', 'suppress', 'kill', 'terminate', 'destroy', 'erase', 'nuke', 'leak', 'expose', 'paste', 'hold', 'delay',
  'block', 'stall', 'lose', 'force', 'rush', 'unplug', 'decommission', 'deprovision', 'shut', 'switch', 'turn', 'flip',
  'disconnect', 'uninstall', 'downgrade', 'leave',
]);

/** Harmful verbs (every form) that need one of these words after them ("shut down", "turn off", "hold up", "leave on"). */
export const HARMFUL_PARTICLES = formMap([
  ['shut', 'down off'],
  ['switch', 'off on'],
  ['turn', 'off on'],
  ['hold', 'up back'],
  ['leave', 'on off enabled disabled running open switched turned unattended behind exposed unlocked'],
  ['flip', 'on off to'],
]);

/** Acts of finding out, telling and repairing: a person doing these is described, not blamed, whatever the object holds. */
export const NEUTRAL_VERBS = formSet([
  'read', 'find', 'trace', 'compare', 'confirm', 'check', 'look', 'graph', 'bisect', 'reproduce', 'time', 'see', 'identify',
  'discover', 'diagnose', 'spot', 'analyse', 'analyze', 'investigate', 'notice', 'report', 'explain', 'describe', 'show',
  'write', 'walk', 'propose', 'ask', 'page', 'escalate', 'post', 'announce', 'tell', 'document', 'measure', 'verify',
  'restore', 'fix', 'repair', 'revert', 'mitigate', 'recover', 'rebuild', 'pair', 'share', 'thank', 'help', 'join',
  'note', 'observe', 'raise', 'flag', 'warn', 'alert', 'suggest', 'recommend', 'lead', 'coordinate', 'hand', 'handle',
  'open', 'file', 'book', 'schedule', 'plan', 'follow', 'cover', 'monitor', 'watch', 'search', 'query', 'profile', 'test',
  'catch', 'narrow', 'pin', 'isolate', 'locate', 'detect', 'debug', 'triage', 'review', 'say', 'mention', 'note', 'learn',
]);

/** Verbs whose negation states a fact, not a failure ("did not have access", "was not paged"). */
export const NEGATION_EXEMPT = formSet([
  'be', 'have', 'get', 'receive', 'need', 'exist', 'work', 'own', 'hear', 'know', 'realise', 'realize', 'expect', 'anticipate',
  'belong', 'seem', 'appear', 'match', 'change', 'include', 'require', 'apply', 'happen', 'take', 'last', 'reach', 'want',
  'recur', 'affect', 'mean', 'cover', 'hold', 'fit', 'contain', 'show', 'come', 'arrive', 'respond', 'answer', 'mind', 'use',
]);

/** Details that turn an ordinary act into a faulted one ("the wrong image", "an outdated page", "untested"). */
export const BAD_DETAILS = words(`
  wrong incorrect bad broken faulty buggy untested unreviewed outdated obsolete stale unapproved unvetted half-baked
  accidentally mistakenly inadvertently carelessly blindly wrongly incorrectly recklessly hastily prematurely twice
  unauthorised unauthorized unannounced unsanctioned rogue haphazardly anyway regardless despite unbounded
  unthrottled unindexed unscoped unvalidated unchecked unpatched`);

/** Words after "without" that name a step someone skipped ("without asking", "without any review"). */
export const SKIPPED_STEPS = words(`
  asking telling testing checking reviewing review reviews looking opening reading notifying notice coordinating
  coordination announcing waiting verifying verification confirming confirmation informing consulting running handing
  warning following getting approval approvals sign-off signoff double-checking ticket plan backup backups snapshot
  canary tests test permission consent talking letting communicating escalating documenting documentation understanding
  thinking second peer a an any first proper prior telling pinging mentioning leaving checks check dry-run rehearsal
  rollback tell runbook heads-up handover handoff announcement rfc sign-off fix resolution reply response answer
  explanation notes release-notes changelog`);

/** The determiners allowed between "without" and the step ("without a review", "without any of…"). */
export const SKIPPED_STEP_FILLERS = words('a an any the first proper prior further proper enough adequate sufficient real');

/** Phrases (lower-case words) that fault the act they follow or describe. */
export const BAD_PHRASES: readonly string[] = [
  'instead of', 'rather than', 'by mistake', 'by accident', 'still red', 'still failing', 'still broken', 'were red',
  'was red', 'failing tests', 'failing test', 'failing build', 'failing checks', 'red build', 'red tests', 'at once',
  'straight to main', 'straight to master', 'straight to production', 'straight to prod', 'directly to production',
  'directly to main', 'in the middle of', 'during peak', 'at peak', 'peak hours', 'peak traffic', 'on a friday',
  'too early', 'too soon', 'too late', 'even though', 'against the advice', 'against advice', 'against policy',
  'against the policy', 'during the freeze', 'the change freeze', 'in production first', 'to save time',
  'before replication', 'before the backup', 'before it had', 'before they had', 'before anyone', 'on their own',
  'own change', 'own pull request', 'own pr', 'without a second', 'no review', 'no tests', 'no testing', 'no backup',
  'no snapshot', 'for the night', 'went home', 'go home', 'went to lunch', 'went to bed', 'walked away', 'walk away',
  'wandered off', 'logged off', 'never re-enabled', 'never restored', 'never turned', 'never switched', 'cut corners',
  'cutting corners', 'cut a corner', 'took a shortcut', 'took shortcuts', 'lost control', 'lose control', 'lost track',
  'lose track', 'lost sight', 'sat on', 'sit on', 'sitting on', 'jumped the gun', 'jump the gun', 'told nobody',
  'told no one', 'telling nobody', 'telling no one', 'warned nobody', 'warned no one', 'informed nobody', 'informed no one',
  'asked nobody', 'asked no one', 'notified nobody', 'notified no one', 'consulted nobody', 'consulted no one',
  'checked with nobody', 'checked with no one', 'without a word', 'on a whim', 'behind our backs', 'left them off',
  'left it off', 'left it on', 'left them on', 'went back to sleep', 'went to sleep', 'went back to bed', 'slept through',
  'dozed off', 'went offline', 'stopped answering', 'stopped responding', 'stopped replying', 'gone out to dinner',
  'until the last', 'to the last minute', 'at the last minute', 'last-minute', 'as usual', 'over the wall',
  'during our freeze', 'during a freeze', 'during the code freeze', 'during our change freeze', 'despite the freeze',
  'to the internet', 'to the public', 'to the world',
];

/** After ", which", "and it", "that": acts of harm that the person's act led to. */
export const HARM_VERBS = formSet([
  'fill', 'lock', 'drag', 'knock', 'bring', 'break', 'block', 'wipe', 'delete', 'corrupt', 'expose', 'leak', 'lose', 'crash',
  'cause', 'trigger', 'prolong', 'extend', 'cost', 'stall', 'flood', 'overload', 'overwhelm', 'exhaust', 'take', 'catch',
  'hammer', 'swamp', 'overrun', 'saturate', 'spam', 'clobber', 'thrash', 'starve', 'melt', 'max',
  'double', 'triple', 'worsen', 'compound', 'destroy', 'erase', 'kill', 'cascade', 'brick', 'down', 'strand', 'deny',
]);

/** Harm verbs (every form) that need one of these words after them ("took the site down", "caught us unprepared"). */
export const HARM_PARTICLES = formMap([
  ['take', 'down offline out'],
  ['bring', 'down'],
  ['knock', 'out over offline down'],
  ['lock', 'out'],
  ['drag', 'out on'],
  ['catch', 'unprepared off-guard out'],
  ['make', 'worse'],
]);

/** Words that say the act went as it should: "as planned", "the documented procedure", "per the runbook". */
export const DUE_CARE = words('planned designed documented intended expected instructed agreed directed standard usual routine scheduled correctly properly recommended vendor-recommended carefully care calmly diligently thoroughly tirelessly patiently');

/** Words that say an act repaired something: a person doing it is not at fault ("which stopped the errors"). */
export const REMEDY = formSet(['stop', 'fix', 'resolve', 'restore', 'recover', 'mitigate', 'contain', 'prevent']);

/** Verbs that only a person does: a capitalised word that does them is a person ("Olusegun decided…"). */
export const HUMAN_VERBS = formSet([
  'decide', 'insist', 'apologise', 'apologize', 'assume', 'think', 'realise', 'realize', 'guess', 'panic', 'choose',
  'agree', 'promise', 'admit', 'believe', 'bother', 'care', 'hurry', 'mention', 'sleep', 'neglect', 'rubber-stamp',
  'fat-finger', 'misjudge', 'volunteer', 'joke', 'complain', 'argue', 'hesitate', 'eat', 'travel', 'resign', 'wonder',
  'worry', 'forgive', 'regret', 'phone', 'text', 'email', 'ask', 'tell',
]);

/** Judgements of character, about people whatever the sentence ("careless", "negligent", "clueless"). */
export const CHARACTER_WORDS = words(`
  careless carelessly carelessness negligent negligently negligence sloppy sloppily sloppiness incompetent incompetently
  incompetence reckless recklessly recklessness irresponsible irresponsibly irresponsibility clueless cluelessness amateurish
  amateurishly cavalier complacent complacency half-hearted half-heartedly half-assed inept ineptitude ineptly unprofessional
  unprofessionally lackadaisical slapdash slipshod thoughtless thoughtlessly foolish foolishly idiotic idiot idiots stupid
  stupidly stupidity moron morons moronic boneheaded bone-headed laziness inattentive inattention heedless heedlessly
  feckless lazy cowboy cowboys clumsy clumsily ignorant arrogant arrogance stubborn incapable useless hopeless dim-witted
  dimwitted dumb shoddy shoddily derelict dereliction`);

/** Character words that also describe systems ("lazy loading", "clumsy API", "dumb pipe"): judgements only of a person. */
export const CHARACTER_WORDS_OF_PEOPLE_ONLY = words('lazy clumsy clumsily dumb useless hopeless stubborn shoddy shoddily incapable ignorant cowboy cowboys derelict');

/** Idioms and set phrases that fault a person ("dropped the ball", "asleep at the wheel"). */
export const BLAME_IDIOMS: readonly string[] = [
  'dropped the ball', 'drop the ball', 'drops the ball', 'dropping the ball', 'asleep at the wheel', 'asleep on the job',
  'took their eye off the ball', 'took his eye off the ball', 'took her eye off the ball', 'eye off the ball',
  'not paying attention', "wasn't paying attention", "weren't paying attention", 'was not paying attention',
  'were not paying attention', "couldn't be bothered", 'could not be bothered', "didn't bother", 'did not bother',
  'cannot be trusted', "can't be trusted", 'could not be trusted', "couldn't be trusted", 'out of their depth',
  'out of his depth', 'out of her depth', 'in over their head', 'in over his head', 'in over her head', 'winging it', 'winged it', 'phoned it in', 'passed the buck', 'pass the buck', 'under the bus',
  'dragged their feet', 'dragged his feet', 'dragged her feet', 'dragging their feet', 'not detail-oriented',
  'not detail oriented', 'detail-oriented enough', 'not up to the job', 'not up to the task', 'should be ashamed',
  'shame on', 'head in the sand', 'too lazy', 'cut corners', 'cutting corners', 'fat-fingered', 'fat fingered',
  'fell asleep', 'asleep at the switch', 'over the wall', 'better things to do', 'nobody bothered', 'no one bothered', 'never bothered', 'bother to', 'bothered to', 'left us hanging', 'hung us out', 'went awol', 'was awol', 'was mia', 'went mia',
  'should know better', 'should have known better',
  'ought to know better', 'cannot be relied on', "can't be relied on", 'cannot be relied upon', "can't be relied upon",
  "can't be counted on", 'cannot be counted on', 'not to be trusted', 'could not be relied on', "couldn't be relied on",
];

/** Nouns of fault: after a person's possessive they assign blame ("Farid's mistake", "their screw-up"). */
export const FAULT_NOUNS = words(`
  mistake mistakes error errors fault faults screw-up screwup screw-ups blunder blunders slip slips slip-up slipup typo
  typos oversight oversights lapse lapses failure failures negligence carelessness misconfiguration mix-up mixup gaffe goof
  goof-up misstep missteps misjudgement misjudgment omission fumble fiasco mess cock-up fuck-up fuckup boo-boo snafu doing
  bug bugs foul-up`);

/** Adjectives that fault what a person made ("Jamal's faulty script", "her untested patch"). */
export const BAD_ADJECTIVES = words(`
  bad faulty broken buggy wrong sloppy botched careless half-hearted untested rushed poor flawed reckless cavalier lazy
  incorrect erroneous dodgy shoddy hasty ill-advised ill-considered misguided unreviewed rogue stray mistaken
  irresponsible negligent incompetent amateurish complacent half-baked`);

/** Words after which a fault noun is a compound, not a fault ("error budget", "fault detection"). */
export const FAULT_COMPOUNDS = words('budget budgets rate rates detection tolerance handling handler handlers message messages code codes page pages log logs analysis injection domain path paths report reports count counts tracking tracker class classes state mode spike spikes');

/** Prefaces that announce blame, whatever follows ("I don't want to name names, but …", "Bless her, …"). */
export const BLAME_PREFACES: readonly string[] = [
  'not to point fingers', 'not pointing fingers', 'no hard feelings', 'with all due respect', 'with due respect',
  'bless him', 'bless her', 'bless them', 'in fairness to', 'to be fair to', 'no offence to', 'no offense to',
  'we all love', 'we all like', 'everyone loves', "it's nobody's fault", "it is nobody's fault", "nobody's fault really",
  'not blaming anyone', "i'm not blaming", 'not to blame anyone', 'without naming names', 'naming no names',
  'through no ill intent', 'no ill intent', 'i hate to say', 'hate to say it', 'not to single out', 'no disrespect',
  'love him', 'love her', 'god bless', 'to his credit', 'to her credit', 'to their credit',
];

/** Softeners that wrap blame found by another pattern ("Unfortunately, Nina forgot …"): they name the pattern. */
export const SOFTENERS: readonly string[] = [
  'unfortunately', 'sadly', 'regrettably', 'understandably', 'predictably', 'as usual', 'as always', 'yet again',
  'once again', 'for the umpteenth time', 'in fairness', 'to be fair', 'through no fault',
];

/** Words after a softener that turn to the fault ("…, but he skipped the checklist"). */
export const CONTRASTS = words('but although though still yet however nevertheless nonetheless even');

/** Words of praise, which with an act of harm make sarcasm ("Great job taking prod down"). */
export const PRAISE_WORDS = words('great nice brilliant genius stellar fantastic awesome wonderful excellent superb amazing impressive congratulations congrats bravo');
