import { describe, expect, it } from 'vitest';
import { movedListAddress } from './moved-list.js';

const at = (href: string) => new URL(href, 'https://debrief.example.com');

describe('movedListAddress', () => {
  it('sends an old address of the list, with its filters and order, to /postmortems', () => {
    expect(movedListAddress(at('/?q=cache&status=final&sort=-duration'))).toBe('/postmortems?q=cache&status=final&sort=-duration');
    expect(movedListAddress(at('/?tag=sorting'))).toBe('/postmortems?tag=sorting');
  });

  it('leaves the dashboard alone, and every other page', () => {
    expect(movedListAddress(at('/'))).toBeNull();
    expect(movedListAddress(at('/?utm_source=mail'))).toBeNull();
    expect(movedListAddress(at('/postmortems?q=cache'))).toBeNull();
    expect(movedListAddress(at('/action-items?owner=kim'))).toBeNull();
  });
});
