/** What an action item's owner cell names: nobody, a placeholder, a team, a role, several people, or one person. */
import { isGivenName } from './blame/given-names.js';

/** The verdict on an owner value. */
export type OwnerKind = 'missing' | 'placeholder' | 'team' | 'role' | 'several' | 'person';

/** Values that hold the place of an owner: "TBD", "n/a", "???", "to be assigned", "needs owner". */
const PLACEHOLDER =
  /^(?:tb[dac]|to ?do|n\/?a|n\.a\.?|none|(?:nobody|no ?one|no owner)(?: yet| assigned)?|needs? (?:an )?owner|unassigned|not (?:yet )?assigned|unowned|unknown|pending|owner|x+|-+|—+|–+|\?+|to be (?:assigned|decided|determined|confirmed|defined|named))$/;
/** Anyone at all, which is no one in particular: "someone", "anybody from infra", "whoever is free". */
const ANYONE = /^(?:some ?one|somebody|any ?one|anybody|whoever|whomever|any|a volunteer|volunteers?)\b/;
/** Words that make an owner a group wherever they stand: "@sre-oncall", "all devs", "the team", "Payments Squad". */
const GROUP_WORDS = new Set([
  'team', 'teams', 'squad', 'squads', 'crew', 'crews', 'guild', 'guilds', 'group', 'groups', 'tribe', 'tribes', 'chapter', 'committee',
  'pod', 'pods', 'cell', 'cells', 'unit', 'units', 'taskforce', 'desk', 'office', 'services', 'operations', 'function',
  'council', 'department', 'dept', 'org', 'division', 'rotation', 'oncall', 'devs', 'developers', 'engineers', 'engineering', 'folks',
  'people', 'staff', 'everyone', 'everybody', 'all', 'sre', 'sres', 'dba', 'dbas', 'ops', 'devops', 'secops', 'sysops', 'netops',
  'dataops', 'mlops', 'finops', 'infra', 'infrastructure', 'platform', 'backend', 'frontend', 'qa', 'noc', 'soc', 'helpdesk',
  'servicedesk', 'support', 'security', 'networking', 'leadership', 'management', 'managers', 'admins', 'sysadmins', 'owners', 'leads',
  'maintainers', 'reviewers', 'responders', 'rota', 'roster', 'pager', 'channel', 'channels', 'list', 'lists', 'mailing', 'distro',
  'alias',
]);
/**
 * Words that are a group on their own ("Eng", "IT", "Data") or at the end of a handle ("@web-dev", "DataEng"); beside a
 * written name they may be part of it ("Dev Patel").
 */
const SOLE_GROUP_WORDS = new Set([
  'eng', 'dev', 'it', 'data', 'web', 'mobile', 'product', 'design', 'legal', 'finance', 'marketing', 'sales', 'billing', 'network', 'release',
  'releng', 'analytics', 'compliance', 'hr', 'admin', 'we', 'us', 'sec', 'infosec', 'appsec', 'seceng', 'neteng', 'prodeng', 'devex',
  'science', 'response', 'productivity', 'cx', 'ux', 'ios', 'android', 'tooling', 'observability', 'reliability',
]);
/** The endings of nouns that name a field of work ("experience", "management", "assurance", "analytics", "operations"). */
const FIELD_OF_WORK = /(?:ity|ics|ence|ance|ment|ology|ions)$/;
/** Local parts of an e-mail address that say it is a list or a shared inbox, not a person's ("ops@", "incidents@"). */
const LIST_WORDS = new Set(['incidents', 'incident', 'alerts', 'alert', 'announce', 'announcements', 'noreply', 'no', 'reply', 'info', 'help', 'contact', 'admins', 'group', 'ml']);
/** A hat someone wears for a while, which passes to another: the head word of a role ("Release manager", "Tech lead"). */
const ROLE_HEADS = new Set([
  'manager', 'lead', 'owner', 'commander', 'engineer', 'reviewer', 'approver', 'oncaller', 'architect', 'analyst', 'coordinator',
  'champion', 'director', 'head', 'responder', 'operator', 'developer', 'scribe', 'liaison', 'sponsor', 'steward', 'dri',
]);
/** Words that qualify a role without naming anyone ("the primary on-call engineer", "service owner", "VP of Eng"). */
const ROLE_MODIFIERS = new Set([
  'tech', 'technical', 'release', 'service', 'product', 'incident', 'program', 'programme', 'project', 'delivery', 'change', 'primary',
  'secondary', 'site', 'staff', 'principal', 'senior', 'sr', 'junior', 'jr', 'duty', 'shift', 'escalation', 'comms', 'communications',
  'deploy', 'deployment', 'build', 'test', 'database', 'db', 'systems', 'system', 'cloud', 'account', 'customer', 'success', 'vp', 'of',
  'for', 'hiring', 'line', 'area', 'domain', 'component', 'feature', 'on', 'call', 'reliability', 'solutions', 'operations', 'ops',
]);
/** Roles written as one abbreviation: "IC", "EM", "TPM", "DRI", "CTO". */
const ROLE_ABBREVIATIONS = new Set(['ic', 'em', 'pm', 'tpm', 'po', 'dri', 'cto', 'ceo', 'cio', 'ciso', 'coo', 'cfo', 'vp', 'svp', 'evp']);
const SEVERAL = /,|&|\s\/\s|\/|\band\b|\+/;

function normalise(name: string): string {
  return name.trim().replace(/^@/, '').toLowerCase();
}

/** The words of an owner: handle separators and camelCase split, "on call" as one word ("DataEng" → data, eng). */
function wordsOf(value: string): string[] {
  return value
    .replace(/^@/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bon[\s_.-]call\b/g, 'oncall')
    .split(/[\s_.-]+/)
    .filter((w) => w !== '' && w !== 'the');
}

/** True when the words name a role and nothing else: a role head, and only qualifiers and group words before it. */
function isRole(words: readonly string[]): boolean {
  if (words.length === 1) return ROLE_ABBREVIATIONS.has(words[0] as string);
  const qualifier = (w: string) => ROLE_MODIFIERS.has(w) || GROUP_WORDS.has(w) || SOLE_GROUP_WORDS.has(w) || ROLE_ABBREVIATIONS.has(w);
  const head = (w: string) => ROLE_HEADS.has(w) || ROLE_ABBREVIATIONS.has(w);
  // "Head of Platform", "VP of Eng": the head first, then what it heads.
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  if (of > 0 && words.slice(0, of).some(head)) return words.every((w) => head(w) || qualifier(w));
  return head(words[words.length - 1] as string) && words.slice(0, -1).every(qualifier);
}

/** True when every word is a word of teams and groups ("Release eng", "Data platform"), so no word can be a name. */
function allGroupWords(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => GROUP_WORDS.has(w) || SOLE_GROUP_WORDS.has(w));
}

/** An e-mail address: a list when its local part has a group or list word ("sre-team@", "incidents@"), else a person. */
function emailKind(value: string): OwnerKind | null {
  const at = /^([^\s@]+)@[\w-]+(?:\.[\w-]+)+$/.exec(value);
  if (at === null) return null;
  const words = wordsOf(at[1] as string);
  return words.some((w) => GROUP_WORDS.has(w) || SOLE_GROUP_WORDS.has(w) || LIST_WORDS.has(w)) ? 'team' : 'person';
}

/** Classifies an owner as written; `teamNames` are extra names that are teams. */
export function classifyOwner(owner: string | null, teamNames: readonly string[]): OwnerKind {
  const value = (owner ?? '').trim().replace(/^[*_`]+|[*_`]+$/g, '').trim();
  if (value === '') return 'missing';
  const key = normalise(value).replace(/\s+/g, ' ');
  if (PLACEHOLDER.test(key) || ANYONE.test(key)) return 'placeholder';
  if (SEVERAL.test(value)) return 'several';
  if (teamNames.some((t) => normalise(t) === key)) return 'team';
  // A chat channel ("#ops-channel", "Slack #payments") is a place to talk, not someone to chase.
  if (/(?:^|\s)#[\w-]/.test(value)) return 'team';
  const email = emailKind(value);
  if (email !== null) return email;
  const words = wordsOf(value);
  if (isRole(words)) return 'role';
  if (words.some((w) => GROUP_WORDS.has(w))) return 'team';
  if (allGroupWords(words)) return 'team';
  const last = words[words.length - 1] ?? '';
  // "Developer Experience", "Release Management", "Quality Assurance": a field of work, when no word is a given name.
  if (FIELD_OF_WORK.test(last) && !words.some(isGivenName)) return 'team';
  if (!SOLE_GROUP_WORDS.has(last)) return 'person';
  // "DataEng", "Eng", "@web-dev" are groups; beside a given name a group word may be part of the name ("Dev Patel",
  // "Kim Eng"), unless it is written in lower case after a capitalised word, as names are not ("Payments eng").
  const written = value.split(/\s+/);
  const besideName = words.some((w) => w !== last && isGivenName(w));
  return words.length === 1 || !/\s/.test(value) || /^[a-z]+$/.test(written[written.length - 1] ?? '') || !besideName ? 'team' : 'person';
}
