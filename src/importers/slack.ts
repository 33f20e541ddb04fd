/**
 * Slack: the messages of a workspace or channel export (one JSON array of messages per channel and day,
 * `CHANNEL/YYYY-MM-DD.json`, beside `users.json`) and of `conversations.history` answers (`{ok, messages, has_more,
 * response_metadata: {next_cursor}}`). A message is said at its `ts` (epoch seconds as a string, which is also its id
 * in the channel); its text is the last one written (an edit keeps the time it was first said); replies of a thread are
 * messages like the others. People's messages and alerting bots' are kept; channel joins and leaves, topic changes,
 * other bots, messages outside the incident window and the like are counted as omitted, with why. Shapes: Slack's
 * "How to read Slack data exports", docs.slack.dev `conversations.history`, `@slack/types` `events/message.ts`, and
 * the corpus's export files (see docs/integrations.md). A `ts` is unique only in its channel: an event's vendor id is
 * `CHANNEL/ts` (the channel's id, from `channels.json` for an export's folder, else the folder's name), and was `ts`
 * alone before, which still counts as the same entry.
 */
import { inWindow, isoOfEpochMs, objectAt, OmittedTally, textAt, WHOLE_PAYLOAD, windowReason, type ImportedEvent, type LeftOut, type ReadOptions, type SourceReading, type SourceRef } from './source-reading.js';

/** Subtypes that say something happened to the channel, not in the incident, by the words of the reason. */
const NOISE: Readonly<Record<string, string>> = {
  channel_join: 'channel joins',
  group_join: 'channel joins',
  channel_leave: 'channel leaves',
  group_leave: 'channel leaves',
  channel_topic: 'topic, purpose and name changes',
  channel_purpose: 'topic, purpose and name changes',
  channel_name: 'topic, purpose and name changes',
  group_topic: 'topic, purpose and name changes',
  group_purpose: 'topic, purpose and name changes',
  group_name: 'topic, purpose and name changes',
  channel_archive: 'channel archivings',
  channel_unarchive: 'channel archivings',
  group_archive: 'channel archivings',
  group_unarchive: 'channel archivings',
  channel_posting_permissions: 'channel settings',
  pinned_item: 'pins',
  unpinned_item: 'pins',
  reminder_add: 'reminders',
  bot_add: 'app installs and removals',
  bot_remove: 'app installs and removals',
  message_changed: 'edit and deletion notices (a message keeps its last text)',
  message_deleted: 'edit and deletion notices (a message keeps its last text)',
  message_replied: 'edit and deletion notices (a message keeps its last text)',
  tombstone: 'deleted messages',
};

/** Subtypes of messages that say what someone or a bot wrote. */
const SAID = new Set(['bot_message', 'file_share', 'thread_broadcast', 'me_message']);

/** Names of the tools whose bots post alerts (a bot's name holding one). */
const ALERTING_BOT = /pagerduty|opsgenie|alertmanager|prometheus|grafana|datadog|sentry|new ?relic|cloudwatch|aws chatbot|better ?(?:stack|uptime)|statuspage|incident\.io|firehydrant|rootly|nagios|icinga|zabbix|pingdom|uptime ?robot|checkly|honeycomb|splunk|victorops|dynatrace|zenduty|squadcast|xmatters|alert/i;

/** Words with which any bot's message says it is an alert. */
const ALERT_WORDS = /\b(?:alert(?:ing)?|firing|triggered|resolved|incident|outage|critical|down)\b/i;

const OMIT_OTHER_BOTS = 'messages of bots that are not alerting tools';
const OMIT_NO_TEXT = 'messages with no text';

/** The names to show for the user ids of an export's `users.json` (display name, else real name, else handle). */
export function slackUsers(list: unknown): Map<string, string> {
  const users = new Map<string, string>();
  if (!Array.isArray(list)) return users;
  for (const user of list) {
    const id = textAt(user, 'id');
    const name = textAt(objectAt(user, 'profile'), 'display_name') ?? textAt(objectAt(user, 'profile'), 'real_name') ?? textAt(user, 'real_name') ?? textAt(user, 'name');
    if (id !== null && name !== null) users.set(id, name);
  }
  return users;
}

/** The ids of an export's channels by their names (its `channels.json`: `[{id, name}, …]`). */
export function slackChannels(list: unknown): Map<string, string> {
  const channels = new Map<string, string>();
  if (!Array.isArray(list)) return channels;
  for (const channel of list) {
    const id = textAt(channel, 'id');
    const name = textAt(channel, 'name');
    if (id !== null && name !== null) channels.set(name, id);
  }
  return channels;
}

/**
 * The channel of an export's day file (`incident/2024-03-03.json`, `export.zip:incident/2024-03-03.json`): its
 * folder's channel id from `channels`, else the folder's name; undefined for a day file outside a folder.
 */
export function channelOfDayFile(name: string, channels: ReadonlyMap<string, string>): string | undefined {
  const parts = name.split(/[\\/:]/);
  const folder = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  return folder === undefined || folder === '' ? undefined : (channels.get(folder) ?? folder);
}

/** The vendor ref of a message said at `ts` in `channel` (when known), naming its former id (the `ts` alone). */
function slackRef(ts: string, channel: string | null | undefined): SourceRef {
  return channel === null || channel === undefined ? { vendor: 'slack', id: ts } : { vendor: 'slack', id: `${channel}/${ts}`, formerId: ts };
}

/** A Slack `ts` ("1498401043.277604", epoch seconds) as a UTC instant, or why it is not one. */
function instantOfTs(ts: unknown): { at: string } | { problem: string } {
  if (ts === undefined || ts === null || ts === '') return { problem: 'ts is missing' };
  const text = String(ts);
  if (!TS.test(text)) return { problem: `ts ${JSON.stringify(text).slice(0, 40)} is not a Slack time (epoch seconds, as "1709474400.000100")` };
  const dot = text.indexOf('.');
  const seconds = Number(dot < 0 ? text : text.slice(0, dot));
  const milliseconds = dot < 0 ? 0 : Number(text.slice(dot + 1, dot + 4).padEnd(3, '0'));
  return { at: isoOfEpochMs(seconds * 1000 + milliseconds) };
}

const TS = /^\d{9,11}(?:\.\d{1,6})?$/;

const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** One `<…>` of Slack's markup in words: a mention by name, a channel by its name, a link by its label. */
function markupWords(inner: string, users: ReadonlyMap<string, string>): string {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? null : inner.slice(bar + 1);
  if (target.startsWith('@')) return `@${users.get(target.slice(1)) ?? label ?? target.slice(1)}`;
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  if (/^!(?:here|channel|everyone)$/.test(target)) return `@${target.slice(1)}`;
  return label ?? (target.startsWith('!') ? target.slice(1) : target);
}

/** Slack's markup in plain words: mentions by name, links by their label, entities decoded, one line. */
function plainText(text: string, users: ReadonlyMap<string, string>): string {
  let plain = text;
  if (plain.includes('<')) plain = plain.replace(/<([^<>]*)>/g, (_all, inner: string) => markupWords(inner, users));
  if (plain.includes('&')) plain = plain.replace(/&(?:lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity);
  if (/\s\s|[\t\n\r\f\v]/.test(plain)) plain = plain.replace(/\s+/g, ' ');
  return plain.trim();
}

/** What a message says: its text, else what its attachments (alerting bots' cards) or shared files say. */
function messageText(message: Record<string, unknown>, users: ReadonlyMap<string, string>): string {
  const said = textAt(message, 'text');
  // Most messages are a person's words alone: no lists to build for them.
  if (!Array.isArray(message.attachments) && !Array.isArray(message.files)) return said === null ? '' : plainText(said, users);
  const attachments = Array.isArray(message.attachments) ? (message.attachments as unknown[]) : [];
  const cards = attachments.map((card) => textAt(card, 'title') ?? textAt(card, 'fallback') ?? textAt(card, 'text')).filter((line): line is string => line !== null);
  const files = Array.isArray(message.files) ? (message.files as unknown[]).map((file) => textAt(file, 'name') ?? textAt(file, 'title')).filter((name): name is string => name !== null) : [];
  const parts = [said, ...cards, ...(files.length > 0 ? [`shared ${files.join(', ')}`] : [])].filter((part): part is string => part !== null);
  return plainText(parts.join(' — '), users);
}

/** Who wrote a message: a person's name from users.json or the message's profile, else a bot's name, else the id. */
function authorOf(message: Record<string, unknown>, users: ReadonlyMap<string, string>): string | null {
  const user = textAt(message, 'user');
  const profile = objectAt(message, 'user_profile');
  const person = (user === null ? undefined : users.get(user)) ?? textAt(profile, 'display_name') ?? textAt(profile, 'real_name');
  return person ?? textAt(message, 'username') ?? textAt(objectAt(message, 'bot_profile'), 'name') ?? user ?? textAt(message, 'bot_id');
}

/** Reads the messages of one list (a day file, or a history page) into the reading. */
function readMessages(messages: readonly unknown[], where: string, options: ReadOptions, into: { events: ImportedEvent[]; leftOut: LeftOut[]; omitted: OmittedTally }): void {
  const users = options.users ?? new Map<string, string>();
  messages.forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      into.leftOut.push({ entry: `${where}message ${index + 1}`, reason: 'not a message (an object with ts and text)' });
      return;
    }
    const message = raw as Record<string, unknown>;
    const time = instantOfTs(message.ts);
    if ('problem' in time) {
      into.leftOut.push({ entry: `${where}message ${index + 1}`, reason: time.problem });
      return;
    }
    const subtype = textAt(message, 'subtype');
    const noise = subtype === null ? undefined : NOISE[subtype];
    if (noise !== undefined) return into.omitted.add(noise);
    if (subtype !== null && !SAID.has(subtype)) return into.omitted.add(`messages of subtype ${subtype}, which are not something someone said`);
    if (!inWindow(time.at, options.window)) return into.omitted.add(windowReason(options.window ?? { since: null, until: null }));
    const text = messageText(message, users);
    if (text === '') return into.omitted.add(OMIT_NO_TEXT);
    const actor = authorOf(message, users);
    const bot = subtype === 'bot_message' || (textAt(message, 'bot_id') !== null && textAt(message, 'user') === null);
    if (bot && !ALERTING_BOT.test(actor ?? '') && !ALERT_WORDS.test(text)) return into.omitted.add(OMIT_OTHER_BOTS);
    const ts = String(message.ts);
    into.events.push({ at: time.at, written: ts, text, actor, kind: null, sources: [slackRef(ts, textAt(message, 'channel') ?? options.channel)] });
  });
}

/** True when a name is a day file of an export ("incident/2024-03-03.json", "2024-03-03.json"). */
export function isSlackDayFile(name: string): boolean {
  return /(?:^|\/)\d{4}-\d{2}-\d{2}\.json$/.test(name);
}

/**
 * Reads one Slack payload: a day file's messages (a list), a `conversations.history` answer, one message, or an
 * object of an export's files by name (`{"users.json": […], "incident/2024-03-03.json": […]}`).
 */
export function readSlack(payload: unknown, options: ReadOptions = {}): SourceReading {
  const into = { events: [] as ImportedEvent[], leftOut: [] as LeftOut[], omitted: new OmittedTally() };
  const record = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : null;
  if (Array.isArray(payload)) readMessages(payload, '', options, into);
  else if (record !== null && Array.isArray(record.messages)) readMessages(record.messages, '', options, into);
  else if (record !== null && record.ok === false) into.leftOut.push({ entry: WHOLE_PAYLOAD, reason: `Slack answered with an error (${textAt(record, 'error') ?? 'no error named'}), not messages` });
  else if (record !== null && record.ts !== undefined) readMessages([record], '', options, into);
  else if (record !== null && Object.keys(record).some(isSlackDayFile)) {
    const users = new Map([...(options.users ?? []), ...slackUsers(record['users.json'])]);
    const channels = slackChannels(record['channels.json']);
    for (const [name, messages] of Object.entries(record)) {
      if (!isSlackDayFile(name)) continue;
      if (Array.isArray(messages)) readMessages(messages, `${name} `, { ...options, users, channel: channelOfDayFile(name, channels) ?? options.channel }, into);
      else into.leftOut.push({ entry: name, reason: 'not a list of messages' });
    }
  } else into.leftOut.push({ entry: WHOLE_PAYLOAD, reason: 'neither a list of messages, a conversations.history answer nor an export\u2019s day files: not a Slack export' });
  return { events: into.events, leftOut: into.leftOut, omitted: into.omitted.list() };
}
