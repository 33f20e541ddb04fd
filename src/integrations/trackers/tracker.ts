/** What Debrief asks of a tracker, whichever it is: create a ticket, read its state, open or close it, and check the connection. */
import type { TicketDraft, TicketRef, TicketState } from '../../core/trackers.js';

/** A client of one tracker integration (its settings and credential bound in). Failures throw TrackerError. */
export interface TrackerClient {
  /** Creates a ticket from a draft (an assignee whose e-mail matches no account is left out, and said so in `notes`). */
  create(draft: TicketDraft): Promise<TicketRef & { notes: string[] }>;
  /** The ticket's state now. */
  read(externalId: string): Promise<TicketState>;
  /** Opens or closes the ticket (no-op when it already is). */
  setOpen(externalId: string, open: boolean): Promise<TicketState>;
  /** Checks the credential and the configured project, team or repository; says what it found. */
  check(): Promise<string>;
}
