/**
 * How well the blameless rules judge sentences: each sentence is put alone into the analysis section it belongs
 * to, in an otherwise clean postmortem, and linted; any blameless/* finding counts as "flagged".
 */
import { emptyPostmortem } from '../../core/postmortem.js';
import type { Postmortem } from '../../core/postmortem.schema.js';
import { lintPostmortem } from '../lint-postmortem.js';
import type { BlameItem } from './dev-set.js';
import { rate, type Rate } from './rates.js';

/** The analysis sections of the set, as the field of the document each one fills. */
const SECTION_FIELDS: Record<string, (pm: Postmortem, text: string) => Postmortem> = {
  'Root cause': (pm, text) => ({ ...pm, rootCause: text }),
  'What went poorly': (pm, text) => ({ ...pm, wentPoorly: [text] }),
  'Contributing factors': (pm, text) => ({ ...pm, contributingFactors: [{ text, category: null, actionItems: [] }] }),
  'Five whys': (pm, text) => ({ ...pm, whys: [text] }),
  'Lessons learned': (pm, text) => ({ ...pm, lessons: [text] }),
};

/** The rule ids of the blame judgement. */
const BLAME_RULE = /^blameless\//;

/** The postmortem a sentence is judged in: a title and a summary, and the sentence in its section. */
function documentWith(item: BlameItem): Postmortem {
  const place = SECTION_FIELDS[item.section];
  if (place === undefined) throw new Error(`blame set: unknown section "${item.section}"`);
  return place({ ...emptyPostmortem(), id: 'EVAL-1', title: 'Checkout outage', summary: 'Checkout failed for 20 minutes.' }, item.text);
}

/** The blameless findings a sentence gets (their rule ids), in its section. */
export function blameFindings(item: BlameItem): string[] {
  return lintPostmortem('EVAL-1', documentWith(item))
    .messages.map((m) => m.ruleId)
    .filter((id) => BLAME_RULE.test(id));
}

/** Per category: how many blame sentences were flagged (recall), how many clean ones were (false positives). */
export interface BlameScores {
  blame: Record<string, Rate>;
  clean: Record<string, Rate>;
  /** Every blame sentence, and every clean one. */
  recall: Rate;
  falsePositives: Rate;
  /** The sentences judged wrongly, for finding what is missed. */
  missed: BlameItem[];
  wronglyFlagged: (BlameItem & { rules: string[] })[];
}

/** Scores the blame rules on a set. */
export function scoreBlame(set: { blame: readonly BlameItem[]; clean: readonly BlameItem[] }): BlameScores {
  const judged = (items: readonly BlameItem[]) => items.map((item) => ({ item, rules: blameFindings(item) }));
  const blame = judged(set.blame);
  const clean = judged(set.clean);
  const byCategory = (rows: typeof blame) => {
    const categories = [...new Set(rows.map((r) => r.item.category))].sort();
    return Object.fromEntries(categories.map((c) => [c, rate(rows.filter((r) => r.item.category === c), (r) => r.rules.length > 0)]));
  };
  return {
    blame: byCategory(blame),
    clean: byCategory(clean),
    recall: rate(blame, (r) => r.rules.length > 0),
    falsePositives: rate(clean, (r) => r.rules.length > 0),
    missed: blame.filter((r) => r.rules.length === 0).map((r) => r.item),
    wronglyFlagged: clean.filter((r) => r.rules.length > 0).map((r) => ({ ...r.item, rules: r.rules })),
  };
}
