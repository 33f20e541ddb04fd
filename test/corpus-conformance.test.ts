/**
 * Import conformance over the real corpus: every document parses without a crash and yields a title,
 * and for documents checked by hand the timeline and action items come out as counted.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/markdown/parse.js';
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
 * timeline section(s); `resolved` those with a time of day that can be placed in UTC (date-only rows,
 * `HH:mm` and `14:??` placeholders and `[???]` are not); `actions` the top-level items of the action
 * section (a paragraph counts as one item when the section has no list or table).
 */
const HAND_CHECKED: { file: string; timeline: number; resolved: number; actions: number; first?: string; last?: string }[] = [
  { file: 'google-sre-book__example-postmortem-shakespeare-465.md', timeline: 34, resolved: 34, actions: 9, first: '2015-10-21T14:51:00Z', last: '2015-10-21T16:30:00Z' },
  { file: 'dfds__PM2021-011-Log4Shell.md', timeline: 26, resolved: 23, actions: 6 },
  { file: 'kubernetes-test-infra__2019-02-05-partial-prow-outage.md', timeline: 12, resolved: 12, actions: 1, first: '2019-02-05T16:47:00Z' },
  { file: 'kubernetes-test-infra__2019-05-30-prow-flakiness.md', timeline: 11, resolved: 10, actions: 2, last: '2019-05-31T14:00:00Z' },
  { file: 'chia__2021-05-26-website-outage.md', timeline: 11, resolved: 11, actions: 4, first: '2021-05-26T16:49:00Z' },
  { file: 'dfds__PM2022-009-Bad-AWS-EKS-AMI-causing-Kubernetes-issues.md', timeline: 20, resolved: 20, actions: 7, first: '2022-10-29T01:02:00Z', last: '2022-11-02T14:40:00Z' },
  { file: 'chia__2021-10-31-EmployeeCompromise.md', timeline: 23, resolved: 23, actions: 3, first: '2021-11-01T04:33:00Z' },
  { file: 'chia__2022-01-27-Ramp-Card.md', timeline: 18, resolved: 18, actions: 1, first: '2022-01-28T02:34:00Z' },
  { file: 'dfds__PM2021-009-All-services-returning-404-in-Kubernetes.md', timeline: 13, resolved: 13, actions: 6, first: '2021-09-01T11:34:00Z' },
  { file: 'dfds__PM2019-011-Hellman-Kubernetes-IaC-accidentally-reverted.md', timeline: 11, resolved: 11, actions: 5, first: '2019-12-05T03:00:00Z' },
  { file: 'chia__2022-08-19-CATbleed.md', timeline: 16, resolved: 15, actions: 0, first: '2022-06-14T18:00:00Z' },
  { file: 'dfds__PM2024-001-Two-Kubernetes-nodes-went-into-NotReady-state.md', timeline: 28, resolved: 25, actions: 7 },
  { file: 'dfds__PM2025-001-Node-system-resource-starvation-and-scheduling-capacity.md', timeline: 19, resolved: 19, actions: 6, first: '2025-02-27T19:32:00Z' },
  { file: 'mentimeter__0003-most-basic-mortem.md', timeline: 0, resolved: 0, actions: 0 },
  { file: 'dfds__PM2020-004-CoreDNS-upgrade-issue.md', timeline: 3, resolved: 3, actions: 2 },
];

describe('hand-checked corpus documents', () => {
  it.each(HAND_CHECKED)('$file', ({ file, timeline, resolved, actions, first, last }) => {
    const pm = parseCorpus(file).postmortem;
    expect(pm.timeline).toHaveLength(timeline);
    expect(pm.timeline.filter((e) => e.at !== null)).toHaveLength(resolved);
    expect(pm.actionItems).toHaveLength(actions);
    if (first !== undefined) expect(pm.timeline[0]?.at).toBe(first);
    if (last !== undefined) expect(pm.timeline.at(-1)?.at).toBe(last);
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
