/**
 * Runs the extractors over real postmortems from the shared corpus (../shared/corpus, never copied
 * into the repository) and checks counts that were established by hand.
 *
 * How the counts were made: for tables, the body rows of the timeline table were counted in the
 * source (`awk '/^## Timeline/{p=1;next} /^## /{p=0} p' FILE | grep -c '^| 20'` and similar); for
 * lists, the top-level `*`/`-` items; for paragraphs, the lines starting with a time or a date.
 * Events without a time (`at` null) are the rows/lines whose time is a placeholder, a lone date or
 * has no date to attach to; they were picked out by reading each file. A row that tells an earlier stage
 * and then the mitigation or resolution becomes two events (event-stages.ts). Diagnostics follow from
 * that: one `timeline/unparsed-time` per event without a time (plus one per odd time such as
 * `13:06 PM`), one `timeline/utc` per resolved event whose zone is not UTC or not stated.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inferDateOrder } from '../../core/time/index.js';
import type { CalendarDate } from '../../core/time/index.js';
import { extractActionItems } from './action-items.js';
import { extractTimeline } from './timeline.js';
import { sectionOf } from '../../../test/extract-section.js';

const CORPUS = path.resolve(import.meta.dirname, '../../..', '../shared/corpus/postmortems');

function load(file: string, heading: RegExp, docDate: CalendarDate | null = null) {
  const source = readFileSync(path.join(CORPUS, file), 'utf8');
  return sectionOf(source, heading, { docDate, dateOrder: inferDateOrder(source.split('\n')) });
}

function timeline(file: string, docDate: CalendarDate | null = null) {
  const { section, ctx } = load(file, /^Timeline\b/, docDate);
  const { events, spans } = extractTimeline(section, ctx);
  const count = (ruleId: string) => ctx.diagnostics.filter((d) => d.ruleId === ruleId).length;
  return {
    events,
    spans,
    unresolved: events.filter((e) => e.at === null).map((e) => e.written),
    unparsed: count('timeline/unparsed-time'),
    utc: count('timeline/utc'),
  };
}

function actionItems(file: string, heading: RegExp) {
  const { section, ctx } = load(file, heading);
  return extractActionItems(section, ctx);
}

describe('timelines of real postmortems', () => {
  it('dfds Log4Shell: 26 table rows, 3 of them a date without a time', () => {
    const t = timeline('dfds__PM2021-011-Log4Shell.md');
    expect(t.events).toHaveLength(26);
    expect(t.unresolved).toEqual(['2021-12-10', '2021-12-17', '2021-12-18']);
    expect([t.unparsed, t.utc]).toEqual([3, 0]);
    expect(t.events[8]).toMatchObject({ at: '2021-12-13T14:30:00Z', text: 'Initial management-level contact with S&O' });
  });

  it('SRE book: 34 rows, date and zone from the line above the table', () => {
    const t = timeline('google-sre-book__example-postmortem-shakespeare-465.md');
    expect(t.events).toHaveLength(34);
    expect(t.unresolved).toEqual([]);
    expect([t.unparsed, t.utc]).toEqual([0, 0]);
    expect(t.events.at(-1)?.at).toBe('2015-10-21T16:30:00Z');
  });

  it('chia employee compromise: 23 rows of the four-column table, in PT', () => {
    const t = timeline('chia__2021-10-31-EmployeeCompromise.md');
    expect(t.events).toHaveLength(23);
    expect(t.unresolved).toEqual([]);
    expect([t.unparsed, t.utc]).toEqual([0, 23]);
    expect(t.events[0]?.at).toBe('2021-11-01T04:33:00Z');
  });

  it('k8s partial prow outage: 12 bullets, PST from the sentence before them', () => {
    const t = timeline('kubernetes-test-infra__2019-02-05-partial-prow-outage.md');
    expect(t.events).toHaveLength(12);
    expect(t.unresolved).toEqual([]);
    expect([t.unparsed, t.utc]).toEqual([0, 12]);
    expect(t.events.filter((e) => e.actor === 'Katharine')).toHaveLength(9);
  });

  it('k8s prow flakiness: 11 bullets, [???] unresolved, [07:00] rolls to the next day', () => {
    const t = timeline('kubernetes-test-infra__2019-05-30-prow-flakiness.md', { year: 2019, month: 5, day: 30 });
    expect(t.events).toHaveLength(11);
    expect(t.unresolved).toEqual(['???']);
    expect([t.unparsed, t.utc]).toEqual([1, 10]);
    expect(t.events.at(-1)?.at).toBe('2019-05-31T07:00:00Z');
  });

  it('chia CATbleed: 16 bold-dated paragraphs, the last a date alone', () => {
    const t = timeline('chia__2022-08-19-CATbleed.md');
    expect(t.events).toHaveLength(16);
    expect(t.unresolved).toEqual(['August 1st 2022']);
    expect([t.unparsed, t.utc]).toEqual([1, 15]);
    expect(t.events.every((e) => e.approximate)).toBe(true);
  });

  it('chia account compromise: 15 timed lines under date lines, wrapped lines joined', () => {
    const t = timeline('chia__04-25-User_Account_Compromise.md');
    expect(t.events).toHaveLength(15);
    expect(t.unresolved).toEqual([]);
    expect(t.events.at(-1)?.at).toBe('2023-04-25T17:41:00Z');
    expect(t.spans[9]).toMatchObject({ line: 25, endLine: 28 });
  });

  it('chia financial institution: 14 date lines, the first without a time, one telling a detection and a mitigation', () => {
    const t = timeline('chia__2024-02-15-Financial-instutition-credentials.md');
    expect(t.events).toHaveLength(15);
    // 1:15pm: "CNI Employee saw the email … At this time the user's access to CNI systems was disabled."
    expect(t.events.filter((e) => e.written === 'February 15, 2024: 1:15pm UTC').map((e) => e.text.slice(0, 20))).toEqual(['CNI Employee saw the', "At this time the use"]);
    expect(t.unresolved).toEqual(['January 29, 2024']);
    expect([t.unparsed, t.utc]).toEqual([1, 0]);
  });

  it('dfds NotReady nodes: 28 rows, one split (scaled down, then traffic back to normal), the template row and three 14:?? events unresolved', () => {
    const t = timeline('dfds__PM2024-001-Two-Kubernetes-nodes-went-into-NotReady-state.md');
    expect(t.events).toHaveLength(29);
    expect(t.unresolved).toEqual(['2024-03-13 HH:mm', '2024-03-13 14:??', '2024-03-13 14:??', '2024-03-13 14:??']);
    expect([t.unparsed, t.utc]).toEqual([3, 0]);
  });

  it('chia dust storm: 19 timed lines, block-height lines ignored, days carried forward', () => {
    const t = timeline('chia__2021-10-31-DustStorm.md');
    expect(t.events).toHaveLength(19);
    expect(t.events.at(-1)?.at).toBe('2021-11-01T18:00:00Z');
  });
});

describe('action items of real postmortems', () => {
  it('SRE book table: 9 items, 3 marked **DONE**, every one with an owner', () => {
    const a = actionItems('google-sre-book__example-postmortem-shakespeare-465.md', /^Action Items$/);
    expect(a.items).toHaveLength(9);
    expect(a.items.filter((i) => i.status === 'done')).toHaveLength(3);
    expect(a.items.every((i) => i.owner !== null)).toBe(true);
    expect(a.items[1]?.ticket).toBe('Bug 5554823');
    expect(a.ownerSpans.every((s) => s !== null && s.line === s.endLine)).toBe(true);
  });

  it('dfds AMI: 7 top-level bullets, sub-bullets not items', () => {
    const a = actionItems('dfds__PM2022-009-Bad-AWS-EKS-AMI-causing-Kubernetes-issues.md', /^Action Items$/);
    expect(a.items).toHaveLength(7);
    expect(a.spans[0]).toMatchObject({ line: 51, endLine: 54 });
  });

  it('dfds IaC revert: 5 bold titles with their explanations', () => {
    const a = actionItems('dfds__PM2019-011-Hellman-Kubernetes-IaC-accidentally-reverted.md', /^Action Items$/);
    expect(a.items).toHaveLength(5);
    expect(a.items.every((i) => i.rationale !== null)).toBe(true);
    expect(a.items[3]?.title).toBe('Run `terraform plan` in CI step to test commits');
  });

  it('dfds Log4Shell: 6 bullets, a documentation link is not a ticket', () => {
    const a = actionItems('dfds__PM2021-011-Log4Shell.md', /^Action Items$/);
    expect(a.items).toHaveLength(6);
    expect(a.items.every((i) => i.ticket === null)).toBe(true);
  });

  it('k8s: issue links and bracketed references become tickets', () => {
    const flakiness = actionItems('kubernetes-test-infra__2019-05-30-prow-flakiness.md', /^Action items$/);
    expect(flakiness.items.map((i) => i.ticket)).toEqual(['https://github.com/kubernetes/test-infra/issues/12829', null]);
    const outage = actionItems('kubernetes-test-infra__2019-02-05-partial-prow-outage.md', /^Action items$/);
    expect(outage.items.map((i) => [i.title, i.ticket])).toEqual([['Before retrying, ensure the updated branchprotector run is not reverted', '#11134']]);
  });

  it('chia: prose measures, one per line', () => {
    expect(actionItems('chia__2021-10-31-EmployeeCompromise.md', /^Corrective/).items).toHaveLength(3);
    expect(actionItems('chia__2021-05-10-WikiAttack.md', /^Corrective/).items).toHaveLength(1);
  });

  it('templates: no items from empty rows or an empty bullet', () => {
    expect(actionItems('dastergon-templates__michael-kehoe-template.md', /^Action Items/).items).toEqual([]);
    expect(actionItems('dfds__PMyyyy-nnn-Postmortem-template.md', /^Action Items$/).items).toEqual([]);
  });
});
