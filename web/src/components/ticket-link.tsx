/** A ticket as a link: a URL as written, a key ("OPS-123") through the instance's ticket URL; plain text otherwise. */
import { useEffect, useState } from 'react';
import { ticketHref } from '../../../src/core/ticket-link.js';
import { getSettings } from '../api/settings.js';
import { safeUrl } from '../markdown/safe-url.js';

/** The ticket; opens in a new tab. */
export function TicketLink({ ticket }: { ticket: string }) {
  const [template, setTemplate] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    getSettings().then(
      (settings) => live && setTemplate(settings.ticketUrl),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const href = ticketHref(ticket, template);
  const url = href === null ? null : safeUrl(href);
  return url === null ? (
    <>{ticket}</>
  ) : (
    <a href={url} target="_blank" rel="noopener noreferrer nofollow">
      {ticket}
    </a>
  );
}
