import { describe, expect, it } from 'vitest';
import { PROMPTS, templatePromptIn } from './template-prompts.js';

describe('templatePromptIn', () => {
  it.each([
    ['a whole prompt', PROMPTS.summary, PROMPTS.summary],
    ['a prompt in other case, emphasis and without its full stop', '*what broke, why it broke, and why the safeguards we had did not stop it*', PROMPTS.rootCause],
    ['a long prompt with words typed after it', `${PROMPTS.actionVerification}: TBD`, PROMPTS.actionVerification],
    ['a long prompt left in a long paragraph', `Checkout failed for 12% of users for 40 minutes after release 4.2. **${PROMPTS.summary.toUpperCase()}**`, PROMPTS.summary],
    ['a long prompt wrapped over lines in a long paragraph', `Checkout failed for 12% of users for 40 minutes after release 4.2 went out. ${PROMPTS.summary.replace(/ (\S+ \S+)$/, '\n$1').replace(/ affected/, '\naffected')}`, PROMPTS.summary],
    ['a short prompt as the whole text', 'Why did the service fail?', PROMPTS.whys],
    ['the follow-up why of earlier templates', 'Why did that happen?', 'Why did that happen?'],
  ])('finds %s', (_name, text, prompt) => {
    expect(templatePromptIn(text)).toBe(prompt);
  });

  it.each([
    ['a why that asks the prompt and answers it', 'Why did the service fail? The disk filled because log rotation was off.'],
    ['a follow-up why with its answer', 'Why did that happen? The alert threshold was above the disk size.'],
    ['a short prompt inside a sentence', 'Nothing we did not expect happened; what we did not expect was the retry storm.'],
    ['empty text', ''],
  ])('leaves alone %s', (_name, text) => {
    expect(templatePromptIn(text)).toBeNull();
  });
});
