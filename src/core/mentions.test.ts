import { describe, expect, it } from 'vitest';
import { mentionHandles, splitAtMentions } from './mentions.js';

const TEXT = 'Thanks @ana. Ask @bo@x.io, mail x@y.com (@carol) or @ana';

describe('mentions', () => {
  it('finds each handle once, a name or a whole e-mail, and never the domain of an address in the text', () => {
    expect(mentionHandles(TEXT)).toEqual(['ana', 'bo@x.io', 'carol']);
  });

  it('cuts a text around the same mentions, the mentions at odd places', () => {
    const parts = splitAtMentions(TEXT);
    expect(parts.filter((_, i) => i % 2 === 1)).toEqual(['@ana.', '@bo@x.io', '@carol', '@ana']);
    expect(parts.join('')).toBe(TEXT);
  });
});
