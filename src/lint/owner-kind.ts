/** What an action item's owner cell names: nobody, a placeholder, a team, several people, or one person. */

/** The verdict on an owner value. */
export type OwnerKind = 'missing' | 'placeholder' | 'team' | 'several' | 'person';

const PLACEHOLDERS = new Set(['tbd', 'tba', 'tbc', '?', '??', '???', 'n/a', 'na', 'none', '-', '--', '—', 'unknown', 'unassigned', 'nobody', 'todo', 'x', 'xxx']);
const TEAM_WORDS = new Set([
  'sre', 'sres', 'ops', 'devops', 'infra', 'infrastructure', 'engineering', 'eng', 'oncall', 'on-call', 'platform',
  'backend', 'frontend', 'security', 'secops', 'qa', 'dba', 'dbas', 'it', 'support', 'everyone', 'all', 'management',
]);
const TEAM_LAST_WORD = /^(?:teams?|squads?|groups?|crews?|guilds?|ops|eng|engineering|sre)$/;
const SEVERAL = /,|&|\s\/\s|\/|\band\b|\+/;

function normalise(name: string): string {
  return name.trim().replace(/^@/, '').toLowerCase();
}

/** Classifies an owner as written; `teamNames` are extra names that are teams. */
export function classifyOwner(owner: string | null, teamNames: readonly string[]): OwnerKind {
  const value = (owner ?? '').trim().replace(/^[*_`]+|[*_`]+$/g, '').trim();
  if (value === '') return 'missing';
  const key = normalise(value);
  if (PLACEHOLDERS.has(key)) return 'placeholder';
  if (SEVERAL.test(value)) return 'several';
  if (TEAM_WORDS.has(key) || teamNames.some((t) => normalise(t) === key)) return 'team';
  // "Platform Team", "@backend-team", "web_ops", "DevOps", "DataEng": the last word (camelCase split) names a group.
  const words = value.replace(/^@/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_.-]+/);
  const lastWord = words[words.length - 1] ?? key;
  if (TEAM_LAST_WORD.test(lastWord) || (words.length > 1 && TEAM_WORDS.has(lastWord))) return 'team';
  return 'person';
}
