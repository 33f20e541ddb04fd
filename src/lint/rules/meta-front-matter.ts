/**
 * meta/front-matter: front matter that cannot be read, or metadata values that are not what the key
 * needs (a severity that is not one, a time that is not a time). The parser reports these; this rule
 * only carries the id, the default severity and the documented examples.
 */
import type { Rule } from '../types.js';
import { exampleDoc } from './example-doc.js';

/** The rule object: readable metadata (reported by the parser). */
export const frontMatter: Rule = {
  id: 'meta/front-matter',
  description:
    'Front matter that cannot be read (broken YAML or TOML, a fence never closed), or a metadata value the key cannot take (`severity: urgent`, `started: yesterday`, `kind: big`). The field is ignored until it is fixed. Reported by the parser.',
  defaultSeverity: 'warn',
  check: () => undefined,
  examples: {
    valid: [exampleDoc({ Summary: 'Checkout failed for 45 minutes.' }, 'title: Checkout outage\nseverity: SEV2\nstarted: 2024-03-01T14:05:00Z')],
    invalid: [{ source: exampleDoc({ Summary: 'Checkout failed for 45 minutes.' }, 'title: Checkout outage\nseverity: urgent\nstarted: yesterday'), messages: 2 }],
  },
};
