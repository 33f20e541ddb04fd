/** The share of a period's incidents by trigger, by contributing-factor category and by service, each with its sentence. */
import type { FactorCategory } from '../../core/postmortem.schema.js';
import { TRIGGERS, type Trigger } from '../trigger.js';
import type { PostmortemRow } from './rows.js';
import { percent } from './words.js';

/** How many of the period's incidents have one value (a trigger, a category, a service), and the sentence that says so. */
export interface Share {
  key: string;
  label: string;
  count: number;
  /** The incidents of the period (with a postmortem) it is a share of. */
  of: number;
  /** count / of (0 when the period has none). */
  share: number;
  sentence: string;
}

/** How each trigger reads in a sentence, for one incident and for several. */
const TRIGGER_WORDS: Record<Trigger, { label: string; one: string; many: string }> = {
  deploy: { label: 'deploy or change', one: 'followed a deploy or change', many: 'followed a deploy or change' },
  configuration: { label: 'configuration', one: 'followed a configuration change', many: 'followed a configuration change' },
  capacity: { label: 'capacity', one: 'ran out of capacity', many: 'ran out of capacity' },
  dependency: { label: 'dependency', one: 'started in a dependency', many: 'started in a dependency' },
  hardware: { label: 'hardware', one: 'started with a hardware failure', many: 'started with a hardware failure' },
  security: { label: 'security', one: 'was a security event', many: 'were security events' },
  unknown: { label: 'unknown', one: 'names no clear trigger', many: 'name no clear trigger' },
};

/** The categories of contributing factor, and "none" for an incident whose factors name none. */
const CATEGORIES: readonly (FactorCategory | 'none')[] = ['process', 'technical', 'cultural', 'environmental', 'none'];

/** "7 of the 12 incidents reviewed followed a deploy or change (58%)." */
function shareSentence(count: number, of: number, verbOne: string, verbMany: string): string {
  return `${count} of the ${of} incidents reviewed ${count === 1 ? verbOne : verbMany} (${percent(of === 0 ? 0 : count / of)}).`;
}

function share(key: string, label: string, count: number, of: number, sentence: string): Share {
  return { key, label, count, of, share: of === 0 ? 0 : Math.round((count / of) * 1000) / 1000, sentence };
}

/** Most first, then in the given order (a stable sort keeps it). */
const mostFirst = (shares: Share[]) => shares.sort((a, b) => b.count - a.count);

/** The share of each trigger, most first (every trigger listed, with none too). */
export function triggerShares(rows: readonly PostmortemRow[]): Share[] {
  return mostFirst(
    TRIGGERS.map((trigger) => {
      const count = rows.filter((r) => r.trigger === trigger).length;
      const words = TRIGGER_WORDS[trigger];
      return share(trigger, words.label, count, rows.length, shareSentence(count, rows.length, words.one, words.many));
    }),
  );
}

/** The label of a trigger in tables ("deploy or change"). */
export function triggerLabel(trigger: Trigger): string {
  return TRIGGER_WORDS[trigger].label;
}

/** The verb phrase of a trigger for several incidents ("followed a deploy or change"). */
export function triggerPhrase(trigger: Trigger): string {
  return TRIGGER_WORDS[trigger].many;
}

/** The share of incidents naming each category of contributing factor (one incident may name several), most first. */
export function categoryShares(rows: readonly PostmortemRow[]): Share[] {
  return mostFirst(
    CATEGORIES.map((category) => {
      const count = rows.filter((r) => (category === 'none' ? r.factorCategories.length === 0 : r.factorCategories.includes(category))).length;
      const sentence =
        category === 'none'
          ? shareSentence(count, rows.length, 'named no contributing factor with a category', 'named no contributing factor with a category')
          : shareSentence(count, rows.length, `named a ${category} factor`, `named a ${category} factor`);
      return share(category, category, count, rows.length, sentence);
    }),
  );
}

/** The share of incidents involving each service (named as first written, matched without regard to case), most first, then by name. */
export function serviceShares(rows: readonly PostmortemRow[]): Share[] {
  const named = new Map<string, { label: string; count: number }>();
  for (const row of rows) {
    for (const service of new Set(row.services.map((s) => s.toLowerCase()))) {
      const seen = named.get(service) ?? { label: row.services.find((s) => s.toLowerCase() === service) as string, count: 0 };
      seen.count++;
      named.set(service, seen);
    }
  }
  return [...named.entries()]
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1))
    .map(([key, { label, count }]) => share(key, label, count, rows.length, shareSentence(count, rows.length, `involved ${label}`, `involved ${label}`)));
}
