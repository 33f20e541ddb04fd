// Deterministic generator of realistic postmortems for the lint benchmark: our format and foreign shapes.
import { Buffer } from 'node:buffer';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A seeded pseudo-random generator (mulberry32): the same seed always gives the same documents. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ['checkout-api', 'payments', 'search', 'auth-gateway', 'billing-worker', 'ingest-pipeline', 'cdn-edge', 'kafka-cluster', 'postgres-primary', 'k8s-ingress'];
const TRIGGERS = ['a configuration change to the load balancer', 'a database migration that locked a hot table', 'an expired TLS certificate', 'a deploy that doubled connection pool size', 'a noisy neighbour exhausting node memory', 'a DNS record removed by automation', 'a dependency upgrade with a changed default timeout', 'a cron job that ran twice'];
const PEOPLE = ['alice', 'bob', 'Carol Diaz', 'dmitri', 'Erin', 'farah.k', 'Gustavo', 'Hana Sato'];
const TEAMS = ['Platform team', 'SRE', 'Payments squad', 'the database team'];
const BLAME = ['Bob made a mistake when he pushed the change.', 'This was human error.', 'The engineer was careless with the rollout.', 'Someone should have known the flag was still on.', 'Who deployed this on a Friday?'];
const VAGUE = ['Improve monitoring', 'Be more careful with deploys', 'Test more', 'Add more alerts', 'Review the runbook'];
const SPECIFIC = ['Add a pre-deploy check that rejects pool sizes above the database connection limit', 'Alert when certificate expiry is under 14 days, paging the owning team', 'Make the migration tool refuse table rewrites on tables over 1 GB without a maintenance window', 'Add a canary stage that holds a deploy for 10 minutes on error-rate regression', 'Page on sustained 5xx above 2% for 5 minutes at the ingress'];
const WORDS = 'the service latency requests error rate increased dashboards showed alert fired on-call engineer investigated rollback mitigated queue backlog drained customers saw timeouts retries amplified load cluster nodes memory pressure evicted pods connection pool exhausted database replicas lagged cache hit ratio dropped traffic shifted region failover completed status page updated'.split(' ');

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function sentence(rand) {
  const n = 8 + Math.floor(rand() * 14);
  const words = Array.from({ length: n }, () => pick(rand, WORDS));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand, sentences = 3 + Math.floor(rand() * 4)) {
  const parts = Array.from({ length: sentences }, () => sentence(rand));
  if (rand() < 0.3) parts.splice(Math.floor(rand() * parts.length), 0, pick(rand, BLAME));
  return parts.join(' ');
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

function incidentDate(rand) {
  const year = 2019 + Math.floor(rand() * 7);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const hour = Math.floor(rand() * 20);
  return { year, month, day, hour, minute: Math.floor(rand() * 60) };
}

/** Times of the timeline, minutes after the start, in order (sometimes one out of order, as in real documents). */
function eventMinutes(rand, count) {
  const out = [];
  let t = 0;
  for (let i = 0; i < count; i++) {
    t += 1 + Math.floor(rand() * 12);
    out.push(t);
  }
  if (rand() < 0.15 && count > 3) [out[1], out[2]] = [out[2], out[1]];
  return out;
}

function clock(date, minutesAfter) {
  const total = date.hour * 60 + date.minute + minutesAfter;
  return `${pad2(Math.floor(total / 60) % 24)}:${pad2(total % 60)}`;
}

function isoDay(d) {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

function ownFormat(rand, n) {
  const d = incidentDate(rand);
  const service = pick(rand, SERVICES);
  const sev = `SEV${1 + Math.floor(rand() * 4)}`;
  const mins = eventMinutes(rand, 10 + Math.floor(rand() * 8));
  const start = `${isoDay(d)}T${clock(d, 0)}:00Z`;
  const end = `${isoDay(d)}T${clock(d, mins.at(-1))}:00Z`;
  const lines = [
    '---',
    `id: PM-${1000 + n}`,
    `title: ${service} outage caused by ${pick(rand, TRIGGERS)}`,
    `severity: ${sev}`,
    'status: draft',
    `kind: ${sev === 'SEV1' || sev === 'SEV2' ? 'full' : 'lightweight'}`,
    `author: ${pick(rand, PEOPLE)}`,
    `services: [${service}]`,
    `started: ${start}`,
    `resolved: ${end}`,
    '---',
    '',
    `# ${service} outage`,
    '',
    '## Summary',
    '',
    paragraph(rand, 3),
    '',
    '## Impact',
    '',
    `${Math.floor(rand() * 40)}% of requests failed for ${mins.at(-1)} minutes. ${paragraph(rand, 2)}`,
    '',
    '## Timeline',
    '',
    '| Time (UTC) | Event |',
    '| --- | --- |',
    ...mins.map((m) => `| ${isoDay(d)} ${clock(d, m)} | ${sentence(rand)} |`),
    '',
    '## Root cause',
    '',
    paragraph(rand),
    '',
    paragraph(rand),
    '',
    '## Contributing factors',
    '',
    `- **Technical** — ${sentence(rand)}`,
    `- **Process** — ${sentence(rand)}`,
    '',
    '## What went well',
    '',
    `- ${sentence(rand)}`,
    '',
    '## What went poorly',
    '',
    `- ${sentence(rand)}`,
    `- ${rand() < 0.4 ? pick(rand, BLAME) : sentence(rand)}`,
    '',
    '## Action items',
    '',
    '| Action | Owner | Due | Priority | Status | Ticket |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Array.from({ length: 3 + Math.floor(rand() * 4) }, () =>
      `| ${rand() < 0.3 ? pick(rand, VAGUE) : pick(rand, SPECIFIC)} | ${rand() < 0.2 ? pick(rand, TEAMS) : pick(rand, PEOPLE)} | ${rand() < 0.2 ? 'next sprint' : `${d.year + 1}-0${1 + Math.floor(rand() * 9)}-15`} | P${1 + Math.floor(rand() * 3)} | open | ${rand() < 0.3 ? '' : `OPS-${Math.floor(rand() * 9000)}`} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

function sreBookShape(rand) {
  const d = incidentDate(rand);
  const service = pick(rand, SERVICES);
  const mins = eventMinutes(rand, 12 + Math.floor(rand() * 8));
  return [
    `# Postmortem: ${service} degradation (${isoDay(d)})`,
    '',
    `**Date:** ${isoDay(d)}`,
    '',
    `**Authors:** ${pick(rand, PEOPLE)}, ${pick(rand, PEOPLE)}`,
    '',
    '**Status:** Complete, action items in progress',
    '',
    `**Summary:** ${paragraph(rand, 2)}`,
    '',
    `**Impact:** ${paragraph(rand, 2)}`,
    '',
    `**Root Causes:** ${paragraph(rand, 3)}`,
    '',
    `**Trigger:** ${pick(rand, TRIGGERS)}.`,
    '',
    '## Lessons Learned',
    '',
    '### What went well',
    '',
    `- ${sentence(rand)}`,
    `- ${sentence(rand)}`,
    '',
    '### What went wrong',
    '',
    `- ${pick(rand, BLAME)}`,
    `- ${sentence(rand)}`,
    '',
    '### Where we got lucky',
    '',
    `- ${sentence(rand)}`,
    '',
    '## Action Items',
    '',
    '| Action Item | Type | Owner | Bug |',
    '| ----------- | ---- | ----- | --- |',
    ...Array.from({ length: 3 + Math.floor(rand() * 4) }, () =>
      `| ${rand() < 0.4 ? pick(rand, VAGUE) : pick(rand, SPECIFIC)} | ${pick(rand, ['prevent', 'mitigate', 'process'])} | ${pick(rand, PEOPLE)} | ${rand() < 0.5 ? `Bug ${Math.floor(rand() * 9e6)} **TODO**` : 'n/a **DONE**'} |`,
    ),
    '',
    '## Timeline',
    '',
    `${isoDay(d)} (*all times UTC*)`,
    '',
    '| Time | Event |',
    '| ---- | ----- |',
    ...mins.map((m) => `| ${clock(d, m)} | ${sentence(rand)} |`),
    '',
    '## Supporting information',
    '',
    paragraph(rand),
    '',
    '```',
    ...Array.from({ length: 6 }, (_, i) => `${isoDay(d)}T${clock(d, i)}:0${i}.123Z ERROR ${service} upstream connect error or disconnect/reset before headers`),
    '```',
    '',
  ].join('\n');
}

function bulletShape(rand) {
  const d = incidentDate(rand);
  const service = pick(rand, SERVICES);
  const mins = eventMinutes(rand, 14 + Math.floor(rand() * 8));
  const dash = rand() < 0.5 ? '–' : '-';
  return [
    `# ${pad2(d.day)}-${pad2(d.month)}-${d.year} - ${service} incident`,
    '',
    '## Issue Summary',
    '',
    paragraph(rand),
    '',
    '## Timeline',
    '',
    'All times in UTC.',
    '',
    ...mins.map((m, i) =>
      i % 4 === 0 ? `- **${clock(d, m)} UTC** ${dash} ${sentence(rand)}\n  - ${sentence(rand)}` : `- ${clock(d, m)} UTC ${dash} ${sentence(rand)}`,
    ),
    '',
    '## Root Cause',
    '',
    paragraph(rand),
    '',
    '## Resolution and recovery',
    '',
    paragraph(rand),
    '',
    '## Corrective and Preventative Measures',
    '',
    ...Array.from({ length: 3 + Math.floor(rand() * 4) }, (_, i) =>
      `${i + 1}. **${rand() < 0.4 ? pick(rand, VAGUE) : pick(rand, SPECIFIC)}**\n   - Owner: @${pick(rand, PEOPLE).split(' ')[0].toLowerCase()}\n   - ${sentence(rand)}`,
    ),
    '',
    '## Lessons learned',
    '',
    paragraph(rand),
    '',
  ].join('\n');
}

function narrativeShape(rand) {
  const d = incidentDate(rand);
  const service = pick(rand, SERVICES);
  const mins = eventMinutes(rand, 10);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return [
    `# Incident report: ${service}`,
    '',
    `_Written by ${pick(rand, PEOPLE)}_`,
    '',
    paragraph(rand, 5),
    '',
    '## What happened',
    '',
    `### ${months[d.month - 1]} ${d.day}, ${d.year}`,
    '',
    ...mins.map((m) => `**${clock(d, m)} PST:** ${sentence(rand)} ${sentence(rand)}\n`),
    '## Why did it happen?',
    '',
    paragraph(rand, 6),
    '',
    '> ' + sentence(rand),
    '',
    '## How are we preventing it from happening again?',
    '',
    ...Array.from({ length: 4 }, () => `- ${rand() < 0.5 ? pick(rand, VAGUE) : pick(rand, SPECIFIC)} (${pick(rand, TEAMS)})`),
    '',
  ].join('\n');
}

const SHAPES = [ownFormat, sreBookShape, bulletShape, narrativeShape];

/** One document of roughly `targetBytes`, padded with appendix prose so sizes stay realistic. */
export function generateDocument(index, targetBytes = 8192) {
  const rand = seededRandom(0x5eed + index * 7919);
  let text = SHAPES[index % SHAPES.length](rand, index);
  if (Buffer.byteLength(text) < targetBytes) {
    const extra = ['', '## Appendix', ''];
    while (Buffer.byteLength(text) + Buffer.byteLength(extra.join('\n')) < targetBytes) extra.push(paragraph(rand), '');
    text += extra.join('\n');
  }
  return text;
}

/** Writes `count` documents into `dir` (emptied first); returns their total size in bytes. */
export function generateCorpus(dir, count, targetBytes = 8192) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = generateDocument(i, targetBytes);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `pm-${String(i).padStart(4, '0')}.md`), text);
  }
  return bytes;
}

/** The number of generated documents already in `dir`. */
export function corpusSize(dir) {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.md')).length;
  } catch {
    return 0;
  }
}
