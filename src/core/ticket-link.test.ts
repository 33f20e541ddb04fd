import { describe, expect, it } from 'vitest';
import { checkTicketUrlTemplate, ticketHref } from './ticket-link.js';

describe('ticketHref', () => {
  const template = 'https://acme.atlassian.net/browse/{key}';

  it('links a URL as written, and a key through the template', () => {
    expect(ticketHref(' https://github.com/acme/api/issues/12 ', template)).toBe('https://github.com/acme/api/issues/12');
    expect(ticketHref('OPS-123', template)).toBe('https://acme.atlassian.net/browse/OPS-123');
  });

  it('leaves text that is no key, and keys without a template, unlinked', () => {
    expect(ticketHref('OPS-123', null)).toBeNull();
    for (const text of ['see the board', 'ops-12', 'OPS-', '#412']) expect(ticketHref(text, template)).toBeNull();
  });
});

describe('checkTicketUrlTemplate', () => {
  it('takes an http(s) URL with {key}, and says what is missing otherwise', () => {
    expect(checkTicketUrlTemplate('https://acme.atlassian.net/browse/{key}')).toBeNull();
    expect(checkTicketUrlTemplate('https://acme.atlassian.net/browse/')).toMatch(/must hold \{key\}/);
    expect(checkTicketUrlTemplate('javascript:alert({key})')).toMatch(/must start with https:\/\//);
  });
});
