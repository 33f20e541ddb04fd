import { describe, expect, it } from 'vitest';
import { trieSource } from './regex-trie.js';

describe('trieSource', () => {
  it('matches exactly the strings given, longest first', () => {
    const re = new RegExp(`^(?:${trieSource(['re', 'reboot', 'resolved', 'resolve', 'a.b'])})$`);
    for (const s of ['re', 'reboot', 'resolved', 'resolve', 'a.b']) expect(re.test(s)).toBe(true);
    for (const s of ['r', 'reb', 'resolv', 'axb', '']) expect(re.test(s)).toBe(false);
    expect(new RegExp(trieSource(['re', 'resolved'])).exec('resolved!')?.[0]).toBe('resolved');
  });

  it('shares prefixes instead of listing every string', () => {
    expect(trieSource(['reboot', 'restart'])).toBe('re(?:boot|start)');
  });
});
