/** Short quotations of document text for messages. */
import { collapseSpaces } from '../core/spaces.js';

/** The text on one line, cut to `max` characters with an ellipsis, in double quotes. */
export function quote(text: string, max = 60): string {
  const flat = collapseSpaces(text).trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
