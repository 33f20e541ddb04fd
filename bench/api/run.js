// API benchmark: seed 10,000 postmortems through the store, run `debrief serve`, drive it with autocannon over
// loopback (get one, list a page, search, update with If-Match) on SQLite and PostgreSQL, beside a bare Fastify
// hello-world as the ceiling. Run with `npm run bench:api` (builds first). Work files live under bench/.work/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { openStore } from '../../dist/store/open-store.js';
import { incidentFactsSchema } from '../../dist/core/incident.js';
import { recordIncident } from '../../dist/server/practice/incidents.js';
import { practicePass } from '../../dist/jobs/practice-pass.js';
import { median } from '../median.js';
import { ACTION_ITEMS_EACH, benchPostmortem, EVENTS_EACH, SEARCH_WORDS } from './generate.js';
import { PINNING, pinLoadGenerator, startChild, stopChild } from './processes.js';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, 'bench/.work');
const COUNT = Number(process.env.BENCH_API_COUNT ?? 10_000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = 50;
/**
 * `BENCH_API_ONLY=similar,search` measures those operations alone (no ceiling rounds); the scheduler's two passes still
 * run in the store first, so the server's own first pass is an ordinary one and not the week's, which would run beside
 * the measured requests.
 */
const ONLY = process.env.BENCH_API_ONLY?.split(',').map((name) => name.trim()) ?? null;
/** Every operation measured after the ceiling rounds, in order. */
const LOADS = ['list a page', 'search', 'similar', 'similar at 50 connections', 'search by hand for similar', 'dashboard', 'completion rate', 'update (If-Match)'];
const SEED_CONCURRENCY = 8;
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_SCHEMA = 'bench_api';
const TOKEN_USER = 'bench@example.com';
const TARGETS = { getShareOfCeiling: 0.4, p99Ms: 25, practiceP99Ms: 50, similarP95Ms: 50, passSeconds: 1 };
/** Incidents recorded beside the postmortems, a few of them owing postmortems that are late (for the dashboard and the pass). */
const INCIDENTS = 200;

/** Creates the postmortems through the store, a few at a time (each create is one transaction with its rows). */
async function seed(store) {
  const admin = await store.createUser({ email: TOKEN_USER, role: 'admin', password: 'bench password for the api' }, { via: 'cli' });
  const actor = { userId: admin.id, email: admin.email, role: admin.role };
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < COUNT) await store.createPostmortem(actor, benchPostmortem(next++));
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  // Incidents of the last weeks, each deciding what it owes under the default policy (and drafting it), and a
  // channel for the whole instance, so that the pass has deadlines to remind of and notifications to put out.
  for (let i = 0; i < INCIDENTS; i++) {
    const resolvedAt = new Date(Date.now() - (i % 30) * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    await recordIncident(store, actor, incidentFactsSchema.parse({ title: `Bench incident ${i}`, severity: `SEV${1 + (i % 4)}`, resolvedAt, customerImpactMinutes: i % 3 === 0 ? 0 : 20 + (i % 40), services: ['checkout-api'], teams: ['payments'] }));
  }
  await store.createChannel(actor, 'instance', { name: 'Sheriff', kind: 'email', to: ['sheriff@example.com'] });
  const { token } = await store.createToken(TOKEN_USER, { name: 'bench' }, { via: 'cli' });
  const seconds = (performance.now() - started) / 1000;
  console.log(`  seeded ${COUNT} postmortems (${COUNT * ACTION_ITEMS_EACH} action items, ${COUNT * EVENTS_EACH} timeline events) and ${INCIDENTS} incidents in ${seconds.toFixed(1)} s`);
  return token;
}

/** A fresh database for an engine: an empty SQLite data dir, or an empty PostgreSQL schema. */
async function freshDatabase(engine) {
  if (engine === 'sqlite') {
    const dataDir = join(work, 'api-sqlite');
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    return { args: ['--data-dir', dataDir], open: { dataDir } };
  }
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists ${PG_SCHEMA} cascade`);
  await client.end();
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${PG_SCHEMA}`;
  return { args: ['--database-url', url], open: { dataDir: join(work, 'api-unused'), databaseUrl: url } };
}

/**
 * Leaves PostgreSQL at rest after the bulk seed: statistics for the planner, and the vacuum and checkpoint that
 * autovacuum and the checkpointer would otherwise run on these 2 cores in the middle of the measurements.
 */
async function settlePostgres() {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const { rows } = await client.query('select tablename from pg_tables where schemaname = $1', [PG_SCHEMA]);
    await client.query(`vacuum analyze ${rows.map((r) => `${PG_SCHEMA}.${client.escapeIdentifier(r.tablename)}`).join(', ')}`);
    await client.query('checkpoint');
  } finally {
    await client.end();
  }
}

/** True when PostgreSQL answers at PG_URL. */
async function postgresReachable() {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Runs autocannon for SECONDS with CONNECTIONS; returns req/s, p50, p99 and the share of non-2xx answers. */
async function load(url, options) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...options });
  const total = result.requests.total || 1;
  return { rps: result.requests.average, p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, failed: (result.non2xx + result.errors) / total };
}

/** What a reader types to find postmortems like the n-th: its service and the first word of its title after it. */
function handSearch(id) {
  const { title, services } = benchPostmortem(Number(id.slice(3)));
  return `${services[0]} ${title.split(': ')[1]?.split(' ')[0] ?? ''}`;
}

/** The API operations, each a function of the server's base URL and a bearer token. */
function operations(ids, editableIds) {
  const randomId = () => ids[Math.floor(Math.random() * ids.length)];
  /** Requests for the address `path` gives a random postmortem's id. */
  const similarRequests = (base, headers, path) => ({ url: base, requests: [{ method: 'GET', headers, setupRequest: (req) => ({ ...req, path: path(randomId()) }) }] });
  let next = 0;
  return {
    // Every postmortem read once, in order, with the same 50 connections: what reads cost before the server's
    // document cache holds them (and the warm-up of the rows below, which measure a server that has been running).
    'get one, first reads': (base, headers) => ({
      url: base,
      amount: ids.length,
      requests: [{ method: 'GET', headers, setupRequest: (req) => ({ ...req, path: `/api/v1/postmortems/${ids[next++ % ids.length]}` }) }],
    }),
    'get one': (base, headers) => ({
      url: base,
      requests: [{ method: 'GET', headers, setupRequest: (req) => ({ ...req, path: `/api/v1/postmortems/${randomId()}` }) }],
    }),
    'list a page': (base, headers) => ({ url: `${base}/api/v1/postmortems?limit=50`, headers }),
    dashboard: (base, headers) => ({ url: `${base}/api/v1/dashboard`, headers }),
    'completion rate': (base, headers) => ({ url: `${base}/api/v1/metrics/action-items`, headers }),
    search: (base, headers) => ({
      url: base,
      requests: [
        {
          method: 'GET',
          headers,
          setupRequest: (req) => ({ ...req, path: `/api/v1/postmortems?limit=20&q=${SEARCH_WORDS[Math.floor(Math.random() * SEARCH_WORDS.length)]}` }),
        },
      ],
    }),
    // Similar past incidents of a random postmortem, as one editor opening postmortems one after another sees it (one
    // connection: the latency target), and under the load of 50 connections; and what a reader would do by hand instead:
    // search for its service and the first word of its title (every word must match), one connection too.
    similar: (base, headers) => ({ ...similarRequests(base, headers, (id) => `/api/v1/postmortems/${id}/similar`), connections: 1 }),
    'similar at 50 connections': (base, headers) => similarRequests(base, headers, (id) => `/api/v1/postmortems/${id}/similar`),
    'search by hand for similar': (base, headers) => ({ ...similarRequests(base, headers, (id) => `/api/v1/postmortems?limit=5&q=${encodeURIComponent(handSearch(id))}`), connections: 1 }),
    // Each connection patches a postmortem of its own (a draft or one in review: final and published ones are frozen)
    // and sends the ETag of its last answer as If-Match,
    // so every request carries a fresh version (no 412s). The first request of a connection starts at version 1.
    'update (If-Match)': (base, headers) => {
      let connection = 0;
      return {
        url: base,
        requests: [
          {
            method: 'PATCH',
            setupRequest: (req, context) => {
              context.id ??= editableIds[connection++ % editableIds.length];
              context.version ??= 1;
              context.n = (context.n ?? 0) + 1;
              return {
                ...req,
                path: `/api/v1/postmortems/${context.id}`,
                headers: { ...headers, 'content-type': 'application/merge-patch+json', 'if-match': `"${context.version}"` },
                body: JSON.stringify({ summary: `Benchmark update ${context.n}: the pool was exhausted and then drained.` }),
              };
            },
            onResponse: (status, _body, context, responseHeaders) => {
              if (status === 200) context.version = Number(String(responseHeaders.etag).replaceAll('"', ''));
            },
          },
        ],
      };
    },
  };
}

/**
 * Rounds of the ceiling and get one, alternating, so that both see the same machine; the medians count. Many short
 * rounds rather than a few long ones: this machine's speed moves within seconds, and a ceiling and a get one a few
 * seconds apart see more nearly the same machine than ones ten seconds apart.
 */
const ROUNDS = 8;
const ROUND_SECONDS = Math.min(3, SECONDS);

/** The row with the median requests per second (the lower of the middle two when their count is even). */
function medianRow(rows) {
  return [...rows].sort((a, b) => a.rps - b.rps)[Math.floor((rows.length - 1) / 2)];
}

/** Runs one load and prints it. */
async function measure(label, url, options) {
  const row = await load(url, options);
  console.log(`  ${label}: ${Math.round(row.rps)} req/s, p50 ${row.p50} ms, p97.5 ${row.p97_5} ms, p99 ${row.p99} ms`);
  return row;
}

/**
 * Times similar postmortems over HTTP as one editor opening postmortems one after another sees them: requests one at a
 * time on a kept-alive connection for SECONDS, the first second left out as the warm-up. Answers p50, p95 and p99 in ms
 * (autocannon reports no p95).
 */
async function timeSimilarOverHttp(base, headers, ids) {
  const times = [];
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    const id = ids[Math.floor(Math.random() * ids.length)];
    const sent = performance.now();
    const answer = await fetch(`${base}/api/v1/postmortems/${id}/similar`, { headers });
    await answer.arrayBuffer();
    if (!answer.ok) throw new Error(`similar ${id}: HTTP ${answer.status}`);
    if (sent - started >= 1000) times.push(performance.now() - sent);
  }
  const figures = { count: times.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99) };
  console.log(`  similar over HTTP, one request at a time: ${figures.count} requests, p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms`);
  return figures;
}

/** The value at a share (0..1) of some times, sorted. */
function percentile(times, share) {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length * share)];
}

/**
 * Times similar postmortems in the store, without HTTP: 600 random postmortems, each interleaved with the search a
 * reader would type instead (handSearch), the first 100 left out as the warm-up. Answers p50 and p95 of both, in ms.
 */
async function timeSimilarInStore(store) {
  const admin = (await store.listUsers()).find((u) => u.email === TOKEN_USER);
  const actor = { userId: admin.id, email: admin.email, role: admin.role };
  const similar = [];
  const byHand = [];
  for (let i = 0; i < 600; i++) {
    const id = benchPostmortem(Math.floor(Math.random() * COUNT)).id;
    let started = performance.now();
    await store.similarPostmortems(actor, id, 5);
    if (i >= 100) similar.push(performance.now() - started);
    started = performance.now();
    await store.listPostmortems(actor, { q: handSearch(id) }, { limit: 5 });
    if (i >= 100) byHand.push(performance.now() - started);
  }
  const figures = { similar: { p50: percentile(similar, 0.5), p95: percentile(similar, 0.95) }, byHand: { p50: percentile(byHand, 0.5), p95: percentile(byHand, 0.95) } };
  console.log(`  similar in the store: p50 ${figures.similar.p50.toFixed(1)} ms, p95 ${figures.similar.p95.toFixed(1)} ms; search by hand p50 ${figures.byHand.p50.toFixed(1)} ms, p95 ${figures.byHand.p95.toFixed(1)} ms`);
  return figures;
}

/**
 * Times one pass of the practice's scheduler over the seeded store, twice: the first of the week computes the digest
 * from all the data and puts every notification out (e-mail with no SMTP server: each attempt fails at once and is
 * kept for a retry); the second is the pass that runs every minute after it, which finds them already there.
 */
async function timePass(store) {
  const seconds = [];
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const report = await practicePass(store, { delivery: { allowPrivate: false } });
    seconds.push((performance.now() - started) / 1000);
    console.log(`  practice pass ${i + 1}: ${seconds[i].toFixed(2)} s, ${report.enqueued} notifications queued, ${report.delivered.claimed} delivery attempts`);
  }
  return { first: seconds[0], second: seconds[1] };
}

/**
 * Seeds an engine, serves it beside a bare Fastify (bench/api/hello.js: {"hello":"world"} as the ceiling, and a
 * constant 10 KB JSON as a reference), and measures every operation. The machine's speed drifts by half within
 * minutes, so the ceiling and get one are measured in alternating rounds and compared round by round.
 */
async function benchEngine(engine) {
  console.log(`${engine}:`);
  const db = await freshDatabase(engine);
  const store = await openStore(db.open);
  let token;
  let pass;
  let inStore;
  try {
    token = await seed(store);
    inStore = await timeSimilarInStore(store);
    pass = await timePass(store);
  } finally {
    await store.close();
  }
  if (engine === 'postgres') await settlePostgres();
  const hello = await startChild(process.execPath, [join(import.meta.dirname, 'hello.js')], {});
  // The rate limits stay on (their cost is part of every answer) but so high that the load never reaches them.
  const unreachable = String(999_999_999);
  const server = await startChild(process.execPath, [join(root, 'bin/debrief.js'), 'serve', '--port', '0', ...db.args], {
    DEBRIEF_LOG_LEVEL: 'warn',
    DEBRIEF_RATE_LIMIT: unreachable,
    DEBRIEF_RATE_LIMIT_PER_ADDRESS: unreachable,
  });
  const ids = Array.from({ length: COUNT }, (_, n) => benchPostmortem(n).id);
  const headers = { authorization: `Bearer ${token}` };
  const editableIds = ids.filter((_, n) => ['draft', 'in_review'].includes(benchPostmortem(n).status));
  const ops = operations(ids, editableIds);
  const rows = {};
  try {
    if (ONLY !== null) {
      for (const name of ONLY) rows[name] = await measure(name, server.url, ops[name](server.url, headers));
      const similarOverHttp = ONLY.includes('similar') ? await timeSimilarOverHttp(server.url, headers, ids) : null;
      return { hello: null, share: null, rows, pass, inStore, similarOverHttp };
    }
    const tenKb = await measure('hello-world, constant 10 KB', `${hello.url}/10kb`, {});
    rows['get one, first reads'] = await measure('get one, first reads', server.url, ops['get one, first reads'](server.url, headers));
    const ceilings = [];
    const gets = [];
    for (let round = 1; round <= ROUNDS; round++) {
      ceilings.push(await measure(`hello-world ceiling, round ${round}`, hello.url, { duration: ROUND_SECONDS }));
      gets.push(await measure(`get one, round ${round}`, server.url, { ...ops['get one'](server.url, headers), duration: ROUND_SECONDS }));
    }
    rows['get one'] = medianRow(gets);
    for (const name of LOADS) rows[name] = await measure(name, server.url, ops[name](server.url, headers));
    const similarOverHttp = await timeSimilarOverHttp(server.url, headers, ids);
    const share = median(gets.map((get, i) => get.rps / ceilings[i].rps));
    return { hello: { ceiling: medianRow(ceilings), tenKb }, share, rows, pass, inStore, similarOverHttp };
  } finally {
    await Promise.all([stopChild(server.child), stopChild(hello.child)]);
  }
}

function table(engines) {
  const lines = ['| engine | operation | req/s | p50 ms | p99 ms | non-2xx or timed out |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  const row = (engine, name, r) => `| ${engine} | ${name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.failed * 100).toFixed(1)}% |`;
  for (const [engine, { hello, rows }] of Object.entries(engines)) {
    if (hello !== null) {
      lines.push(row('—', `Fastify hello-world (ceiling beside ${engine}, median of ${ROUNDS} rounds)`, hello.ceiling));
      lines.push(row('—', `Fastify answering a constant 10 KB JSON (reference beside ${engine})`, hello.tenKb));
    }
    for (const [name, r] of Object.entries(rows)) lines.push(row(engine, name === 'get one' ? `get one (median of ${ROUNDS} rounds)` : name, r));
  }
  return lines.join('\n');
}

function targetChecks(engines) {
  const lines = [];
  for (const [engine, { share, rows, pass, inStore, similarOverHttp }] of Object.entries(engines)) {
    lines.push(`- ${engine}: similar in the store p95 ${inStore.similar.p95.toFixed(1)} ms (target ≤ ${TARGETS.similarP95Ms} ms): ${inStore.similar.p95 <= TARGETS.similarP95Ms ? 'met' : 'MISSED'}; a search by hand p95 ${inStore.byHand.p95.toFixed(1)} ms`);
    if (share !== null) lines.push(`- ${engine}: get one = ${(share * 100).toFixed(0)}% of the ceiling (median of ${ROUNDS} alternating rounds; target ≥ ${TARGETS.getShareOfCeiling * 100}%): ${share >= TARGETS.getShareOfCeiling ? 'met' : 'MISSED'}`);
    for (const name of ['get one', 'list a page', 'search'].filter((n) => n in rows)) {
      const p99 = rows[name].p99;
      lines.push(`- ${engine}: ${name} p99 ${p99} ms (target < ${TARGETS.p99Ms} ms): ${p99 < TARGETS.p99Ms ? 'met' : 'MISSED'}`);
    }
    for (const name of ['dashboard', 'completion rate'].filter((n) => n in rows)) {
      const p99 = rows[name].p99;
      lines.push(`- ${engine}: ${name} p99 ${p99} ms (target ≤ ${TARGETS.practiceP99Ms} ms): ${p99 <= TARGETS.practiceP99Ms ? 'met' : 'MISSED'}`);
    }
    if (similarOverHttp !== null) {
      const { p50, p95, p99 } = similarOverHttp;
      lines.push(`- ${engine}: similar over HTTP, one editor's requests one at a time: p95 ${p95.toFixed(1)} ms (target ≤ ${TARGETS.similarP95Ms} ms): ${p95 <= TARGETS.similarP95Ms ? 'met' : 'MISSED'}; p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
    }
    const similar = rows.similar;
    const byHand = rows['search by hand for similar'];
    if (similar !== undefined && byHand !== undefined) lines.push(`- ${engine}: similar under autocannon (1 connection) p97.5 ${similar.p97_5} ms; ${(similar.rps / byHand.rps).toFixed(2)}× the requests per second of a search by hand (${Math.round(byHand.rps)} req/s, p97.5 ${byHand.p97_5} ms)`);
    lines.push(`- ${engine}: one scheduler pass ${pass.second.toFixed(2)} s (target < ${TARGETS.passSeconds} s): ${pass.second < TARGETS.passSeconds ? 'met' : 'MISSED'}; the first pass of the week, which computes the digest from every item and puts every notification out, ${pass.first.toFixed(2)} s${pass.first < TARGETS.passSeconds ? '' : ' (over the target)'}`);
  }
  return lines.join('\n');
}

mkdirSync(work, { recursive: true });
pinLoadGenerator();
const placement = PINNING === null ? 'not pinned (no taskset or one CPU)' : `autocannon on CPU ${PINNING.generator}, servers on CPU ${PINNING.servers}`;
console.log(`${COUNT} postmortems, ${CONNECTIONS} connections, ${SECONDS} s per operation (ceiling and get one: ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s); ${placement}`);
const engines = { sqlite: await benchEngine('sqlite') };
if (await postgresReachable()) engines.postgres = await benchEngine('postgres');
else console.log(`postgres: not reachable at ${PG_URL}; skipped`);
const report = `Placement: ${placement}.\n\n${table(engines)}\n\n${targetChecks(engines)}\n`;
writeFileSync(join(work, 'api-results.md'), report);
console.log(`\n${report}`);
