import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from './rules-doc.js';
import { RULES } from './rules/index.js';

describe('docs/rules.md', () => {
  it('documents every rule with its severity and examples', () => {
    const doc = renderRulesDoc(RULES);
    for (const rule of RULES) {
      expect(doc).toContain(`## ${rule.id}\n\nDefault severity: **${rule.defaultSeverity}**`);
      for (const example of rule.examples.invalid) expect(doc).toContain(example.source.trimEnd());
      for (const example of rule.examples.valid) expect(doc).toContain(example.trimEnd());
    }
  });

  it('is up to date with the rules (regenerate with -u)', async () => {
    await expect(renderRulesDoc(RULES)).toMatchFileSnapshot('../../docs/rules.md');
  });
});
