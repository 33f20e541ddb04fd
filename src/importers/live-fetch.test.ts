/**
 * The live fetch against a loopback Slack and PagerDuty speaking their documented shapes (test/fake-fetch-apis.ts):
 * a channel's history with its threads' replies and its people's names, ids that name the channel, and a rate limit
 * waited out on a test clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeFetchApis, type FakeFetchApis } from '../../test/fake-fetch-apis.js';
import { fetchReading } from './live-fetch.js';
import { mergeTimeline } from './merge-timeline.js';

let fake: FakeFetchApis;

beforeAll(async () => {
  fake = await startFakeFetchApis();
});

afterAll(() => fake.close());

describe('fetching Slack live', () => {
  it('reads the history and each thread\u2019s replies page after page, people by name, each message by channel and ts', async () => {
    fake.asked.length = 0;
    const reading = await fetchReading({ source: 'slack', id: 'CTHREAD', token: 'xoxb-good', apiUrl: `${fake.url}/slack` }, {});
    const ref = (ts: string) => [{ vendor: 'slack', id: `CTHREAD/${ts}`, formerId: ts }];
    expect(reading.events.map((e) => [e.at, e.actor, e.text, e.sources])).toEqual([
      ['2024-03-03T14:01:00.000Z', 'Ana', 'rolled back', ref('1709474460.000200')],
      ['2024-03-03T14:00:30.000Z', 'Bo Chen', 'is it the deploy? cc @Ana', ref('1709474430.000300')],
      ['2024-03-03T14:00:40.000Z', 'Ana', 'yes, 4.2 went out at 13:58', ref('1709474440.000400')],
      ['2024-03-03T14:00:50.000Z', 'U3', 'reverting now', ref('1709474450.000500')],
    ]);
    expect(reading.leftOut).toEqual([]);
    const calls = fake.asked.map((a) => `${a.path.replace('/slack/', '')} ${a.query.user ?? ''}${a.query.cursor ?? ''}`.trim());
    // Each person is asked once (U3, whom Slack does not know, stays an id); the thread's second page by its cursor.
    expect(calls).toEqual(['conversations.history', 'users.info U1', 'users.info U2', 'conversations.replies', 'conversations.replies cmVwbGllcy0y', 'users.info U3']);
  });

  it('names people by their ids, and says so once, when the token may not read users', async () => {
    const reading = await fetchReading({ source: 'slack', id: 'CTHREAD', token: 'xoxb-without-users-read', apiUrl: `${fake.url}/slack` }, {});
    expect(reading.events.map((e) => e.actor)).toEqual(['U1', 'U2', 'U1', 'U3']);
    expect(reading.leftOut).toEqual([{ entry: 'slack CTHREAD page 4 users', reason: 'Slack users.info: missing_scope: people are named by their Slack id (give the token the users:read scope)' }]);
  });

  it('waits out a short rate limit as Retry-After asks, on the clock it is given, and stops on a long one', async () => {
    const waits: number[] = [];
    const reading = await fetchReading({ source: 'slack', id: 'CSLOW', token: 'xoxb-good', apiUrl: `${fake.url}/slack`, sleep: async (ms) => void waits.push(ms) }, {});
    expect([waits, reading.events.map((e) => e.text)]).toEqual([[2000], ['slow but there']]);
    await expect(fetchReading({ source: 'slack', id: 'CBUSY', token: 'xoxb-good', apiUrl: `${fake.url}/slack`, sleep: async () => undefined }, {})).rejects.toThrow('Slack conversations.history of CBUSY, page 1: rate limited (Retry-After 120 s); try again later');
  });

  it('counts messages imported under their ts alone as already imported', async () => {
    const reading = await fetchReading({ source: 'slack', id: 'C1', token: 'xoxb-good', apiUrl: `${fake.url}/slack` }, {});
    const before = [{ at: '2024-03-03T14:00:00.000Z', written: '14:00', approximate: false, text: 'checkout is down', actor: 'U1', kind: null, source: 'slack 1709474400.000100' }];
    const merged = mergeTimeline(before, reading.events);
    expect([merged.added, merged.skipped]).toEqual([1, 1]);
    expect(mergeTimeline(merged.timeline, reading.events)).toMatchObject({ added: 0, merged: 0, skipped: 2 });
  });
});
