/** Reading a postmortem that may have gone, or be hidden from the reader, since something pointed at it. */
import { ForbiddenError, NotFoundError } from '../../core/errors.js';
import type { Postmortem } from '../../core/postmortem.schema.js';
import type { Actor, Store } from '../../store/store.types.js';

/** The postmortem as `reader` may see it, or null when it is gone or hidden from them. */
export async function readablePostmortem(store: Store, reader: Actor, id: string): Promise<Postmortem | null> {
  try {
    return (await store.getPostmortem(reader, id)).postmortem;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
    throw error;
  }
}
