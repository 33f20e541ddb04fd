/**
 * Import conformance over the real corpus: every document parses without a crash and yields a title, for
 * documents checked by hand the timeline and action items come out as counted and the timeline starts and
 * ends when a careful reader says it does, and what the corpus showed to go wrong stays fixed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtmlPage } from '../src/markdown/html.js';
import { parseDocument } from '../src/markdown/parse.js';
import { renderMarkdown } from '../src/markdown/render.js';
import { CORPUS_POSTMORTEMS, corpusPostmortem } from './corpus.js';

function parseCorpus(name: string) {
  const file = corpusPostmortem(name);
  return parseDocument(readFileSync(file, 'utf8'), { filePath: file });
}

describe('every corpus postmortem', () => {
  it.each(CORPUS_POSTMORTEMS.map((f) => [basename(f), f]))('%s parses and has a title', (_name, file) => {
    const started = performance.now();
    const doc = parseDocument(readFileSync(file, 'utf8'), { filePath: file });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(doc.postmortem.title.trim()).not.toBe('');
    for (const event of doc.postmortem.timeline) {
      expect(event.at === null || !Number.isNaN(Date.parse(event.at))).toBe(true);
    }
  });
});

/**
 * Counted by hand from the source: `timeline` is the number of event rows/bullets/paragraphs in the
 * timeline section(s), a row that tells an earlier stage and then the mitigation or resolution counting
 * twice (event-stages.ts); `resolved` those with a time of day that can be placed in UTC (date-only rows,
 * `HH:mm` and `14:??` placeholders and `[???]` are not); `actions` the top-level items of the action
 * section (a paragraph counts as one item when the section has no list or table).
 */
const HAND_CHECKED: { file: string; timeline: number; resolved: number; actions: number }[] = [
  { file: 'google-sre-book__example-postmortem-shakespeare-465.md', timeline: 34, resolved: 34, actions: 9 },
  { file: 'dfds__PM2021-011-Log4Shell.md', timeline: 26, resolved: 23, actions: 6 },
  { file: 'kubernetes-test-infra__2019-02-05-partial-prow-outage.md', timeline: 12, resolved: 12, actions: 1 },
  { file: 'kubernetes-test-infra__2019-05-30-prow-flakiness.md', timeline: 11, resolved: 10, actions: 2 },
  { file: 'chia__2021-05-26-website-outage.md', timeline: 11, resolved: 11, actions: 4 },
  { file: 'dfds__PM2022-009-Bad-AWS-EKS-AMI-causing-Kubernetes-issues.md', timeline: 20, resolved: 20, actions: 7 },
  { file: 'chia__2021-10-31-EmployeeCompromise.md', timeline: 23, resolved: 23, actions: 3 },
  { file: 'chia__2022-01-27-Ramp-Card.md', timeline: 18, resolved: 18, actions: 1 },
  { file: 'dfds__PM2021-009-All-services-returning-404-in-Kubernetes.md', timeline: 13, resolved: 13, actions: 6 },
  { file: 'dfds__PM2019-011-Hellman-Kubernetes-IaC-accidentally-reverted.md', timeline: 11, resolved: 11, actions: 5 },
  { file: 'chia__2022-08-19-CATbleed.md', timeline: 16, resolved: 15, actions: 0 },
  { file: 'dfds__PM2024-001-Two-Kubernetes-nodes-went-into-NotReady-state.md', timeline: 29, resolved: 25, actions: 7 },
  { file: 'dfds__PM2025-001-Node-system-resource-starvation-and-scheduling-capacity.md', timeline: 19, resolved: 19, actions: 6 },
  { file: 'mentimeter__0003-most-basic-mortem.md', timeline: 0, resolved: 0, actions: 0 },
  { file: 'dfds__PM2020-004-CoreDNS-upgrade-issue.md', timeline: 3, resolved: 3, actions: 2 },
];

/**
 * The first and last instants of the timeline, in UTC, as a careful reader of each document gives them: the
 * earliest and the latest event with a time of day (a date alone is no instant), each read with the zone the
 * document states for it and the date in force where it is written. Zone abbreviations are fixed offsets as
 * written (docs/format.md: a PST written in summer stays UTC-8); PT, CET and the like follow their region's
 * daylight saving. The comment says where the date and the zone come from.
 */
const FIRST_AND_LAST: { file: string; first: string; last: string }[] = [
  // "2015-10-21 (*all times UTC*)" above a table of times only: the news item at 14:51, INCIDENT ENDS at 16:30.
  { file: 'google-sre-book__example-postmortem-shakespeare-465.md', first: '2015-10-21T14:51:00Z', last: '2015-10-21T16:30:00Z' },
  // "All times in PST, on February 5th 2019": [08:47] PST is 16:47Z, [14:31] PST is 22:31Z.
  { file: 'kubernetes-test-infra__2019-02-05-partial-prow-outage.md', first: '2019-02-05T16:47:00Z', last: '2019-02-05T22:31:00Z' },
  // "All times PDT." under the title "May 30th, 2019"; [???] has no time; [13:26] PDT is 20:26Z; [23:55] then
  // [07:00] runs past midnight, so 07:00 PDT on May 31.
  { file: 'kubernetes-test-infra__2019-05-30-prow-flakiness.md', first: '2019-05-30T20:26:00Z', last: '2019-05-31T14:00:00Z' },
  // "Timeline (all times PST)", date lines _7/5/2023_ and _7/6/23_ (month first, as a US zone writes them):
  // 12:11 PM PST on July 5 is 20:11Z; 07:05 AM on July 6 is 15:05Z (it used to land on July 5).
  { file: 'chia__2023-07-05-email-gift-card-phish.md', first: '2023-07-05T20:11:00Z', last: '2023-07-06T15:05:00Z' },
  // "Timeline (PST)", date lines _4/21/23_ to -4/25/23_: 11:12 AM PST on April 21, 9:41 AM PST on April 25.
  { file: 'chia__04-25-User_Account_Compromise.md', first: '2023-04-21T19:12:00Z', last: '2023-04-25T17:41:00Z' },
  // "Timeline (UTC)", times only; the summary says "On May 9th 2021 at 6:48AM PDT", the first row "12:48 (6:48 PDT)";
  // "14:20-2:00" is a range kept at its start; the final release at 17:18.
  { file: 'chia__2021-05-09-negative-coin-values.md', first: '2021-05-09T12:48:00Z', last: '2021-05-09T17:18:00Z' },
  // Heading "(all times UTC) Monday May 10th, 2021", seconds on every line.
  { file: 'chia__2021-05-10-WikiAttack.md', first: '2021-05-10T09:15:04Z', last: '2021-05-10T10:03:52Z' },
  // UTC on every line ("04:49 PM UTC"); the date only in the title "Website Outage 5-26-21".
  { file: 'chia__2021-05-26-website-outage.md', first: '2021-05-26T16:49:00Z', last: '2021-05-26T18:00:00Z' },
  // Every line dated and zoned: 12:45 PM PST Saturday Oct 30th, 10:00 AM PST Monday Nov 1st.
  { file: 'chia__2021-10-31-DustStorm.md', first: '2021-10-30T20:45:00Z', last: '2021-11-01T18:00:00Z' },
  // Table in PT, year in the "Date (2021)" header; Pacific daylight time until November 7: Oct 31 21:33 PDT, Nov 1 21:54 PDT.
  { file: 'chia__2021-10-31-EmployeeCompromise.md', first: '2021-11-01T04:33:00Z', last: '2021-11-02T04:54:00Z' },
  // UTC table; the first row (22:40) is out of order, the earliest is 22:06 on Jan 20; the last row 23:01 on Jan 21.
  { file: 'chia__2022-01-20-EmployeeCompromise.md', first: '2022-01-20T22:06:00Z', last: '2022-01-21T23:01:00Z' },
  // UTC table over two weeks, year from "Date (2022)": Jan 28 02:34 to Feb 10 17:52.
  { file: 'chia__2022-01-27-Ramp-Card.md', first: '2022-01-28T02:34:00Z', last: '2022-02-10T17:52:00Z' },
  // "Time (PST)" column, UTC-8 as written (it is June): Jun 27 13:47, Jun 29 12:35.
  { file: 'chia__2022-06-28-ProxyAbuseReport.md', first: '2022-06-27T21:47:00Z', last: '2022-06-29T20:35:00Z' },
  // "(all times PST)" bold-dated paragraphs: June 14th 10:00 AM; "August 1st 2022" has no time, so the last
  // instant is July 29th 12:00 AM PST.
  { file: 'chia__2022-08-19-CATbleed.md', first: '2022-06-14T18:00:00Z', last: '2022-07-29T08:00:00Z' },
  // The heading says PST but every line says CST (UTC-6), and the line wins: 15:38 CST to 22:00 CST on 10/20/2022.
  { file: 'chia__2022-10-20-Beta-Keybase-Channel-Permissions.md', first: '2022-10-20T21:38:00Z', last: '2022-10-21T04:00:00Z' },
  // UTC on every line, times only; the date only in the title "May 4th 2023 Discord API Abuse".
  { file: 'chia__2023-05-04-Discord-api-abuse.md', first: '2023-05-04T08:09:00Z', last: '2023-05-04T17:00:00Z' },
  // "(all times PST)", MM-DD-YYYY with am/pm: 07-27-2023 2:14 pm to 07-31-2023 11:20 am.
  { file: 'chia__2023-08-04-compromised-self-hosted-runners.md', first: '2023-07-27T22:14:00Z', last: '2023-07-31T19:20:00Z' },
  // "January 29, 2024" has no time; "February 15, 2024: 7:56am UTC" to "February 16, 2024: 7:20pm UTC".
  { file: 'chia__2024-02-15-Financial-instutition-credentials.md', first: '2024-02-15T07:56:00Z', last: '2024-02-16T19:20:00Z' },
  // "(all times PST)", "01-10-2024" (month first) then 7:32 PM and 7:42 PM; the later lines are dates alone.
  { file: 'chia__2024-06-25-blockchain_mainnet-stall.md', first: '2024-01-11T03:32:00Z', last: '2024-01-11T03:42:00Z' },
  // "(all times PST)", 02-13-2025 11:00 pm to 02-19-2025 3:15 pm.
  { file: 'chia__2025-02-25-block_production_impact_due_FastForward_mempool_issues.md', first: '2025-02-14T07:00:00Z', last: '2025-02-19T23:15:00Z' },
  // "All times in UTC."; 2021-12-10 alone has no time, 15:40 that day is the first; 2022-01-04 11:03 the last.
  { file: 'dfds__PM2021-011-Log4Shell.md', first: '2021-12-10T15:40:00Z', last: '2022-01-04T11:03:00Z' },
  // "Date and Time in CET" (UTC+1 in winter): 2019-11-29 12:00 to 2019-12-05 12:00.
  { file: 'dfds__PM2019-009-Kubernetes-network-infrastructure-IP-starvation.md', first: '2019-11-29T11:00:00Z', last: '2019-12-05T11:00:00Z' },
  // CET again: 00:30 on December 4 is still December 3 in UTC.
  { file: 'dfds__PM2019-010-Hellman-Kubernetes-cluster-node-deletion.md', first: '2019-12-03T23:30:00Z', last: '2019-12-04T00:30:00Z' },
  // "All times in CET." before the table: 2020-01-20 13:50 to 2020-01-22 10:39.
  { file: 'dfds__PM2020-001-Inotify-file-watches-exhaustion.md', first: '2020-01-20T12:50:00Z', last: '2020-01-22T09:39:00Z' },
  // "All times in UTC."; the template row (HH:mm) and the 14:?? rows have no time: 10:01 to the next day's 09:20.
  { file: 'dfds__PM2024-001-Two-Kubernetes-nodes-went-into-NotReady-state.md', first: '2024-03-13T10:01:00Z', last: '2024-03-14T09:20:00Z' },
];

describe('hand-checked corpus documents', () => {
  it.each(HAND_CHECKED)('$file', ({ file, timeline, resolved, actions }) => {
    const pm = parseCorpus(file).postmortem;
    expect(pm.timeline).toHaveLength(timeline);
    expect(pm.timeline.filter((e) => e.at !== null)).toHaveLength(resolved);
    expect(pm.actionItems).toHaveLength(actions);
  });

  it.each(FIRST_AND_LAST)('$file: first and last instants', ({ file, first, last }) => {
    const instants = parseCorpus(file)
      .postmortem.timeline.flatMap((e) => (e.at === null ? [] : [e.at]))
      .sort();
    expect([instants[0], instants.at(-1)]).toEqual([first, last]);
  });

  it('reads metadata written as headings and a key/value table (mentimeter)', () => {
    const pm = parseCorpus('mentimeter__0003-most-basic-mortem.md').postmortem;
    expect(pm.title).toBe('Memorable title');
    expect(pm.severity).toBe('SEV1');
    expect(pm.author).toBe('Rick Sanchez');
  });

  it('names the actor of a timeline entry and keeps the unparsable time as written (k8s)', () => {
    const doc = parseCorpus('kubernetes-test-infra__2019-05-30-prow-flakiness.md');
    const [unknown, reported] = doc.postmortem.timeline;
    expect(unknown?.at).toBeNull();
    expect(unknown?.written).toContain('???');
    expect(reported?.actor).toBe('cblecker');
    expect(doc.diagnostics.some((d) => d.ruleId === 'timeline/unparsed-time' && d.span.line > 0)).toBe(true);
  });

  it('reads owners and done/todo states from an action-item table (SRE book)', () => {
    const items = parseCorpus('google-sre-book__example-postmortem-shakespeare-465.md').postmortem.actionItems;
    expect(items[0]).toMatchObject({ owner: 'jennifer', status: 'done' });
    expect(items[1]).toMatchObject({ owner: 'martym', status: 'open' });
    expect(items[1]?.ticket).toContain('5554823');
  });

  it('finds the sections of a document whose title is only the file name (chia 2021-05-09, no H1)', () => {
    const doc = parseCorpus('chia__2021-05-09-negative-coin-values.md');
    expect(doc.postmortem.title).toContain('negative coin values');
    expect(doc.postmortem.summary).not.toBe('');
    expect(doc.postmortem.timeline.length).toBeGreaterThan(0);
  });
});

describe('what trying real documents showed (issue 10)', () => {
  const shakespeare = 'google-sre-book__example-postmortem-shakespeare-465.md';

  it('SRE book: a list of authors is names, and Date, Authors and Status are metadata, not sections again', () => {
    const pm = parseCorpus(shakespeare).postmortem;
    expect(pm.author).toBe('jennifer, martym, agoogler');
    expect(pm.status).toBe('final');
    expect(pm.extraFrontMatter).toEqual({ date: '2015-10-21' });
    expect(pm.otherSections.map((s) => s.heading)).toEqual(['Resolution', 'Detection', 'Supporting Information']);
    expect(renderHtmlPage(pm)).toContain('jennifer, martym, agoogler');
  });

  it('SRE book: the three **DONE** action items are done', () => {
    const done = parseCorpus(shakespeare).postmortem.actionItems.filter((i) => i.status === 'done');
    expect(done.map((i) => i.owner)).toEqual(['jennifer', 'agoogler', 'jennifer']);
  });

  it('SRE book: converted, a UTC time is written once, and imported rows claim no source', () => {
    const markdown = renderMarkdown(parseCorpus(shakespeare).postmortem);
    expect(markdown).toContain('| 2015-10-21 14:51 | News reports');
    expect(markdown).not.toContain('(14:51)');
    expect(markdown).not.toContain('typed');
    expect(markdown).not.toMatch(/^## (Date|Authors|Status)$/m);
  });

  it('icco: start_time and end_time are the key times, and url, keywords and company survive the conversion', () => {
    const pm = parseCorpus('icco-postmortems__0b9c79f2-india-grid-2012.md').postmortem;
    expect([pm.times.startedAt, pm.times.resolvedAt]).toEqual(['2012-07-30T02:33:00Z', '2012-07-31T16:00:00Z']);
    expect(Object.keys(pm.extraFrontMatter)).toEqual(['url', 'archive_url', 'keywords', 'company', 'source_published_at']);
    expect(parseDocument(renderMarkdown(pm)).postmortem.extraFrontMatter).toEqual(pm.extraFrontMatter);
  });

  it('mentimeter: "## Date: August 15, 2020" is the date, not a section', () => {
    const pm = parseCorpus('mentimeter__0003-most-basic-mortem.md').postmortem;
    expect(pm.extraFrontMatter.date).toBe('August 15, 2020');
    expect(pm.otherSections.map((s) => s.heading)).toEqual(['Owner: Rick Sanchez']);
  });

  it('dfds ADFS: the misspelt "Atendees" are the attendees', () => {
    const doc = parseCorpus('dfds__PM2021-004-ADFS-outage.md');
    expect(doc.sections.find((s) => s.heading === 'Atendees')?.role).toBe('review');
    expect(doc.postmortem.review.attendees).toEqual(['RF', 'PW', 'RR', 'AN', 'EC']);
  });

  it('chia mainnet stall: the row that says the stall was detected and then resolved is both', () => {
    const at738 = parseCorpus('chia__2024-06-25-blockchain_mainnet-stall.md').postmortem.timeline.filter((e) => e.written === '7:38 PM');
    expect(at738.map((e) => e.text.split(' ').slice(0, 2).join(' '))).toEqual(['Monitoring of', 'Automation restarted']);
    expect(at738.map((e) => e.kind)).toEqual(['detection', 'resolution']);
  });
});
