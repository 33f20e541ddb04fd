/** Short quotations of document text for messages. */

/** The text on one line, cut to `max` characters with an ellipsis, in double quotes. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
