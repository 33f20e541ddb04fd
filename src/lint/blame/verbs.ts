/**
 * English verb forms, so that the blame lexicons can list verbs once, by their base form, and still recognise
 * "skips", "skipped", "skipping", "forgot", "forgotten". Phrasal verbs ("mess up") inflect their first word.
 */

/** The past tense and past participle of irregular verbs (the participle only when it differs). */
const IRREGULAR: Record<string, readonly string[]> = {
  be: ['was', 'were', 'been'], begin: ['began', 'begun'], blow: ['blew', 'blown'], break: ['broke', 'broken'], bring: ['brought'],
  build: ['built'], buy: ['bought'], catch: ['caught'], choose: ['chose', 'chosen'], come: ['came'], cut: ['cut'], deal: ['dealt'],
  do: ['did', 'done'], drive: ['drove', 'driven'], fall: ['fell', 'fallen'], feel: ['felt'], find: ['found'], forget: ['forgot', 'forgotten'],
  get: ['got', 'gotten'], give: ['gave', 'given'], go: ['went', 'gone'], have: ['had'], hear: ['heard'], hide: ['hid', 'hidden'],
  hold: ['held'], keep: ['kept'], know: ['knew', 'known'], lead: ['led'], leave: ['left'], let: ['let'], lose: ['lost'], make: ['made'],
  mean: ['meant'], misread: ['misread'], mislead: ['misled'], mistake: ['mistook', 'mistaken'], misunderstand: ['misunderstood'],
  override: ['overrode', 'overridden'], overwrite: ['overwrote', 'overwritten'], put: ['put'], read: ['read'],
  ride: ['rode', 'ridden'], ring: ['rang', 'rung'], run: ['ran', 'run'], say: ['said'], see: ['saw', 'seen'], sell: ['sold'],
  send: ['sent'], set: ['set'], shut: ['shut'], sit: ['sat'], sleep: ['slept'], spend: ['spent'], stand: ['stood'], steal: ['stole', 'stolen'],
  take: ['took', 'taken'], teach: ['taught'], tell: ['told'], think: ['thought'], throw: ['threw', 'thrown'], understand: ['understood'],
  undo: ['undid', 'undone'], wake: ['woke', 'woken'], withdraw: ['withdrew', 'withdrawn'], write: ['wrote', 'written'],
};

/** Verbs of more than one syllable that double their last consonant ("committed"). */
const DOUBLING = new Set(['commit', 'omit', 'admit', 'submit', 'permit', 'regret', 'control', 'patrol', 'compel', 'rebut', 'upset', 'equip', 'forget', 'begin', 'format']);

const VOWEL = /[aeiou]/;

/** "skip" → "skipp": one syllable ending in one vowel and one consonant, or a listed longer verb. */
function stem(base: string): string {
  const last = base.charAt(base.length - 1);
  const doubles = DOUBLING.has(base) || (/[^aeiou][aeiou][bdgklmnprt]$/.test(base) && (base.match(/[aeiouy]+/g) ?? []).length === 1);
  return doubles ? base + last : base;
}

/** Every inflected form of a one-word verb: base, third person, past, participle, gerund. */
function wordForms(base: string): string[] {
  if (base === 'be') return ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being'];
  const forms = [base];
  const irregular = IRREGULAR[base];
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) forms.push(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (irregular) forms.push(...irregular);
  if (base.endsWith('e') && !base.endsWith('ee')) {
    if (!irregular) forms.push(`${base}d`);
    forms.push(`${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    if (!irregular) forms.push(`${base.slice(0, -1)}ied`);
    forms.push(`${base}ing`);
  } else {
    const s = VOWEL.test(base) ? stem(base) : base;
    if (!irregular) forms.push(`${s}ed`);
    forms.push(`${s}ing`);
  }
  return forms;
}

/** Every form of a verb or phrasal verb ("mess up" → "messed up", "messing up"…), as space-separated words. */
export function verbForms(verb: string): string[] {
  const [head = '', ...rest] = verb.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  return wordForms(head).map((form) => form + tail);
}

/** A map from every form of each verb to the words that it pairs with ("shut" → down, off; "shutting" → down, off). */
export function formMap(entries: readonly (readonly [string, string])[]): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, ReadonlySet<string>>();
  for (const [verb, words] of entries) {
    const set = new Set(words.split(' '));
    for (const form of verbForms(verb)) map.set(form, set);
  }
  return map;
}

/** A set of every form of `verbs`. */
export function formSet(verbs: readonly string[]): ReadonlySet<string> {
  return new Set(verbs.flatMap(verbForms));
}

/** Forms that mark a past participle or past tense: "-ed" endings and the irregular pasts above. */
const IRREGULAR_PAST = new Set(Object.values(IRREGULAR).flat());

/** Prefixes that keep a verb's past form: re-, over-, under-, mis-, out-, with-. */
const PAST_PREFIX = /^(?:re-?|over|under|mis|out|with)(?=[a-z]{3})/;

/** True for a word that can be a past tense or a past participle ("deleted", "broken", "left", "rebuilt"). */
export function isPastForm(word: string): boolean {
  if ((word.length > 3 && word.endsWith('ed')) || IRREGULAR_PAST.has(word)) return true;
  // "rebuilt", "re-ran", "overwrote", "mistook": a prefix before an irregular past.
  const bare = PAST_PREFIX.exec(word);
  return bare !== null && IRREGULAR_PAST.has(word.slice(bare[0].length));
}
