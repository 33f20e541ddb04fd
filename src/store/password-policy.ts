/**
 * Which passwords an account may have (OWASP ASVS 2.1): at least 12 characters, at most 1,024, and not guessable —
 * judged by zxcvbn-ts against its lists of common passwords, words and names, and patterns (repeats, sequences,
 * keyboard runs, dates, the account's own e-mail and name).
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { fieldError } from './validate.js';

/** Passwords shorter than this are refused. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longer passwords are refused too (hashing megabytes on request would be a way to burn CPU). */
export const MAX_PASSWORD_LENGTH = 1024;
/** zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable" against an online attack and a slow hash. */
const MIN_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;

/** Builds the strength estimator from zxcvbn's dictionaries. */
async function buildEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
}

/**
 * The strength estimator, loaded on first use: its dictionaries take ~0.25 s and much memory to load, which every
 * CLI command and server start would otherwise pay though few of them set a password.
 */
function strengthEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= buildEstimator();
  return estimator;
}

/**
 * Refuses a password that is too short, too long or easy to guess (InputError naming the field `password`, saying
 * why and what to do instead). `personal` holds what an attacker would try first: the account's e-mail and name.
 */
export async function checkPasswordStrength(password: string, personal: readonly string[] = []): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw fieldError('password', `must be at least ${MIN_PASSWORD_LENGTH} characters long; a few unrelated words make a good one`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) throw fieldError('password', `must be at most ${MAX_PASSWORD_LENGTH} characters long`);
  const inputs = personal.flatMap((p) => [p, ...p.split(/[@.\s_-]+/)]).filter((p) => p.length >= 3);
  const verdict = (await strengthEstimator()).check(password, inputs);
  if (verdict.score < MIN_SCORE) {
    const why = verdict.feedback.warning ?? 'It is too easy to guess.';
    const how = verdict.feedback.suggestions.join(' ') || 'Add more words that are less common.';
    throw fieldError('password', `is too easy to guess: ${why} ${how}`);
  }
}
