/**
 * `npm run eval [-- DIR] [--details]`: measures the linter's judgement on a labelled set (by default the development
 * set in ../shared/judgement) and prints the report; exits 1 when a target is missed.
 */
import { resolve } from 'node:path';
import { scoreActions } from './actions-eval.js';
import { scoreBlame } from './blame-eval.js';
import { readJudgementSet } from './dev-set.js';
import { scoreEvents } from './events-eval.js';
import { formatReport } from './report.js';
import { shortfalls } from './targets.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/judgement');
const set = readJudgementSet(dir);
const scores = { blame: scoreBlame(set.blame), actions: scoreActions(set.actions), events: scoreEvents(set.events.events) };
process.stdout.write(`Judgement on ${dir}\n\n${formatReport(scores, args.includes('--details'))}`);
const short = shortfalls(scores);
process.stdout.write(short.length === 0 ? '\nEvery target met.\n' : `\nTargets missed:\n${short.map((s) => `  ${s}`).join('\n')}\n`);
process.exitCode = short.length === 0 ? 0 : 1;
