import { describe, expect, it } from 'vitest';
import { ownsItem } from './owns-item.js';

const kim = { email: 'Kim@Example.com', name: 'Kim Park' };

describe('ownsItem', () => {
  it('knows the user by e-mail or by name, in any case, a leading @ and spaces aside', () => {
    expect(ownsItem('kim@example.com', kim)).toBe(true);
    expect(ownsItem(' @kim park ', kim)).toBe(true);
    expect(ownsItem('KIM PARK', kim)).toBe(true);
  });

  it('is false for someone else, no owner, or an empty one', () => {
    expect(ownsItem('Kim', kim)).toBe(false);
    expect(ownsItem(null, kim)).toBe(false);
    expect(ownsItem('  ', { email: 'x@example.com', name: '' })).toBe(false);
  });
});
