// API benchmark: seed 10,000 postmortems through the store, run `debrief serve`, drive it with autocannon over
// loopback (get one, list a page, search, update with If-Match) on SQLite and PostgreSQL, beside a bare Fastify
// hello-world as the ceiling. Run with `npm run bench:api` (builds first). Work files live under bench/.work/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { openStore } from '../../dist/store/open-store.js';
import { ACTION_ITEMS_EACH, benchPostmortem, EVENTS_EACH, SEARCH_WORDS } from './generate.js';
import { startChild, stopChild } from './processes.js';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, 'bench/.work');
const COUNT = Number(process.env.BENCH_API_COUNT ?? 10_000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = 50;
const SEED_CONCURRENCY = 8;
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_SCHEMA = 'bench_api';
const TOKEN_USER = 'bench@example.com';
const TARGETS = { getShareOfCeiling: 0.4, p99Ms: 25 };

/** Creates the postmortems through the store, a few at a time (each create is one transaction with its rows). */
async function seed(store) {
  const admin = await store.createUser({ email: TOKEN_USER, role: 'admin', password: 'bench-password-1' });
  const actor = { userId: admin.id, email: admin.email, role: admin.role };
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < COUNT) await store.createPostmortem(actor, benchPostmortem(next++));
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  const { token } = await store.createToken(TOKEN_USER, 'bench');
  const seconds = (performance.now() - started) / 1000;
  console.log(`  seeded ${COUNT} postmortems (${COUNT * ACTION_ITEMS_EACH} action items, ${COUNT * EVENTS_EACH} timeline events) in ${seconds.toFixed(1)} s`);
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

/** Refreshes the planner's statistics after the bulk seed (autovacuum would, but not before the load starts). */
async function analyzePostgres() {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`set search_path = ${PG_SCHEMA}`);
    await client.query('analyze');
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
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: (result.non2xx + result.errors) / total };
}

/** The four API operations, each a function of the server's base URL and a bearer token. */
function operations(ids) {
  const randomId = () => ids[Math.floor(Math.random() * ids.length)];
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
    // Each connection patches a postmortem of its own and sends the ETag of its last answer as If-Match,
    // so every request carries a fresh version (no 412s). The first request of a connection starts at version 1.
    'update (If-Match)': (base, headers) => {
      let connection = 0;
      return {
        url: base,
        requests: [
          {
            method: 'PATCH',
            setupRequest: (req, context) => {
              context.id ??= ids[connection++ % ids.length];
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

/** Seeds an engine, serves it, and measures every operation. */
async function benchEngine(engine) {
  console.log(`${engine}:`);
  const db = await freshDatabase(engine);
  const store = await openStore(db.open);
  let token;
  try {
    token = await seed(store);
  } finally {
    await store.close();
  }
  if (engine === 'postgres') await analyzePostgres();
  // The ceiling is measured right before each engine's server starts: on a shared machine it moves by half
  // between runs, and a share of it is only meaningful under the same conditions.
  const hello = await helloWorld();
  const server = await startChild(process.execPath, [join(root, 'bin/debrief.js'), 'serve', '--port', '0', ...db.args], { DEBRIEF_LOG_LEVEL: 'warn' });
  const ids = Array.from({ length: COUNT }, (_, n) => benchPostmortem(n).id);
  const headers = { authorization: `Bearer ${token}` };
  const rows = {};
  try {
    for (const [name, options] of Object.entries(operations(ids))) {
      rows[name] = await load(server.url, options(server.url, headers));
      console.log(`  ${name}: ${Math.round(rows[name].rps)} req/s, p50 ${rows[name].p50} ms, p99 ${rows[name].p99} ms`);
    }
  } finally {
    await stopChild(server.child);
  }
  return { hello, rows };
}

/** The ceiling: a bare Fastify answering {"hello":"world"}; and the same answering a constant 10 KB of JSON. */
async function helloWorld() {
  const server = await startChild(process.execPath, [join(import.meta.dirname, 'hello.js')], {});
  try {
    const rows = { ceiling: await load(server.url, {}), tenKb: await load(`${server.url}/10kb`, {}) };
    for (const [name, row] of Object.entries(rows)) console.log(`hello-world ${name}: ${Math.round(row.rps)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms`);
    return rows;
  } finally {
    await stopChild(server.child);
  }
}

function table(engines) {
  const lines = ['| engine | operation | req/s | p50 ms | p99 ms | non-2xx or timed out |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  const row = (engine, name, r) => `| ${engine} | ${name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.failed * 100).toFixed(1)}% |`;
  for (const [engine, { hello, rows }] of Object.entries(engines)) {
    lines.push(row('—', `Fastify hello-world (ceiling, before ${engine})`, hello.ceiling));
    lines.push(row('—', `Fastify answering a constant 10 KB JSON (reference, before ${engine})`, hello.tenKb));
    for (const [name, r] of Object.entries(rows)) lines.push(row(engine, name, r));
  }
  return lines.join('\n');
}

function targetChecks(engines) {
  const lines = [];
  for (const [engine, { hello, rows }] of Object.entries(engines)) {
    const share = rows['get one'].rps / hello.ceiling.rps;
    lines.push(`- ${engine}: get one = ${(share * 100).toFixed(0)}% of the ceiling measured before it (target ≥ ${TARGETS.getShareOfCeiling * 100}%): ${share >= TARGETS.getShareOfCeiling ? 'met' : 'MISSED'}`);
    for (const name of ['get one', 'list a page', 'search']) {
      const p99 = rows[name].p99;
      lines.push(`- ${engine}: ${name} p99 ${p99} ms (target < ${TARGETS.p99Ms} ms): ${p99 < TARGETS.p99Ms ? 'met' : 'MISSED'}`);
    }
  }
  return lines.join('\n');
}

mkdirSync(work, { recursive: true });
console.log(`${COUNT} postmortems, ${CONNECTIONS} connections, ${SECONDS} s per operation`);
const engines = { sqlite: await benchEngine('sqlite') };
if (await postgresReachable()) engines.postgres = await benchEngine('postgres');
else console.log(`postgres: not reachable at ${PG_URL}; skipped`);
const report = `${table(engines)}\n\n${targetChecks(engines)}\n`;
writeFileSync(join(work, 'api-results.md'), report);
console.log(`\n${report}`);
