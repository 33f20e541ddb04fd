import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreActions } from './actions-eval.js';
import { scoreBlame } from './blame-eval.js';
import { readJudgementSet } from './dev-set.js';
import { scoreEvents } from './events-eval.js';
import { formatReport } from './report.js';
import { shortfalls } from './targets.js';

/**
 * The shared development set, and two sets of our own written without reading it or the rules (see their READMEs;
 * both have since been read while tuning). `judgement-holdout-2` is left out on purpose: it stays unseen.
 */
const SETS = [
  ['the development set', resolve(import.meta.dirname, '../../../../shared/judgement')],
  ['our first independent set', resolve(import.meta.dirname, '../../../test/fixtures/judgement-fresh')],
  ['our second independent set', resolve(import.meta.dirname, '../../../test/fixtures/judgement-holdout')],
] as const;

describe.each(SETS)('the judgement on %s (npm run eval)', (_name, dir) => {
  it('meets every target: blame recall and false positives, vague items, owners and due dates, event kinds', () => {
    expect(existsSync(dir), `the set is read from ${dir}`).toBe(true);
    const set = readJudgementSet(dir);
    const scores = { blame: scoreBlame(set.blame), actions: scoreActions(set.actions), events: scoreEvents(set.events.events) };
    expect(shortfalls(scores), formatReport(scores, true)).toEqual([]);
  });
});
