/**
 * Why two postmortems are alike, in words a reader checks: shared services, the same failure mode, the same
 * trigger, shared contributing-factor categories, shared tags, and the words they share. The structured overlap is
 * scored here (0..1); the text's share of the score comes from a full-text ranking (BM25) done by the caller's
 * engine, and both are combined here, deterministically.
 */
import type { Postmortem } from '../../core/postmortem.schema.js';
import { triggerOf, type Trigger } from '../trigger.js';

/** What the comparison reads of a postmortem. */
export interface SimilarityFeatures {
  services: string[];
  failureMode: string | null;
  trigger: Trigger;
  factorCategories: string[];
  tags: string[];
}

/** A candidate as ranked: its text score (0..1, the best match 1), and the words it shares with the postmortem. */
export interface TextMatch {
  textScore: number;
  sharedWords: string[];
}

/** A similar postmortem: its score (0..1) and why it was chosen. */
export interface Similarity {
  score: number;
  why: string[];
}

/** How much each part weighs in the score. */
const WEIGHTS = { text: 0.55, services: 0.15, failureMode: 0.12, trigger: 0.08, factors: 0.05, tags: 0.05 };

/** Lower-case, trimmed, without duplicates or blanks. */
const normalised = (values: readonly string[]) => [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v !== ''))];

/** The failure mode a document states in its front matter (`failureMode` or `failure_mode`), if any. */
function failureModeOf(pm: Postmortem): string | null {
  const value = pm.extraFrontMatter.failureMode ?? pm.extraFrontMatter.failure_mode;
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : null;
}

/** The features of a postmortem. */
export function similarityFeatures(pm: Postmortem): SimilarityFeatures {
  return {
    services: normalised(pm.services),
    failureMode: failureModeOf(pm),
    trigger: triggerOf(pm),
    factorCategories: normalised(pm.contributingFactors.map((f) => f.category ?? '')),
    tags: normalised(pm.tags),
  };
}

/** The share of two lists' values they have in common (Jaccard), and those values. */
function overlap(a: readonly string[], b: readonly string[]): { share: number; shared: string[] } {
  const shared = a.filter((v) => b.includes(v));
  const union = new Set([...a, ...b]).size;
  return { share: union === 0 ? 0 : shared.length / union, shared };
}

/** The score of a candidate against a postmortem, and the reasons, strongest first. */
export function similarity(of: SimilarityFeatures, candidate: SimilarityFeatures, text: TextMatch): Similarity {
  const services = overlap(of.services, candidate.services);
  const factors = overlap(of.factorCategories, candidate.factorCategories);
  const tags = overlap(of.tags, candidate.tags);
  const sameMode = of.failureMode !== null && of.failureMode === candidate.failureMode;
  const sameTrigger = of.trigger !== 'unknown' && of.trigger === candidate.trigger;
  const score =
    WEIGHTS.text * text.textScore +
    WEIGHTS.services * services.share +
    WEIGHTS.failureMode * (sameMode ? 1 : 0) +
    WEIGHTS.trigger * (sameTrigger ? 1 : 0) +
    WEIGHTS.factors * factors.share +
    WEIGHTS.tags * tags.share;
  const why = [
    ...(sameMode ? [`same failure mode: ${of.failureMode}`] : []),
    ...(services.shared.length > 0 ? [`shared services: ${services.shared.join(', ')}`] : []),
    ...(sameTrigger ? [`same trigger: ${of.trigger}`] : []),
    ...(factors.shared.length > 0 ? [`shared contributing-factor categories: ${factors.shared.join(', ')}`] : []),
    ...(tags.shared.length > 0 ? [`shared tags: ${tags.shared.join(', ')}`] : []),
    ...(text.sharedWords.length > 0 ? [`matching words: ${text.sharedWords.join(', ')}`] : []),
  ];
  return { score: Math.round(score * 1000) / 1000, why };
}

/** The text a full-text index holds of a postmortem: what it is about, not its bookkeeping. */
export function similarityText(pm: Postmortem): { title: string; body: string } {
  const body = [
    pm.summary,
    pm.whatHappened,
    pm.rootCause,
    ...pm.whys,
    ...pm.contributingFactors.map((f) => f.text),
    pm.impact.text,
    ...pm.timeline.map((e) => e.text),
    ...pm.lessons,
    ...pm.actionItems.map((a) => a.title),
    ...pm.services,
    ...pm.tags,
    ...pm.otherSections.map((s) => `${s.heading}\n${s.body}`),
  ];
  return { title: pm.title, body: body.filter((t) => t !== '').join('\n') };
}
