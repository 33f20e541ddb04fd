// Timeline import benchmark (issue 13): a generated Slack workspace export of 100,000 messages (channels × days, one
// JSON file per channel and day, with people, alerting and other bots, threads, edits, joins and topic changes) is
// imported by debrief (read a file at a time, every message read, the window open, then merged into an empty
// timeline) and, in the same rounds, only read and given to JSON.parse. The target: the import takes under 3x the
// time of JSON.parse over the same files, in bounded memory (the peak heap is printed beside the export's size).
// Prints a Markdown table; also written to bench/.work/timeline-import-results.md.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../lint/generate.js';
import { median } from '../median.js';

const root = resolve(import.meta.dirname, '../..');
const { readExports } = await import(join(root, 'dist/cli/commands/timeline.js'));
const { mergeTimeline } = await import(join(root, 'dist/importers/merge-timeline.js'));

const MESSAGES = 100_000;
const CHANNELS = ['incident-checkout', 'incident-payments', 'ops', 'sre', 'deploys', 'alerts', 'general', 'random', 'support', 'eng'];
const DAYS = 50;
const PEOPLE = Array.from({ length: 40 }, (_, i) => ({ id: `U${String(1000 + i)}`, name: `person${i}`, real: `Person ${i}` }));
const WORDS = 'checkout latency errors rollback deploy pods node memory database replica lag cache traffic failover status page customers timeouts queue backlog drained looking now mitigated dashboard graph spike alert'.split(' ');

/** Writes the export (once; the same seed gives the same files) and answers its directory. */
function generate() {
  const dir = join(root, 'bench/.work/timeline-import/slack-export');
  const marker = join(dir, '.complete');
  try {
    statSync(marker);
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
  const rand = seededRandom(13);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const users = PEOPLE.map((p) => ({ id: p.id, name: p.name, real_name: p.real, profile: { display_name: p.name, real_name: p.real } }));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'users.json'), JSON.stringify(users, null, 2));
  writeFileSync(join(dir, 'channels.json'), JSON.stringify(CHANNELS.map((name, i) => ({ id: `C${i}`, name, created: 1700000000 }))));
  const perFile = MESSAGES / (CHANNELS.length * DAYS);
  const start = Date.UTC(2024, 0, 1) / 1000;
  for (const channel of CHANNELS) {
    mkdirSync(join(dir, channel));
    for (let day = 0; day < DAYS; day++) {
      const messages = [];
      for (let m = 0; m < perFile; m++) {
        const ts = `${start + day * 86400 + Math.floor((m * 86400) / perFile)}.${String(Math.floor(rand() * 999999)).padStart(6, '0')}`;
        const person = pick(PEOPLE);
        const roll = rand();
        const text = Array.from({ length: 6 + Math.floor(rand() * 20) }, () => pick(WORDS)).join(' ');
        if (roll < 0.03) messages.push({ type: 'message', subtype: 'channel_join', user: person.id, text: `<@${person.id}> has joined the channel`, ts });
        else if (roll < 0.04) messages.push({ type: 'message', subtype: 'channel_topic', user: person.id, text: 'set the channel topic: incident', topic: 'incident', ts });
        else if (roll < 0.1) messages.push({ type: 'message', subtype: 'bot_message', bot_id: 'B1', username: 'Alertmanager', text: '', attachments: [{ fallback: `[FIRING:1] ${text}`, title: `[FIRING:1] HighErrorRate ${pick(WORDS)}`, text, color: 'danger' }], ts });
        else if (roll < 0.13) messages.push({ type: 'message', subtype: 'bot_message', bot_id: 'B2', username: 'giphy', text: 'a cat', ts });
        else {
          const message = { client_msg_id: `${channel}-${day}-${m}`, type: 'message', user: person.id, text: `<@${pick(PEOPLE).id}> ${text}`, ts, team: 'T1', user_team: 'T1', blocks: [{ type: 'rich_text', block_id: 'b', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }] };
          if (roll < 0.3) message.thread_ts = ts;
          if (roll < 0.35) message.edited = { user: person.id, ts };
          if (roll > 0.95) message.reactions = [{ name: 'eyes', users: [pick(PEOPLE).id], count: 1 }];
          messages.push(message);
        }
      }
      writeFileSync(join(dir, channel, `${new Date((start + day * 86400) * 1000).toISOString().slice(0, 10)}.json`), JSON.stringify(messages, null, 4));
    }
  }
  writeFileSync(marker, '');
  return dir;
}

const dir = generate();
const files = readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.json')).map((name) => join(dir, name));
const dayFiles = new Set(files.filter((file) => /\d{4}-\d{2}-\d{2}\.json$/.test(file)));
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);

/** Reads each file and parses it, one at a time, as the import does; answers the number of messages. */
function parseOnly() {
  let messages = 0;
  for (const file of files) {
    const value = JSON.parse(readFileSync(file, 'utf8'));
    if (dayFiles.has(file)) messages += value.length;
  }
  return messages;
}

/** The import: every file read by the Slack source (no window), then merged into an empty timeline. */
async function importAll() {
  const t0 = performance.now();
  const read = await readExports('slack', [dir], {});
  const t1 = performance.now();
  const merged = mergeTimeline([], read.events);
  return { added: merged.added, omitted: read.omitted, leftOut: read.leftOut.length, read: t1 - t0, merge: performance.now() - t1 };
}

const ROUNDS = 5;
const rounds = [];
let outcome;
let peakHeap = 0;
for (let r = 0; r < ROUNDS; r++) {
  const t0 = performance.now();
  const messages = parseOnly();
  const t1 = performance.now();
  outcome = await importAll();
  const t2 = performance.now();
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  rounds.push({ parse: t1 - t0, import: t2 - t1, read: outcome.read, merge: outcome.merge, messages });
}
const best = (key) => Math.min(...rounds.map((round) => round[key]));
const ratio = median(rounds.map((round) => round.import / round.parse));
const mb = (n) => (n / (1024 * 1024)).toFixed(1);
const omitted = outcome.omitted.map(({ reason, count }) => `${count} ${reason}`).join('; ');
const table = [
  `${rounds[0].messages.toLocaleString('en')} messages in ${files.length} files (${mb(bytes)} MB), ${CHANNELS.length} channels × ${DAYS} days; Node ${process.version}; ${new Date().toISOString()}.`,
  `Best of ${ROUNDS} rounds, each round both one after the other; the ratio is the median of the rounds' own ratios.`,
  '',
  '| step | seconds | MB/s |',
  '| --- | ---: | ---: |',
  `| read + JSON.parse, a file at a time | ${(best('parse') / 1000).toFixed(2)} | ${(bytes / 1048576 / (best('parse') / 1000)).toFixed(1)} |`,
  `| debrief timeline import --from slack (read, every message, merge into a timeline) | ${(best('import') / 1000).toFixed(2)} | ${(bytes / 1048576 / (best('import') / 1000)).toFixed(1)} |`,
  `| … of which reading the files as Slack messages | ${(best('read') / 1000).toFixed(2)} | ${(bytes / 1048576 / (best('read') / 1000)).toFixed(1)} |`,
  `| … of which the merge (each event's kind inferred by the engine, as for written events) | ${(best('merge') / 1000).toFixed(2)} | |`,
  '',
  `Import / JSON.parse: **${ratio.toFixed(2)}x** (target: under 3x) — ${ratio < 3 ? 'met' : 'NOT met'}.`,
  `Imported ${outcome.added.toLocaleString('en')} events; left out on purpose: ${omitted}; unreadable entries: ${outcome.leftOut}.`,
  `Peak heap seen after an import: ${mb(peakHeap)} MB, for an export of ${mb(bytes)} MB (the raw JSON is never held whole).`,
].join('\n');
mkdirSync(join(root, 'bench/.work'), { recursive: true });
writeFileSync(join(root, 'bench/.work/timeline-import-results.md'), `${table}\n`);
process.stdout.write(`${table}\n`);
if (ratio >= 3) process.exitCode = 1;
