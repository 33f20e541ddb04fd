import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../markdown/parse.js';
import { lintDocument } from '../engine.js';
import type { LintConfig } from '../types.js';
import { exampleDoc } from './example-doc.js';

function found(ruleId: string, source: string, config: LintConfig = {}) {
  return lintDocument(parseDocument(source), config, 'pm.md').messages.filter((m) => m.ruleId === ruleId);
}

/** The text each finding points at. */
function phrases(ruleId: string, source: string, config: LintConfig = {}): string[] {
  const lines = source.split('\n');
  return found(ruleId, source, config).map((m) => (lines[m.line - 1] ?? '').slice(m.column - 1, m.endColumn - 1));
}

const BLAME = 'blameless/no-blame-language';
const NAMES = 'blameless/no-names-in-analysis';

describe('blameless/no-blame-language', () => {
  it('points at the phrase', () => {
    const source = exampleDoc({ 'What went poorly': '- It was a sloppy rollout.\n- The outage is on the support team.\n- It was Bob’s fault.' });
    expect(phrases(BLAME, source)).toEqual(['sloppy', 'is on the support team']);
    expect(phrases(NAMES, source)).toEqual(['Bob’s fault']);
  });

  it('flags "failed to" only with a person as the subject', () => {
    const source = exampleDoc({
      'Root cause': [
        'The service failed to reconnect.',
        'The on-call engineer failed to page the database team.',
        'She simply failed to notice the alert.',
        '@carol neglected to update the runbook.',
        'Kubernetes failed to schedule the pods.',
        "The config's fault, not a person.",
      ].join('\n'),
    }, 'title: x\nauthor: Dana Ruiz');
    expect(phrases(BLAME, source)).toEqual(['The on-call engineer failed to', 'She simply failed to']);
    expect(phrases(NAMES, source)).toEqual(['@carol neglected to']);
  });

  it('treats a known person as a subject of "failed to"', () => {
    const source = exampleDoc({ 'What went poorly': '- Dana failed to hand over the incident.' }, 'title: x\nauthor: Dana Ruiz');
    expect(phrases(NAMES, source)).toEqual(['Dana failed to']);
    expect(phrases(BLAME, source)).toEqual([]);
  });

  it('scans timeline rows for blame but not for "failed to"', () => {
    const source = exampleDoc({
      Timeline: '| Time (UTC) | Event | Who |\n| --- | --- | --- |\n| 2024-03-01 14:05 | Ana failed to reach the bastion | Ana Lima |\n| 2024-03-01 14:09 | Ana forgot to announce the rollback | Ana Lima |',
    });
    expect(phrases(BLAME, source)).toEqual(['Ana forgot to']);
  });

  it('flags a mistake made a person\'s, in any section', () => {
    const source = exampleDoc({ Summary: 'Checkout was down for an hour. Femi made a silly mistake with the cache flags.', 'What went well': '- The parser made an error on one field, and the retry fixed it.' });
    expect(phrases(BLAME, source)).toEqual(['Femi made a silly mistake']);
  });

  it('skips fenced code, HTML comments and the front matter', () => {
    const source = exampleDoc({ 'What went poorly': '<!-- careless -->\n```\nlog: negligent user\n```\n- Nothing judgemental.' }, 'title: A careless title\nseverity: SEV2');
    expect(found(BLAME, source)).toEqual([]);
  });

  it('does not flag blameless, git blame or the system being at fault', () => {
    const source = exampleDoc({ Summary: 'A blameless review. We ran git blame on the file. It was the cache’s fault.' });
    expect(found(BLAME, source)).toEqual([]);
  });

  it('adds the configured blame words, as whole words', () => {
    const source = exampleDoc({ 'What went poorly': '- The rollout was botched. Botching happens; so does unbotched.' });
    expect(phrases(BLAME, source, { blameWords: ['botched', 'screwed up'] })).toEqual(['botched']);
    expect(found(BLAME, source)).toEqual([]);
  });

  it('gives a systemic rewrite', () => {
    const [msg] = found(BLAME, exampleDoc({ 'Root cause': 'The reviewer should have known.' }));
    expect(msg?.suggestions[0]?.desc).toContain('what signal, at the time, would have shown this?');
  });
});

describe('blameless/no-names-in-analysis', () => {
  const front = 'title: x\nauthor: Dana Ruiz\ncommander: lee';

  it('flags known people and handles as the subject of a failure in the analysis sections', () => {
    const source = exampleDoc({ 'What went poorly': '- Lee missed the page.\n- @sam caused the outage.\n- Dana Ruiz wrote a clear status update.' }, front);
    expect(phrases(NAMES, source)).toEqual(['Lee missed', '@sam caused']);
  });

  it('leaves names alone in the timeline and in what went well, and far from the verb', () => {
    const source = exampleDoc(
      { 'What went well': '- Dana broke the problem down quickly.', 'What went poorly': '- Dana, who had just joined the rotation after a long handover, then failed over.' },
      front,
    );
    expect(found(NAMES, source)).toEqual([]);
  });

  it('matches lower-case names only as written or capitalised, not inside other words', () => {
    const source = exampleDoc({ 'Root cause': 'The fleet missed a heartbeat. Lee forgot the flag.' }, front);
    expect(phrases(NAMES, source)).toEqual(['Lee forgot']);
  });
});
