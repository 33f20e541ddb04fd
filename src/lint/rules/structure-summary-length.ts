/** structure/summary-length: a summary of two or three sentences — not empty, not an essay. */
import { countWords } from '../../core/spaces.js';
import { locate } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { exampleDoc } from './example-doc.js';

const ID = 'structure/summary-length';
const MAX_SENTENCES = 5;
const MAX_WORDS = 120;
const SENTENCE_END = /[.!?]+(?=\s|$)/g;

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

function check(ctx: RuleContext): void {
  const { doc } = ctx;
  const text = doc.postmortem.summary.trim();
  const span = locate(doc, ['summary'], ['summary']);
  if (text === '') {
    if (doc.sections.some((s) => s.role === 'summary')) {
      ctx.report({ message: 'The summary is empty: write two or three sentences on what happened, the impact and the fix.', span, suggestion: 'E.g. "From 14:05 to 14:50 UTC checkout failed for 12% of users after release 4.2 locked the orders table. We rolled back and added a migration check."' });
    }
    return;
  }
  const words = countWords(text);
  const sentences = Math.max(1, count(text, SENTENCE_END));
  if (sentences <= MAX_SENTENCES && words <= MAX_WORDS) return;
  ctx.report({
    message: `The summary has ${sentences} sentences and ${words} words: keep it to two or three sentences (what happened, the impact, the fix) for readers who will read nothing else; move detail to the sections below.`,
    span,
  });
}

/** The rule object: a short summary. */
export const summaryLength: Rule = {
  id: ID,
  description: `A summary that is empty (when the document has a Summary section) or longer than ${MAX_SENTENCES} sentences or ${MAX_WORDS} words. Two or three sentences is ideal: what happened, the impact, the fix.`,
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [exampleDoc({ Summary: 'From 14:05 to 14:50 UTC checkout failed for 12% of users after release 4.2 locked the orders table. We rolled back and added a migration check.' })],
    invalid: [
      { source: exampleDoc({ Summary: '' }), messages: 1 },
      { source: exampleDoc({ Summary: 'Checkout failed. Users saw errors. We paged the on-call. The on-call rolled back. Errors stopped. We wrote this. We learned a lot.' }), messages: 1 },
    ],
  },
};
