import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { TimelineEvent } from '../../core/postmortem.schema.js';
import { emptyPostmortem } from '../../core/postmortem.js';
import { formatCanonical } from '../../core/time/index.js';
import { renderMarkdown } from '../render.js';
import { extractTimeline } from './timeline.js';
import { sectionOf } from '../../../test/extract-section.js';
import type { SectionOptions } from '../../../test/extract-section.js';

const UTC = { written: 'UTC', zone: 'UTC', isUtc: true };

function extract(markdown: string, options: SectionOptions = {}) {
  const { section, ctx } = sectionOf(markdown, /./, options);
  const found = extractTimeline(section, ctx);
  return { ...found, diagnostics: ctx.diagnostics };
}

type Unkinded = Omit<TimelineEvent, 'kind'>;

/** An event read from a foreign layout, without its kind: event-kind.ts infers that from the text and is tested on its own. */
function event(fields: Partial<Unkinded> & Pick<TimelineEvent, 'at' | 'written' | 'text'>): Unkinded {
  return { approximate: false, actor: null, source: null, ...fields };
}

function unkinded(events: readonly TimelineEvent[]): Unkinded[] {
  return events.map(({ kind: _kind, ...rest }) => rest);
}

describe('extractTimeline: tables', () => {
  it('reads a dfds table with the zone stated before it, entities and <br> decoded', () => {
    const found = extract(
      [
        '## Timeline',
        '',
        'All times in UTC.',
        '',
        '| Time               | Event                                                  |',
        '| :----------------- | ------------------------------------------------------ |',
        '| 2021-12-10   15:40 | We became aware of it during a call with Peter Taylor  |',
        '| 2021-12-13   11:45 | Jan and John discussing a collaboration with S&amp;O   |',
        '| 2024-03-13 13:49 | Concluded that a dev container fails with OOM. <br>Caused CrashLoopBackOff. |',
      ].join('\n'),
    );
    expect(unkinded(found.events)).toEqual([
      event({ at: '2021-12-10T15:40:00Z', written: '2021-12-10 15:40', text: 'We became aware of it during a call with Peter Taylor' }),
      event({ at: '2021-12-13T11:45:00Z', written: '2021-12-13 11:45', text: 'Jan and John discussing a collaboration with S&O' }),
      event({ at: '2024-03-13T13:49:00Z', written: '2024-03-13 13:49', text: 'Concluded that a dev container fails with OOM. \nCaused CrashLoopBackOff.' }),
    ]);
    expect(found.spans.map((s) => s.line)).toEqual([7, 8, 9]);
    expect(found.diagnostics).toEqual([]);
  });

  it('keeps a template row as an event with no time and reports it', () => {
    const found = extract(
      ['## Timeline', '', 'All times in UTC.', '', '| Time | Event |', '| :--- | --- |', '| 2024-03-13 HH:mm | Short event description. |', '| 2024-03-13 10:01 | Node entered NotReady state. |'].join('\n'),
    );
    expect(found.events.map((e) => [e.at, e.written])).toEqual([
      [null, '2024-03-13 HH:mm'],
      ['2024-03-13T10:01:00Z', '2024-03-13 10:01'],
    ]);
    expect(found.diagnostics).toEqual([
      {
        ruleId: 'timeline/unparsed-time',
        message: 'Time "2024-03-13 HH:mm" could not be read: placeholder "HH:mm"; write it as YYYY-MM-DD HH:MM UTC',
        span: { line: 7, column: 1, endLine: 7, endColumn: 1 },
      },
    ]);
  });

  it('takes a date-only row as an event without a time', () => {
    const found = extract(['## Timeline', '', 'All times in UTC.', '', '| Time | Event |', '|---|---|', '| 2021-12-10         | The Log4Shell vulnerability was published |'].join('\n'));
    expect(unkinded(found.events)).toEqual([event({ at: null, written: '2021-12-10', text: 'The Log4Shell vulnerability was published' })]);
    expect(found.diagnostics.map((d) => d.message)).toEqual([
      'Time "2021-12-10" could not be read: a date without a time of day; write it as YYYY-MM-DD HH:MM UTC',
    ]);
  });

  it('takes the zone from the column header and says what the time is in UTC', () => {
    const found = extract(
      ['## Timeline', '', '| Date and Time in CET | Event |', '|:---|---|', '|   2019-12-04 00:30   | Accidental execution of command that deleted all worker nodes |'].join('\n'),
    );
    expect(found.events.map((e) => e.at)).toEqual(['2019-12-03T23:30:00Z']);
    expect(found.diagnostics).toEqual([
      {
        ruleId: 'timeline/utc',
        message: 'Time "2019-12-04 00:30" is not in UTC: write 2019-12-03 23:30 UTC',
        span: { line: 5, column: 1, endLine: 5, endColumn: 1 },
        suggestion: '2019-12-03 23:30 UTC',
        // Read and stored in UTC: the import report lists it as converted, not as unread.
        outcome: 'converted',
      },
    ]);
  });

  it("reads chia's four-column table: year from the header, date from its column, zone from the Time header", () => {
    const found = extract(
      [
        '## Timeline (all times PT )',
        '',
        '| Day | Date (2021) | Time (PT) | Event |',
        '|-----|-------------|-----------|-------|',
        '| Sun | Oct 31 | 21:33 | Affected user posts in Keybase',
        '| Mon | Nov 1 | 17:00 | The employee starts setting up brand-new hardware for the user',
      ].join('\n'),
    );
    expect(found.events.map((e) => [e.at, e.text])).toEqual([
      ['2021-11-01T04:33:00Z', 'Affected user posts in Keybase'],
      ['2021-11-02T00:00:00Z', 'The employee starts setting up brand-new hardware for the user'],
    ]);
    expect(found.diagnostics.map((d) => d.ruleId)).toEqual(['timeline/utc', 'timeline/utc']);
  });

  it('takes the date and zone from the line before the table (SRE book)', () => {
    const found = extract(
      ['## Timeline', '', '2015-10-21 (*all times UTC*)', '', '| Time  | Description |', '| ----- | ----------- |', '| 14:51 | News reports that a new Shakespearean sonnet has been discovered |', '| 14:55 | docbrown receives pager storm |'].join('\n'),
    );
    expect(found.events.map((e) => [e.at, e.written])).toEqual([
      ['2015-10-21T14:51:00Z', '2015-10-21 14:51'],
      ['2015-10-21T14:55:00Z', '2015-10-21 14:55'],
    ]);
    expect(found.diagnostics).toEqual([]);
  });

  it('takes the actor from a Who column and skips empty template rows (Kehoe)', () => {
    const found = extract(
      ['### Incident Timeline', '| Date/Time | Who/What | Action/ Impact |', '|-----------|----------|----------------|', '|           |          |                |', '| 2024-01-02 10:00 UTC | Andre | Rolled back the release |'].join('\n'),
    );
    expect(unkinded(found.events)).toEqual([event({ at: '2024-01-02T10:00:00Z', written: '2024-01-02 10:00', text: 'Rolled back the release', actor: 'Andre' })]);
  });

  it('ignores tables without a time column and reads at most 50 columns', () => {
    const wide = Array.from({ length: 60 }, (_, i) => `c${i}`);
    const found = extract(
      ['## Timeline', '', '| Metric | Value |', '|---|---|', '| Severity | 1 |', '', `| ${wide.join(' | ')} |`, `|${wide.map(() => '---').join('|')}|`, `| ${wide.join(' | ')} |`].join('\n'),
    );
    expect(found.events).toEqual([]);
  });
});

describe('extractTimeline: lists', () => {
  it('reads k8s bullets with the zone and date stated before them; @handle is the actor', () => {
    const found = extract(
      [
        '## Timeline',
        '',
        'All times in PST, on February 5th 2019',
        '',
        "* [08:47] Prow's auto-generated bump PR is merged, triggering a deploy. **Outage begins.**",
        "* [08:57] @Katharine notices that some GitHub statuses that should've been removed earlier are still ",
        'present and thereby blocking any PR',
      ].join('\n'),
    );
    expect(unkinded(found.events)).toEqual([
      event({ at: '2019-02-05T16:47:00Z', written: '08:47', text: "Prow's auto-generated bump PR is merged, triggering a deploy. **Outage begins.**" }),
      event({
        at: '2019-02-05T16:57:00Z',
        written: '08:57',
        text: "@Katharine notices that some GitHub statuses that should've been removed earlier are still present and thereby blocking any PR",
        actor: 'Katharine',
      }),
    ]);
    expect(found.spans.map((s) => [s.line, s.endLine])).toEqual([[5, 5], [6, 7]]);
    expect(found.diagnostics.map((d) => d.message)).toEqual([
      'Time "08:47" is not in UTC: write 2019-02-05 16:47 UTC',
      'Time "08:57" is not in UTC: write 2019-02-05 16:57 UTC',
    ]);
  });

  it('rolls [23:55] then [07:00] over to the next day', () => {
    const found = extract(['## Timeline', '', '* [23:55] @BenTheElder completes the migration', '* [07:00] Prow is once again merging at its usual rate'].join('\n'), {
      docDate: { year: 2019, month: 5, day: 30 },
      docZone: UTC,
    });
    expect(found.events.map((e) => e.at)).toEqual(['2019-05-30T23:55:00Z', '2019-05-31T07:00:00Z']);
  });

  it('reads posthog bold times under date subheadings', () => {
    const found = extract(
      [
        '## Timeline',
        '',
        '### October 21, 2025 - Redis Overload',
        '',
        '- **21:45 UTC** - Redis memory alert fired',
        '- **22:10 UTC** - Rolled back the cache change',
        '',
        '### October 14, 2025 - Slow ingestion',
        '',
        '- **10:00 UTC** - Customer reports missing events',
      ].join('\n'),
    );
    expect(found.events.map((e) => [e.at, e.written, e.text])).toEqual([
      ['2025-10-21T21:45:00Z', '2025-10-21 21:45', 'Redis memory alert fired'],
      ['2025-10-21T22:10:00Z', '2025-10-21 22:10', 'Rolled back the cache change'],
      ['2025-10-14T10:00:00Z', '2025-10-14 10:00', 'Customer reports missing events'],
    ]);
    expect(found.diagnostics).toEqual([]);
  });

  it('reads rust date subheadings with en dashes', () => {
    const found = extract(['## Timeline', '', '### 2023-07-19', '', '- 12:32 UTC – crates.io starts returning errors', '- 13:05 UTC – Deployed the fix'].join('\n'));
    expect(found.events.map((e) => [e.at, e.text])).toEqual([
      ['2023-07-19T12:32:00Z', 'crates.io starts returning errors'],
      ['2023-07-19T13:05:00Z', 'Deployed the fix'],
    ]);
  });

  it('reads chia 12-hour times with no separator', () => {
    const found = extract(['## Timeline (all times approximate)', '- 04:49 PM UTC Site repo branch Master, was renamed to Main'].join('\n'), { docDate: { year: 2021, month: 5, day: 26 } });
    expect(unkinded(found.events)).toEqual([event({ at: '2021-05-26T16:49:00Z', written: '04:49 PM UTC', text: 'Site repo branch Master, was renamed to Main', approximate: true })]);
  });

  it('keeps nested bullets and fenced logs out of the events (portswigger)', () => {
    const found = extract(
      [
        '## Timeline',
        '',
        'All times UTC.',
        '',
        '- 24-10-2024 08:15 - Deploy of the new proxy starts',
        '  - Canary looked healthy',
        '  ```',
        '  2024-10-24T07:34:22.609730903Z level=error msg="boom"',
        '  ```',
        '- 24-10-2024 08:40 - Rollback completed',
      ].join('\n'),
      { dateOrder: 'dmy' },
    );
    expect(found.events.map((e) => [e.at, e.text])).toEqual([
      ['2024-10-24T08:15:00Z', 'Deploy of the new proxy starts'],
      ['2024-10-24T08:40:00Z', 'Rollback completed'],
    ]);
    expect(found.spans.map((s) => [s.line, s.endLine])).toEqual([[5, 9], [10, 10]]);
  });

  it('takes the text from the indented next line (pypi)', () => {
    const found = extract(['## Timeline', '', '- 2024-06-28 7:09 AM Eastern:', '  An alert fired for the upload endpoint'].join('\n'));
    expect(unkinded(found.events)).toEqual([event({ at: '2024-06-28T11:09:00Z', written: '2024-06-28 7:09 AM Eastern', text: 'An alert fired for the upload endpoint' })]);
  });
});

describe('extractTimeline: dated paragraphs', () => {
  it('reads a date line then times, continuation lines joining the event (chia)', () => {
    const found = extract(
      [
        '## Timeline (all times PST) 7/5/2023-7/6/2023',
        '_7/5/2023_',
        '',
        '12:11 PM: Impersonator directs an email to the first employee.',
        '',
        '12:27 PM: The user reported clicking on a link from LinkedIn. The link prompted for',
        '           login access to microsoft.',
        '1:31 PM: Course of action is to leave the affected laptop off.',
        '',
        '_7/6/23_',
        '',
        '07:05 AM: The attachment has been confirmed clean.',
      ].join('\n'),
      { dateOrder: 'mdy' },
    );
    expect(found.events.map((e) => [e.at, e.text])).toEqual([
      ['2023-07-05T20:11:00Z', 'Impersonator directs an email to the first employee.'],
      ['2023-07-05T20:27:00Z', 'The user reported clicking on a link from LinkedIn. The link prompted for login access to microsoft.'],
      ['2023-07-05T21:31:00Z', 'Course of action is to leave the affected laptop off.'],
      ['2023-07-06T15:05:00Z', 'The attachment has been confirmed clean.'],
    ]);
    expect(found.spans.map((s) => [s.line, s.endLine])).toEqual([[4, 4], [6, 7], [8, 8], [12, 12]]);
  });

  it('reads a date line with the time and the event on the next line (chia)', () => {
    const found = extract(
      [
        '## Timeline (all times UTC) 1/29/24, 2/15/24 - 2/16/24 All times approximations',
        '',
        'January 29, 2024',
        'CNI finance team established a bank connector.',
        '',
        '**Note that the above information is included for context purposes.',
        '',
        'February 15, 2024: 7:56am UTC',
        'CNI Employee received an email from financial institution.',
      ].join('\n'),
    );
    expect(unkinded(found.events)).toEqual([
      event({ at: null, written: 'January 29, 2024', text: 'CNI finance team established a bank connector.', approximate: true }),
      event({ at: '2024-02-15T07:56:00Z', written: 'February 15, 2024: 7:56am UTC', text: 'CNI Employee received an email from financial institution.', approximate: true }),
    ]);
    expect(found.diagnostics.map((d) => d.ruleId)).toEqual(['timeline/unparsed-time']);
  });

  it('reads month-first dash dates before times (01-10-2024 then 7:32 PM)', () => {
    const found = extract(['## Timeline (all times PST)', '', '01-10-2024', '', '7:32 PM - The runner was compromised'].join('\n'), { dateOrder: 'mdy' });
    expect(found.events.map((e) => e.at)).toEqual(['2024-01-11T03:32:00Z']);
  });

  it('reads learningequality and CATbleed timed paragraphs', () => {
    const found = extract(
      ['## Timeline', '', '2018-08-22, 03:26pm: Studio started returning 502s', '', '**June 14th, 2022, 10:00 AM:** Trail Of Bits reported a vulnerability.'].join('\n'),
    );
    expect(found.events.map((e) => [e.at, e.written, e.text])).toEqual([
      ['2018-08-22T15:26:00Z', '2018-08-22, 03:26pm', 'Studio started returning 502s'],
      ['2022-06-14T10:00:00Z', 'June 14th, 2022, 10:00 AM', 'Trail Of Bits reported a vulnerability.'],
    ]);
    expect(found.diagnostics.map((d) => d.message)).toEqual([
      'Time "2018-08-22, 03:26pm" has no time zone; if it is UTC, say so (e.g. "All times UTC" before the timeline)',
      'Time "June 14th, 2022, 10:00 AM" has no time zone; if it is UTC, say so (e.g. "All times UTC" before the timeline)',
    ]);
  });

  it('reads date-only lines as events without a time, the heading making them approximate', () => {
    const found = extract(
      ['## Timeline (all times PST) 10/14/2022 - 11/03/2022. All times approximations', '', '10/14/2022 - A researcher submitted a bug report via bugcrowd.', '', '11/03/202 - Version 1.6.1 was released.'].join('\n'),
    );
    expect(unkinded(found.events)).toEqual([
      event({ at: null, written: '10/14/2022', text: 'A researcher submitted a bug report via bugcrowd.', approximate: true }),
      event({ at: null, written: '11/03/202', text: 'Version 1.6.1 was released.', approximate: true }),
    ]);
    expect(found.diagnostics.map((d) => d.message)).toEqual([
      'Time "10/14/2022" could not be read: a date without a time of day; write it as YYYY-MM-DD HH:MM UTC',
      'Time "11/03/202" could not be read: invalid date "11/03/202"; write it as YYYY-MM-DD HH:MM UTC',
    ]);
  });

  it('reads a GitLab approximate time at the start of running prose', () => {
    const found = extract(['## Timeline', '', '**± 17:20 UTC:** The database team noticed replication lag and', 'started investigating.'].join('\n'), {
      docDate: { year: 2017, month: 1, day: 31 },
    });
    expect(unkinded(found.events)).toEqual([
      event({ at: '2017-01-31T17:20:00Z', written: '2017-01-31 17:20', approximate: true, text: 'The database team noticed replication lag and started investigating.' }),
    ]);
  });

  it('lets a zone written on the line override the timeline zone', () => {
    const found = extract(['## Timeline', '', 'All times UTC.', '', '- 07:56 UTC - Login from a new device', '- 2:56am EST - The email says the login was at this time'].join('\n'), {
      docDate: { year: 2024, month: 2, day: 15 },
    });
    expect(found.events.map((e) => e.at)).toEqual(['2024-02-15T07:56:00Z', '2024-02-15T07:56:00Z']);
    expect(found.diagnostics.map((d) => [d.span.line, d.message])).toEqual([[6, 'Time "2:56am EST" is not in UTC: write 2024-02-15 07:56 UTC']]);
  });

  it('does not take block-height lines or prose for events (chia DustStorm)', () => {
    const found = extract(['## Timeline', '', 'Block based timeline', 'Dust storm times (in block heights):', '1st wave: 1071900 - 1072525'].join('\n'));
    expect(found.events).toEqual([]);
  });
});

describe('extractTimeline: diagnostics', () => {
  it('reports an odd time once, with the problem, and a non-UTC zone once', () => {
    const found = extract(['## Timeline (all times PST)', '', '13:06 PM: The impersonator states that four gift cards are desired.'].join('\n'), { docDate: { year: 2023, month: 7, day: 5 } });
    expect(found.events.map((e) => e.at)).toEqual(['2023-07-05T21:06:00Z']);
    expect(found.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['timeline/unparsed-time', 'Time "13:06 PM" looks wrong (invalid time "13:06 PM" (24-hour time with PM)); it was read as 2023-07-05 21:06 UTC: check it'],
      ['timeline/utc', 'Time "13:06 PM" is not in UTC: write 2023-07-05 21:06 UTC'],
    ]);
  });

  it('reports a placeholder time', () => {
    const found = extract(['## Timeline', '', 'All times in CET.', '', '| Time | Event |', '|---|---|', '| 2019-12-03 --:-- | Surge new deployments |'].join('\n'));
    expect(found.events.map((e) => e.at)).toEqual([null]);
    expect(found.diagnostics.map((d) => d.message)).toEqual(['Time "2019-12-03 --:--" could not be read: placeholder "--:--"; write it as YYYY-MM-DD HH:MM UTC']);
  });

  it('skips lines over 10,000 characters quickly instead of reading them', () => {
    const started = performance.now();
    const found = extract(`## Timeline\n\n- 12:00 ${'x'.repeat(20_000)}\n- ${'9'.repeat(20_000)}\n\n${'1 '.repeat(20_000)}\n\n- 12:05 Short\n`, {
      docDate: { year: 2024, month: 1, day: 1 },
      docZone: UTC,
    });
    expect(found.events.map((e) => e.written)).toEqual(['2024-01-01 12:05']);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('extractTimeline: our own table', () => {
  function rendered(events: TimelineEvent[]): string {
    return renderMarkdown({ ...emptyPostmortem(), title: 'T', timeline: events });
  }

  function readBack(markdown: string) {
    const { section, ctx } = sectionOf(markdown, /^Timeline$/);
    return { ...extractTimeline(section, ctx), diagnostics: ctx.diagnostics };
  }

  it('reads each time cell form', () => {
    const found = extract(
      [
        '## Timeline',
        '',
        '| Time (UTC) | Event | Who | Kind | Source |',
        '| --- | --- | --- | --- | --- |',
        '| 2024-03-01 14:05 | Deploy | jane | change | typed |',
        '| ~2024-03-01 14:06:30 | Alert \\| page | | alert | PagerDuty |',
        '| 2019-02-05 22:20 (14:20 PST) | Rolled back | | bogus | |',
        '| unresolved: 2019-12-03 --:-- | Surge | | | |',
      ].join('\n'),
    );
    expect(found.events).toEqual([
      { at: '2024-03-01T14:05:00Z', written: '2024-03-01 14:05', approximate: false, text: 'Deploy', actor: 'jane', kind: 'change', source: 'typed' },
      { at: '2024-03-01T14:06:30Z', written: '2024-03-01 14:06:30', approximate: true, text: 'Alert | page', actor: null, kind: 'alert', source: 'PagerDuty' },
      { at: '2019-02-05T22:20:00Z', written: '14:20 PST', approximate: false, text: 'Rolled back', actor: null, kind: null, source: null },
      { at: null, written: '2019-12-03 --:--', approximate: false, text: 'Surge', actor: null, kind: null, source: null },
    ]);
    expect(found.diagnostics.map((d) => [d.ruleId, d.span.line])).toEqual([['timeline/unparsed-time', 8]]);
  });

  it('reads a table with our header but hand-written times as a foreign table, in UTC', () => {
    const found = extract(['## Timeline', '', '| Time (UTC) | Event |', '| --- | --- |', '| 2024-03-01 14:05 | Deployed the fix |', '| 2024-03-01 2:10 PM | Rolled back |'].join('\n'));
    expect(unkinded(found.events)).toEqual([
      event({ at: '2024-03-01T14:05:00Z', written: '2024-03-01 14:05', text: 'Deployed the fix' }),
      event({ at: '2024-03-01T14:10:00Z', written: '2024-03-01 2:10 PM', text: 'Rolled back' }),
    ]);
    expect(found.diagnostics).toEqual([]);
  });

  it('reads the two-column form with null actor, kind and source', () => {
    const found = extract(['## Timeline', '', '| Time (UTC) | Event |', '| --- | --- |', '| 2024-03-01 14:05 | Deploy |'].join('\n'));
    expect(found.events).toEqual([{ at: '2024-03-01T14:05:00Z', written: '2024-03-01 14:05', approximate: false, text: 'Deploy', actor: null, kind: null, source: null }]);
    expect(found.diagnostics).toEqual([]);
  });

  it('round-trips what the renderer writes', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 25 }).map((s) => s.trim());
    const instant = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
      .map((d) => d.toISOString().replace(/\.000Z$/, 'Z'));
    const arbitrary = fc.record({
      at: fc.option(instant, { nil: null }),
      written: text.filter((w) => w !== ''),
      approximate: fc.boolean(),
      text,
      actor: fc.option(text.filter((s) => s !== ''), { nil: null }),
      kind: fc.constantFrom('change', 'alert', 'mitigation', 'resolution', null),
      source: fc.option(text.filter((s) => s !== ''), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbitrary, { minLength: 1, maxLength: 4 }), (events) => {
        const found = readBack(rendered(events));
        expect(found.events).toEqual(events);
        expect(found.diagnostics.filter((d) => d.ruleId === 'timeline/utc')).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('keeps the written time only when it differs from the canonical text', () => {
    const at = '2024-03-01T14:05:00Z';
    const markdown = rendered([{ at, written: formatCanonical(at), approximate: false, text: 'x', actor: null, kind: null, source: null }]);
    expect(markdown).toContain('| 2024-03-01 14:05 | x |');
    expect(readBack(markdown).events[0]?.written).toBe('2024-03-01 14:05');
  });
});
