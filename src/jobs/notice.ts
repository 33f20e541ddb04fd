/** A notice of the practice pass before it is put in the outbox: whom it goes to, and what it says. */
import type { NotificationMessage, PublicChannel } from '../core/channels.js';

/** The notifications of one pass, with their dedupe keys, before they are put in the outbox. */
export interface Planned {
  key: string;
  channels: PublicChannel[];
  /** The people it concerns, as written (author, commander, owner, lead, someone mentioned): they hear of it by e-mail too. */
  people: (string | null)[];
  message: NotificationMessage;
}

/** A link into the web app, when its address is known. */
export function link(publicUrl: string | undefined, path: string): { link: string } | Record<string, never> {
  return publicUrl === undefined ? {} : { link: `${publicUrl.replace(/\/$/, '')}${path}` };
}
