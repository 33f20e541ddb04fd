/** docs/rules.md, generated from the rules themselves so the documentation and the tested examples never drift. */
import { firstSentence } from './first-sentence.js';
import type { Rule } from './types.js';

function fence(source: string): string {
  const longest = Math.max(2, ...[...source.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}markdown\n${source.trimEnd()}\n${ticks}`;
}

function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

function ruleSection(rule: Rule): string {
  const parts = [`## ${rule.id}`, `Default severity: **${rule.defaultSeverity}**`, rule.description];
  rule.examples.invalid.forEach((example, i) => {
    const count = `${example.messages} message${example.messages === 1 ? '' : 's'}`;
    parts.push(`### Bad${rule.examples.invalid.length > 1 ? ` (${i + 1})` : ''} — ${count}`, fence(example.source));
  });
  rule.examples.valid.forEach((example, i) => {
    parts.push(`### Good${rule.examples.valid.length > 1 ? ` (${i + 1})` : ''}`, fence(example));
  });
  return parts.join('\n\n');
}

/** The whole rules reference in Markdown. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const index = rules.map((r) => `| [\`${r.id}\`](#${anchor(r.id)}) | ${r.defaultSeverity} | ${firstSentence(r.description).replace(/\|/g, '\\|')} |`);
  const intro = [
    '# Lint rules',
    '<!-- Generated from src/lint/rules/*.ts by src/lint/rules-doc.test.ts: edit the rules, then run `npx vitest run src/lint/rules-doc.test.ts -u`. -->',
    '`debrief lint` checks postmortems against the practice of blameless, actionable reviews. Every example below runs as a test: each "Bad" document gives exactly the stated number of messages from its rule, each "Good" document none.',
    '## Configuration',
    'Put `.debriefrc.yaml`, `.debriefrc.yml`, `.debriefrc.json` or `debrief.config.json` next to the postmortems or in any directory above them (the nearest one wins), or pass `--config FILE`:',
    '```yaml\nrules:\n  action-items/ticket: off        # off | warn | error\n  rca/depth: error\nblameWords: [botched, screwed up]  # extra blame words\nteamNames: [Payments, Checkout]    # owners that are teams\nmaxActionItems: 5                  # default 7\n```',
    'Silence a finding where it is deliberate (a quote from a chat log, say):',
    fence('<!-- debrief-disable-next-line blameless/no-blame-language -->\n> "who deployed this?" — from the incident channel\n\n<!-- debrief-disable timeline/utc -->\n…\n<!-- debrief-enable timeline/utc -->'),
    'With no rule named, every rule is silenced; text after ` -- ` in the comment is a reason and is ignored. Findings the parser reports (`timeline/utc`, `timeline/unparsed-time`, `meta/front-matter`) are configured and silenced the same way.',
    '## Rules',
    ['| Rule | Default | What it catches |', '| --- | --- | --- |', ...index].join('\n'),
  ];
  return `${[...intro, ...rules.map(ruleSection)].join('\n\n')}\n`;
}
