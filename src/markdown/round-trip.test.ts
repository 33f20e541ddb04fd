import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionStatusSchema,
  eventKindSchema,
  factorCategorySchema,
  kindSchema,
  postmortemSchema,
  prioritySchema,
  severitySchema,
  statusSchema,
  detectionMethodSchema,
  type Postmortem,
  type TimelineEvent,
} from '../core/postmortem.schema.js';
import { formatCanonical } from '../core/time/index.js';
import { readsAsField } from './metadata.js';
import { parseDocument } from './parse.js';
import { renderMarkdown } from './render.js';
import { CORPUS_POSTMORTEMS } from '../../test/corpus.js';

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const prose = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((p) => p.join('\n\n'));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const instant = fc
  .integer({ min: Date.UTC(2015, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 })
  .map((s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z'));
const ticket = fc.oneof(fc.stringMatching(/^[A-Z]{2,4}-[1-9]\d{0,3}$/), fc.integer({ min: 1, max: 999 }).map((n) => `#${n}`));

const event: fc.Arbitrary<TimelineEvent> = fc
  .record({
    at: optional(instant),
    asWritten: fc.option(fc.constantFrom('14:20 PST', '2:56am EST', '[13:26]', 'June 14th, 2022, 10:00 AM'), { nil: null }),
    approximate: fc.boolean(),
    text: sentence,
    actor: optional(word),
    kind: optional(fc.constantFrom(...eventKindSchema.options)),
    source: optional(fc.constantFrom('typed', 'pagerduty', 'slack')),
  })
  .map(({ at, asWritten, ...rest }) => ({
    ...rest,
    at,
    written: asWritten ?? (at === null ? 'HH:mm' : formatCanonical(at)),
  }));

/** Another team's front-matter keys (`url`, `keywords`, `company`), with YAML's kinds of values. */
const frontMatterValue = fc.oneof(sentence, fc.integer(), fc.boolean(), fc.constant(null), fc.array(word, { maxLength: 3 }), fc.dictionary(word, sentence, { maxKeys: 2 }));
const extraFrontMatter = fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{1,12}$/).filter((key) => !readsAsField(key)), frontMatterValue, { maxKeys: 3 });

const postmortem: fc.Arbitrary<Postmortem> = fc
  .record({
    id: optional(fc.integer({ min: 1, max: 9999 }).map((n) => `PM-${n}`)),
    title: sentence,
    severity: optional(fc.constantFrom(...severitySchema.options)),
    status: fc.constantFrom(...statusSchema.options),
    kind: fc.constantFrom(...kindSchema.options),
    author: optional(sentence),
    commander: optional(sentence),
    services: fc.array(word, { maxLength: 3 }),
    teams: fc.array(word, { maxLength: 3 }),
    tags: fc.array(word, { maxLength: 3 }),
    restricted: fc.boolean(),
    times: fc.record({
      startedAt: optional(instant),
      detectedAt: optional(instant),
      acknowledgedAt: optional(instant),
      mitigatedAt: optional(instant),
      resolvedAt: optional(instant),
    }),
    detection: fc.record({ method: optional(fc.constantFrom(...detectionMethodSchema.options)), by: optional(word) }),
    summary: fc.oneof(fc.constant(''), prose),
    whatHappened: fc.oneof(fc.constant(''), prose),
    impact: fc.record({
      text: fc.oneof(fc.constant(''), prose),
      usersAffected: optional(fc.constantFrom('12%', '3,400 users', '120')),
      errorRate: optional(fc.constantFrom('4.5%', '1 in 20 requests')),
      failedTransactions: optional(fc.constantFrom('1,203', '0')),
      revenueImpact: optional(fc.constant('$1,200')),
      supportTickets: optional(fc.constant('37')),
      slaTarget: optional(fc.constant('99.9%')),
      slaAchieved: optional(fc.constant('99.82%')),
      dataLoss: optional(fc.constantFrom('none', '14 minutes of writes')),
      securityExposure: optional(fc.constant('none')),
    }),
    timeline: fc.array(event, { maxLength: 6 }),
    rootCause: fc.oneof(fc.constant(''), prose),
    whys: fc.array(sentence, { maxLength: 5 }),
    contributingFactors: fc.array(
      fc.record({
        text: sentence,
        category: optional(fc.constantFrom(...factorCategorySchema.options)),
        actionItems: fc.array(fc.integer({ min: 1, max: 9 }).map((n) => `AI-${n}`), { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    wentWell: fc.array(sentence, { maxLength: 3 }),
    wentPoorly: fc.array(sentence, { maxLength: 3 }),
    surprises: fc.array(sentence, { maxLength: 3 }),
    luckyBreaks: fc.array(sentence, { maxLength: 3 }),
    lessons: fc.array(sentence, { maxLength: 3 }),
    actionItems: fc.array(
      fc.record({
        id: optional(fc.integer({ min: 1, max: 9 }).map((n) => `AI-${n}`)),
        title: sentence,
        rationale: optional(sentence),
        owner: optional(sentence),
        due: optional(fc.oneof(instant.map((i) => i.slice(0, 10)), fc.constantFrom('next sprint', 'Q3'))),
        priority: optional(fc.constantFrom(...prioritySchema.options)),
        status: fc.constantFrom(...actionStatusSchema.options),
        ticket: optional(ticket),
        verification: optional(sentence),
      }),
      { maxLength: 5 },
    ),
    review: fc.record({
      reviewers: fc.array(word, { maxLength: 2 }),
      meetingAt: optional(instant),
      attendees: fc.array(word, { maxLength: 3 }),
      approvals: fc.array(fc.record({ by: word, at: optional(instant) }), { maxLength: 2 }),
    }),
    otherSections: fc.array(fc.record({ heading: word.map((w) => `Appendix ${w}`), body: fc.oneof(fc.constant(''), prose) }), { maxLength: 2 }),
    extraFrontMatter,
  })
  .map((pm) => postmortemSchema.parse(pm));

describe('Debrief format round trip', () => {
  it('render then parse gives back the same postmortem', () => {
    fc.assert(
      fc.property(postmortem, (pm) => {
        const parsed = parseDocument(renderMarkdown(pm));
        expect(parsed.diagnostics.filter((d) => d.ruleId === 'meta/front-matter')).toEqual([]);
        expect(parsed.postmortem).toEqual(pm);
        expect(parsed.format).toBe('debrief');
      }),
      { numRuns: 300 },
    );
  });

  it('parse, render, parse gives the same JSON for generated documents', () => {
    fc.assert(
      fc.property(postmortem, (pm) => {
        const once = parseDocument(renderMarkdown(pm)).postmortem;
        expect(parseDocument(renderMarkdown(once)).postmortem).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });
});

describe('foreign documents convert losslessly', () => {
  it.each(CORPUS_POSTMORTEMS)('%s: parse, render, parse gives the same JSON', (file) => {
    const source = readFileSync(file, 'utf8');
    const first = parseDocument(source, { filePath: file }).postmortem;
    const second = parseDocument(renderMarkdown(first), { filePath: file }).postmortem;
    expect(second).toEqual(first);
  });
});

describe('front matter of other teams', () => {
  it('keeps keys it has no field for, and a date, through Markdown and back', () => {
    const source = ['---', 'title: Checkout outage', 'date: 2024-03-10', 'url: https://example.com/pm/7', 'keywords: [checkout, dns]', 'company: Acme', '---', '', '## Summary', '', 'DNS broke.'].join('\n');
    const first = parseDocument(source).postmortem;
    expect(first.extraFrontMatter).toEqual({ date: '2024-03-10', url: 'https://example.com/pm/7', keywords: ['checkout', 'dns'], company: 'Acme' });
    expect(parseDocument(renderMarkdown(first)).postmortem).toEqual(first);
  });

  it('keeps the dates and tables of TOML front matter as text and mappings', () => {
    const source = ['+++', 'title = "Crates outage"', 'date = 2023-07-20', '[extra]', 'team = "infra"', '+++', '', '## Summary', '', 'Crates broke.'].join('\n');
    const pm = parseDocument(source).postmortem;
    expect(pm.extraFrontMatter).toEqual({ date: '2023-07-20', extra: { team: 'infra' } });
    expect(parseDocument(renderMarkdown(pm)).postmortem.extraFrontMatter).toEqual(pm.extraFrontMatter);
  });
});

describe('real documents in the corpus are present', () => {
  it('finds the corpus beside the repository', () => {
    expect(CORPUS_POSTMORTEMS.length).toBeGreaterThan(50);
  });
});
