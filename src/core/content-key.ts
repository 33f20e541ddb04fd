/** A key of what a postmortem says: whether it changed since a reviewer approved it. */
import { createHash } from 'node:crypto';
import type { Postmortem } from './postmortem.schema.js';

/** The SHA-256 (hex) of the document without its status: moving along the workflow is not an edit, anything else is. */
export function contentKey(pm: Postmortem): string {
  const { status: _status, ...content } = pm;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
