// Lint benchmark: debrief vs markdownlint-cli2 vs textlint (write-good) vs a bare markdown-it parse.
// Run with `npm run bench:lint` (builds first). Generated files live under bench/.work/ (gitignored).
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import MarkdownIt from 'markdown-it';
import { median } from '../median.js';
import { corpusSize, generateCorpus } from './generate.js';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, 'bench/.work');
const corpus = join(work, 'lint-corpus');
const COUNT = 2000;
const TARGETS = { markdownlint: 5, textlint: 10, bareParse: 2, baselineSlowdown: 1.25 };
/** An earlier build of debrief (a checkout with `dist/` built) to time in the same rounds: `DEBRIEF_BASELINE=/path npm run bench:lint`. */
const baselineRoot = process.env.DEBRIEF_BASELINE ? resolve(process.env.DEBRIEF_BASELINE) : null;

mkdirSync(work, { recursive: true });
if (corpusSize(corpus) !== COUNT) generateCorpus(corpus, COUNT);
const files = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().map((f) => join(corpus, f));
const sources = files.map((f) => readFileSync(f, 'utf8'));
const megabytes = sources.reduce((n, s) => n + Buffer.byteLength(s), 0) / (1024 * 1024);
console.log(`corpus: ${files.length} files, ${megabytes.toFixed(1)} MB in ${corpus}`);

/** How often each command-line tool runs; the best wall time counts (one run alone moves ±30% on a shared machine). */
const CLI_RUNS = 3;

/** Runs a command CLI_RUNS times, output to a file under bench/.work; returns the best wall seconds. Exit 0 or 1 (findings) are fine. */
function timeCommand(label, command, args, cwd) {
  const outPath = join(work, `${label}.out`);
  let best = Infinity;
  for (let i = 0; i < CLI_RUNS; i++) {
    const out = openSync(outPath, 'w');
    const started = performance.now();
    const run = spawnSync(command, args, { cwd, stdio: ['ignore', out, out], env: { ...process.env, NO_COLOR: '1' } });
    best = Math.min(best, (performance.now() - started) / 1000);
    closeSync(out);
    if (run.error || (run.status !== 0 && run.status !== 1)) {
      throw new Error(`${label} failed (exit ${run.status}${run.error ? `, ${run.error.message}` : ''}); see ${outPath}`);
    }
  }
  console.log(`${label}: ${best.toFixed(2)} s (best of ${CLI_RUNS})`);
  return best;
}

/**
 * In-process rounds: each round runs every in-process measurement once, one after the other, so that all of them
 * see the same moments of a machine whose speed drifts by half within minutes (measured one after the other, the
 * bare parse alone moved between 0.48 and 0.79 s from run to run). The first WARM_UP_ROUNDS are not counted:
 * debrief's engine is far more code than markdown-it, and its third pass in a fresh process still ran up to 30%
 * slower than its steady state.
 */
const WARM_UP_ROUNDS = 3;
const IN_PROCESS_ROUNDS = 10;

/** Runs each measurement once per round (awaited when it returns a promise); the seconds of every counted round, per label. */
async function timeInRounds(measurements) {
  const seconds = Object.fromEntries(Object.keys(measurements).map((label) => [label, []]));
  for (let round = 0; round < WARM_UP_ROUNDS + IN_PROCESS_ROUNDS; round++) {
    for (const [label, fn] of Object.entries(measurements)) {
      const started = performance.now();
      await fn();
      if (round >= WARM_UP_ROUNDS) seconds[label].push((performance.now() - started) / 1000);
    }
  }
  return seconds;
}

/** Worker threads that each hold every `count`-th text and parse+lint their share on demand (bench/lint/engine-worker.js). */
async function startEngineWorkers(count) {
  const workers = Array.from({ length: count }, (_, w) => {
    const mine = (_, i) => i % count === w;
    return new Worker(new URL('./engine-worker.js', import.meta.url), { workerData: { root, files: files.filter(mine), sources: sources.filter(mine) } });
  });
  await Promise.all(workers.map((worker) => new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))));
  return workers;
}

/** One pass of every worker over its share; resolves when the last one is done. */
function runEngineWorkers(workers) {
  return Promise.all(workers.map((worker) => new Promise((resolve) => { worker.once('message', resolve); worker.postMessage('run'); })));
}

// (a) the debrief CLI, end to end (Node start-up, file discovery, reading, parse, lint, JSON output).
const debriefCli = timeCommand('debrief-cli', process.execPath, [join(root, 'bin/debrief.js'), 'lint', '--format', 'json', corpus], root);

// (b) markdownlint-cli2 with its default config, run from the corpus folder so no project config applies.
const markdownlint = timeCommand('markdownlint-cli2', process.execPath, [join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md'], corpus);

// (c) textlint with only textlint-rule-write-good enabled.
const textlint = timeCommand('textlint', process.execPath, [join(root, 'node_modules/textlint/bin/textlint.js'), '--no-textlintrc', '--rule', 'write-good', join(corpus, '**/*.md')], root);

// In process, texts read beforehand, in interleaved rounds: (d) a bare markdown-it parse; debrief's engine through
// the compiled modules, parse + lint, no I/O, no start-up, on one thread; and the same spread over both cores, as the
// issue allows and the CLI's pool does: two worker threads, each holding half of the texts (handed over once, before
// timing), each pass timed from the first 'run' to the last answer.
const md = new MarkdownIt({ html: true });
const { parseDocument } = await import(join(root, 'dist/markdown/parse.js'));
const { lintDocument } = await import(join(root, 'dist/lint/engine.js'));
const { loadConfigFor } = await import(join(root, 'dist/lint/config.js'));
const config = await loadConfigFor(files[0]);
const baseline = baselineRoot === null ? null : {
  parseDocument: (await import(join(baselineRoot, 'dist/markdown/parse.js'))).parseDocument,
  lintDocument: (await import(join(baselineRoot, 'dist/lint/engine.js'))).lintDocument,
  config: await (await import(join(baselineRoot, 'dist/lint/config.js'))).loadConfigFor(files[0]),
};
const workers = await startEngineWorkers(2);
const rounds = await timeInRounds({
  bareParse: () => {
    for (const source of sources) md.parse(source, {});
  },
  engine: () => {
    files.forEach((file, i) => lintDocument(parseDocument(sources[i], { filePath: file }), config, file));
  },
  engineTwoCores: () => runEngineWorkers(workers),
  ...(baseline === null ? {} : {
    baselineEngine: () => {
      files.forEach((file, i) => baseline.lintDocument(baseline.parseDocument(sources[i], { filePath: file }), baseline.config, file));
    },
  }),
});
await Promise.all(workers.map((worker) => worker.terminate()));
const [bareParse, debriefEngine, debriefEngineTwoCores] = [rounds.bareParse, rounds.engine, rounds.engineTwoCores].map((s) => Math.min(...s));
/** Per round, debrief's time over the bare parse's; the target check takes the median of these. */
const ratioToBareParse = (engine) => median(engine.map((s, i) => s / rounds.bareParse[i]));
const [engineRatio, engineTwoCoresRatio] = [ratioToBareParse(rounds.engine), ratioToBareParse(rounds.engineTwoCores)];
/** Per round, this build's parse+lint time over the baseline build's (median), when a baseline is given. */
const baselineRatio = baseline === null ? null : median(rounds.engine.map((s, i) => s / rounds.baselineEngine[i]));
console.log(`in process, best of ${IN_PROCESS_ROUNDS} rounds: markdown-it ${bareParse.toFixed(2)} s, debrief ${debriefEngine.toFixed(2)} s, on 2 threads ${debriefEngineTwoCores.toFixed(2)} s`);

// (e) micromark is not a dependency: skipped.

const rows = [
  ['debrief lint (CLI, wall)', debriefCli],
  ['markdownlint-cli2 (CLI, wall)', markdownlint],
  ['textlint + write-good (CLI, wall)', textlint],
  ['debrief parse+lint (in process, 1 thread)', debriefEngine],
  ['debrief parse+lint (in process, 2 threads)', debriefEngineTwoCores],
  ['markdown-it parse (in process)', bareParse],
  ...(baseline === null ? [] : [[`debrief parse+lint, baseline build ${baselineRoot} (in process, 1 thread)`, Math.min(...rounds.baselineEngine)]]),
];
const table = [
  '| tool | seconds | MB/s | ratio vs debrief |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map(([tool, s], i) => {
    const reference = i < 3 ? debriefCli : debriefEngine;
    return `| ${tool} | ${s.toFixed(2)} | ${(megabytes / s).toFixed(1)} | ${(s / reference).toFixed(2)}x |`;
  }),
];
const checks = [
  [`debrief ≥${TARGETS.markdownlint}x faster than markdownlint-cli2`, markdownlint / debriefCli >= TARGETS.markdownlint, `${(markdownlint / debriefCli).toFixed(1)}x`],
  [`debrief ≥${TARGETS.textlint}x faster than textlint`, textlint / debriefCli >= TARGETS.textlint, `${(textlint / debriefCli).toFixed(1)}x`],
  [`debrief parse+lint on 1 thread ≤ ${TARGETS.bareParse}x markdown-it parse`, engineRatio <= TARGETS.bareParse, `${engineRatio.toFixed(2)}x`],
  [`debrief parse+lint on both cores ≤ ${TARGETS.bareParse}x markdown-it parse`, engineTwoCoresRatio <= TARGETS.bareParse, `${engineTwoCoresRatio.toFixed(2)}x`],
  ...(baselineRatio === null ? [] : [[`debrief parse+lint on 1 thread ≤ ${TARGETS.baselineSlowdown}x the baseline build`, baselineRatio <= TARGETS.baselineSlowdown, `${baselineRatio.toFixed(2)}x`]]),
];
const report = [
  `# Lint benchmark`,
  '',
  `${files.length} generated postmortems, ${megabytes.toFixed(1)} MB; Node ${process.version}; ${new Date().toISOString()}.`,
  `CLI rows are the best of ${CLI_RUNS} wall times, Node start-up included; in-process rows are the best of ${IN_PROCESS_ROUNDS} interleaved rounds (after ${WARM_UP_ROUNDS} uncounted) over texts read beforehand.`,
  'Ratios of CLI rows are against the debrief CLI; of in-process rows against debrief parse+lint on 1 thread. The targets against the bare parse take the median of the rounds\' own ratios.',
  '',
  ...table,
  '',
  '| target | result | measured |',
  '| --- | --- | --- |',
  ...checks.map(([name, ok, measured]) => `| ${name} | ${ok ? 'met' : 'MISSED'} | ${measured} |`),
  '',
].join('\n');
writeFileSync(join(work, 'lint-results.md'), report);
console.log(`\n${report}`);
