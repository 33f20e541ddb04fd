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

/** The features of a postmortem with its salient words (see salientWords), as the server stores them beside it. */
export interface StoredSimilarity extends SimilarityFeatures {
  words: string[];
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
export function failureModeOf(pm: Postmortem): string | null {
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

/** A full-text hit to score: its key (an id or a file), title and features, how well the text matched (higher is better) and the query words it holds. */
export interface TextCandidate {
  key: string;
  title: string;
  features: SimilarityFeatures;
  textRank: number;
  sharedWords: string[];
}

/** A scored candidate: its key and title, its score and why. */
export interface SimilarResult extends Similarity {
  key: string;
  title: string;
}

/**
 * The `limit` candidates most similar to `target`, best first (ties by key, so the same every time): each text rank
 * taken as a share of the best one, then combined with the structured overlap.
 */
export function rankSimilar(of: SimilarityFeatures, candidates: readonly TextCandidate[], limit: number): SimilarResult[] {
  const best = Math.max(0, ...candidates.map((c) => c.textRank));
  return candidates
    .map(({ key, title, features, textRank, sharedWords }) => ({ key, title, ...similarity(of, features, { textScore: best > 0 ? textRank / best : 0, sharedWords }) }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
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

/** The parts of a postmortem that say what it was about, each with its weight: the title thrice, then the summary, services, failure mode and causes. */
function salientParts(pm: Postmortem): [string, number][] {
  const failureMode = failureModeOf(pm);
  return [
    [pm.title, 3],
    [pm.summary, 1],
    [pm.services.join(' '), 2],
    [failureMode ?? '', 2],
    [pm.rootCause, 1],
    ...pm.whys.map((w): [string, number] => [w, 1]),
    ...pm.contributingFactors.map((f): [string, number] => [`${f.category ?? ''} ${f.text}`, 1]),
  ];
}

/** The words of a text as a query takes them: lower case, letters first, three characters or more. */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []).filter((w) => w.length >= 3);
}

/** The words of the salient text, each with how often it occurs there (title words thrice), most frequent first (ties alphabetical). */
export function salientWords(pm: Postmortem): { word: string; weight: number }[] {
  const weights = new Map<string, number>();
  for (const [text, weight] of salientParts(pm)) for (const word of wordsOf(text)) weights.set(word, (weights.get(word) ?? 0) + weight);
  return [...weights].map(([word, weight]) => ({ word, weight })).sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1));
}

/** What the server keeps of a postmortem to compare it: its features and its salient words. */
export function storedSimilarity(pm: Postmortem): StoredSimilarity {
  return { ...similarityFeatures(pm), words: salientWords(pm).map((w) => w.word) };
}
