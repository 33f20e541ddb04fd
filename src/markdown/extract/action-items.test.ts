import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { ActionItem } from '../../core/postmortem.schema.js';
import { emptyPostmortem, newActionItem } from '../../core/postmortem.js';
import { renderMarkdown } from '../render.js';
import { extractActionItems } from './action-items.js';
import { sectionOf } from '../../../test/extract-section.js';

function extract(markdown: string) {
  const { section, ctx } = sectionOf(markdown, /./);
  return { ...extractActionItems(section, ctx), ctx };
}

function item(fields: Partial<ActionItem> & { title: string }): ActionItem {
  return { ...newActionItem(fields.title), ...fields };
}

describe('extractActionItems: our own table', () => {
  it('reads every column exactly', () => {
    const found = extract(
      [
        '## Action items',
        '',
        '| ID | Action | Owner | Due | Priority | Status | Ticket | Why | Verification |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| AI-1 | Alert when checkout p99 > 2s for 5 min | jane | 2024-05-01 | P1 | in progress | OPS-12 | We learnt of it from customers | Fire a test alert |',
        "|  | Add a \\| pipe and a \\\\ backslash<br>and a second line |  |  |  | won't do |  |  |  |",
      ].join('\n'),
    );
    expect(found.items).toEqual([
      item({ id: 'AI-1', title: 'Alert when checkout p99 > 2s for 5 min', owner: 'jane', due: '2024-05-01', priority: 'P1', status: 'in_progress', ticket: 'OPS-12', rationale: 'We learnt of it from customers', verification: 'Fire a test alert' }),
      item({ title: 'Add a | pipe and a \\ backslash\nand a second line', status: 'wont_do' }),
    ]);
    expect(found.spans.map((s) => s.line)).toEqual([5, 6]);
    expect(found.ownerSpans[0]).toEqual({ line: 5, column: 51, endLine: 5, endColumn: 55 });
    expect(found.ownerSpans[1]).toBeNull();
  });

  it('round-trips what the renderer writes', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.trim());
    const nullable = fc.option(text.filter((s) => s !== ''), { nil: null });
    const arbitrary = fc.record({
      id: nullable,
      title: text.filter((s) => s !== ''),
      rationale: nullable,
      owner: nullable,
      due: nullable,
      priority: fc.constantFrom('P1', 'P2', 'P3', null),
      status: fc.constantFrom('open', 'in_progress', 'done', 'verified', 'wont_do'),
      ticket: nullable,
      verification: nullable,
    });
    fc.assert(
      fc.property(fc.array(arbitrary, { minLength: 1, maxLength: 4 }), (items) => {
        const markdown = renderMarkdown({ ...emptyPostmortem(), title: 'T', actionItems: items });
        const { section, ctx } = sectionOf(markdown, /^Action items$/);
        expect(extractActionItems(section, ctx).items).toEqual(items);
      }),
      { numRuns: 60 },
    );
  });

  it('reads the table without the optional ID, Why and Verification columns', () => {
    const found = extract(['## Action items', '', '| Action | Owner | Due | Priority | Status | Ticket |', '|---|---|---|---|---|---|', '| Rotate keys | jane |  | P2 | done |  |'].join('\n'));
    expect(found.items).toEqual([item({ title: 'Rotate keys', owner: 'jane', priority: 'P2', status: 'done' })]);
  });
});

describe('extractActionItems: foreign tables', () => {
  it('reads the SRE book table with **DONE**/**TODO** in the Bug cell', () => {
    const found = extract(
      [
        '## Action Items',
        '',
        '| Action Item | Type | Owner | Bug |',
        '| ----------- | ---- | ----- | --- |',
        '| Update playbook with instructions for responding to cascading failure | mitigate | jennifer | n/a **DONE** |',
        '| Use flux capacitor to balance load between clusters | prevent | martym | Bug 5554823 **TODO** |',
      ].join('\n'),
    );
    expect(found.items).toEqual([
      item({ title: 'Update playbook with instructions for responding to cascading failure', owner: 'jennifer', status: 'done' }),
      item({ title: 'Use flux capacitor to balance load between clusters', owner: 'martym', ticket: 'Bug 5554823' }),
    ]);
  });

  it('keeps unknown owners as written and decodes entities (status-im)', () => {
    const found = extract(
      [
        '## Action Items',
        '',
        '| Action Item | Type | Owner | Reference | Notes |',
        '|---|---|---|---|---|',
        '| Ask S&amp;O for a contact | process | ?? | | **TODO** |',
        '| Monitor the bootnodes | prevent | jakubgs | https://github.com/status-im/infra/issues/12 | **DONE** |',
      ].join('\n'),
    );
    expect(found.items).toEqual([
      item({ title: 'Ask S&O for a contact', owner: '??' }),
      item({ title: 'Monitor the bootnodes', owner: 'jakubgs', status: 'done', ticket: 'https://github.com/status-im/infra/issues/12' }),
    ]);
  });

  it('maps the Kehoe template columns and skips its empty rows', () => {
    const found = extract(
      [
        '### Action Items & Followups',
        '| Action Item | Type (Mitigate/ Prevent/ Process/ Other) | Who | Priority | Bug # | Due Date |',
        '|-------------|------------------------------------------|-----|----------|-------|----------|',
        '|             |                                          |     |          |       |          |',
        '| Add a canary | Prevent | Andre | P2 | JIRA-88 | 2024-06-01 |',
        '|             |                                          |     |          |       |          |',
      ].join('\n'),
    );
    expect(found.items).toEqual([item({ title: 'Add a canary', owner: 'Andre', priority: 'P2', ticket: 'JIRA-88', due: '2024-06-01' })]);
    expect(found.spans).toEqual([{ line: 5, column: 1, endLine: 5, endColumn: 1 }]);
  });
});

describe('extractActionItems: lists', () => {
  it('reads dfds bold titles with an explanation as rationale', () => {
    const found = extract(
      [
        '## Action Items',
        '',
        '- **Implement priority-classes for critical workloads**: It can happen even in none resource starved states.',
        '',
        '- **Run `terraform plan` in CI step to test commits**: A `terraform plan` command should be run in CI.',
      ].join('\n'),
    );
    expect(found.items.map((i) => [i.title, i.rationale])).toEqual([
      ['Implement priority-classes for critical workloads', 'It can happen even in none resource starved states.'],
      ['Run `terraform plan` in CI step to test commits', 'A `terraform plan` command should be run in CI.'],
    ]);
    expect(found.spans.map((s) => [s.line, s.endLine])).toEqual([[3, 3], [5, 5]]);
  });

  it('makes one item per top-level item and folds labelled sub-bullets (posthog)', () => {
    const found = extract(
      [
        '## Action items',
        '',
        '1. **Add alerting on replication lag** Owner: @lucasheriques',
        '   - Why: we found out from customers',
        '   - Due: 2025-11-01',
        '   - Dashboards already exist',
        '1. **HIGH** Rotate the leaked token — @jane',
        '   - [#1234](https://github.com/PostHog/posthog/issues/1234)',
      ].join('\n'),
    );
    expect(found.items).toEqual([
      item({ title: 'Add alerting on replication lag', owner: '@lucasheriques', rationale: 'we found out from customers', due: '2025-11-01' }),
      item({ title: 'Rotate the leaked token', owner: '@jane', priority: 'P1' }),
    ]);
    expect(found.spans.map((s) => [s.line, s.endLine])).toEqual([[3, 6], [7, 8]]);
    expect(found.ownerSpans).toEqual([
      { line: 3, column: 47, endLine: 3, endColumn: 61 },
      { line: 7, column: 39, endLine: 7, endColumn: 44 },
    ]);
  });

  it('reads checkboxes, priorities, owners, due dates and tickets', () => {
    const found = extract(
      [
        '## Follow-ups',
        '',
        '- [ ] P2 Write the failover runbook (owner: Jane Doe) by 2024-05-01 ABC-123',
        '- [x] **MEDIUM** Add load shedding, Owner: docbrown, Due: 2024-04-01 (#88)',
        '- LOW Tidy the dashboards in owner/repo#12',
      ].join('\n'),
    );
    expect(found.items).toEqual([
      item({ title: 'Write the failover runbook ABC-123', owner: 'Jane Doe', due: '2024-05-01', priority: 'P2', ticket: 'ABC-123' }),
      item({ title: 'Add load shedding', owner: 'docbrown', due: '2024-04-01', priority: 'P2', status: 'done', ticket: '#88' }),
      item({ title: 'Tidy the dashboards in owner/repo#12', priority: 'P3', ticket: 'owner/repo#12' }),
    ]);
  });

  it('reads GitLab issue links and bare URLs', () => {
    const found = extract(
      [
        '## Improving Recovery Procedures',
        '',
        '- [Prometheus monitoring for backups (#1095)](https://gitlab.com/gitlab-com/infrastructure/issues/1095)',
        '- https://github.com/scrtlabs/SecretNetwork/issues/123',
        '- Create and/or fix monitoring so that the oncall gets paged',
        '  ([#12829](https://github.com/kubernetes/test-infra/issues/12829))',
      ].join('\n'),
    );
    expect(found.items.map((i) => [i.title, i.ticket])).toEqual([
      ['Prometheus monitoring for backups (#1095)', 'https://gitlab.com/gitlab-com/infrastructure/issues/1095'],
      ['https://github.com/scrtlabs/SecretNetwork/issues/123', 'https://github.com/scrtlabs/SecretNetwork/issues/123'],
      ['Create and/or fix monitoring so that the oncall gets paged', 'https://github.com/kubernetes/test-infra/issues/12829'],
    ]);
  });

  it('does not take sub-bullets for items (dfds)', () => {
    const found = extract(
      [
        '## Action Items',
        '',
        '- Improve coverage of readiness/liveness probes',
        '    - Reach out to teams with suggestions about readiness/liveness probes',
        '    - Create dashboard  for readiness/liveness probe coverage',
        '- Modify infrastructure-modules to allow specifying a particular AMI',
        '-',
      ].join('\n'),
    );
    expect(found.items.map((i) => i.title)).toEqual([
      'Improve coverage of readiness/liveness probes',
      'Modify infrastructure-modules to allow specifying a particular AMI',
    ]);
  });

  it('ignores an introduction paragraph when there is a list', () => {
    const found = extract(['## Next steps', '', 'We will:', '', '- Add a canary stage'].join('\n'));
    expect(found.items.map((i) => i.title)).toEqual(['Add a canary stage']);
  });
});

describe('extractActionItems: horizons and prose', () => {
  it('applies horizon subheadings', () => {
    const found = extract(
      [
        '## Remediation',
        '',
        '### Immediate Actions (Completed)',
        '',
        '- Increased Redis memory',
        '',
        '### Short-term Improvements ([Follow along here](https://github.com/PostHog/posthog/issues/1))',
        '',
        '- Add eviction alerts',
        '',
        '### Long-term Improvements (Target: Q4 2025 - Q1 2026)',
        '',
        '- Move sessions off Redis',
        '- Split the cache Due: 2025-12-01',
      ].join('\n'),
    );
    expect(found.items.map((i) => [i.title, i.status, i.due])).toEqual([
      ['Increased Redis memory', 'done', null],
      ['Add eviction alerts', 'open', null],
      ['Move sessions off Redis', 'open', 'Q4 2025 - Q1 2026'],
      ['Split the cache', 'open', '2025-12-01'],
    ]);
  });

  it('makes each paragraph of a prose-only section an item', () => {
    const found = extract(
      [
        '## What is being done about this?',
        '',
        'We are adding a second replica so that a single failure no longer takes',
        'the service down.',
        '',
        'We will also page the on-call engineer when backups fail.',
      ].join('\n'),
    );
    expect(found.items.map((i) => i.title)).toEqual([
      'We are adding a second replica so that a single failure no longer takes the service down.',
      'We will also page the on-call engineer when backups fail.',
    ]);
    expect(found.spans.map((s) => [s.line, s.endLine])).toEqual([[3, 4], [6, 6]]);
  });

  it('splits a paragraph whose every line is a sentence of its own (chia)', () => {
    const found = extract(
      [
        '## Corrective and Preventative Measure',
        '',
        'Develop better techniques in questioning the end-user.',
        'Hire a professional SecOps person and create formal processes/guidance for security incidents.',
        'Add a feature to the Chia Graphical User Interface (GUI).',
      ].join('\n'),
    );
    expect(found.items).toHaveLength(3);
    expect(found.spans.map((s) => s.line)).toEqual([3, 4, 5]);
  });

  it('reads only the first 5,000 lines of a huge section', () => {
    const lines = ['## Action Items', ''];
    for (let i = 0; i < 6000; i++) lines.push(`- Item ${i}`, '');
    const found = extract(lines.join('\n'));
    expect(found.items.length).toBeLessThan(2600);
    expect(found.items.length).toBeGreaterThan(2400);
  });

  it('keeps a very long item whole without looking for fields', () => {
    const long = `Owner: x ${'a '.repeat(3000)}`;
    const found = extract(`## Action Items\n\n- ${long}\n`);
    expect(found.items[0]?.owner).toBeNull();
    expect(found.items[0]?.title).toBe(long.trim());
  });
});
