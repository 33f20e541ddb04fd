/** Where a ticket of an action item lives: its URL as written, or a tracker key ("OPS-123") put into the instance's template. */

/** A tracker key as Jira, Linear and YouTrack write them: a project key, a dash, a number. */
const TICKET_KEY = /^[A-Z][A-Z0-9_]{0,19}-\d{1,9}$/;

/** A ticket-URL template, or a sentence saying what is wrong with it (for the setting's error). */
export function checkTicketUrlTemplate(template: string): string | null {
  if (!/^https?:\/\/[^\s/]+/i.test(template)) return 'must start with https:// (or http://) and a host';
  if (!template.includes('{key}')) return 'must hold {key} where the ticket key goes, e.g. https://acme.atlassian.net/browse/{key}';
  return null;
}

/** The address a ticket opens: a URL as written, a key through `template` (when there is one), else null. */
export function ticketHref(ticket: string, template: string | null): string | null {
  const written = ticket.trim();
  if (/^https?:\/\//i.test(written)) return written;
  return template !== null && TICKET_KEY.test(written) ? template.replace('{key}', encodeURIComponent(written)) : null;
}
