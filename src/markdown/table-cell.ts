/** Writing and reading one cell of a GFM table so that any text survives the round trip. */

/** Text made safe for one table cell: pipes and backslashes escaped, line breaks as `<br>`. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** The text of a cell as `escapeCell` wrote it (raw cell source, without the surrounding pipes). */
export function unescapeCell(raw: string): string {
  const text = raw.trim();
  if (!text.includes('<') && !text.includes('\\')) return text;
  return text.replace(/<br\s*\/?>/gi, '\n').replace(/\\([\\|])/g, '$1');
}

/** Splits one table row's source into raw cells, honouring `\|` escapes; leading/trailing pipes dropped. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  const trimmed = line.trim();
  const s = trimmed.startsWith('|') ? trimmed.slice(1) : trimmed;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x5c && i + 1 < s.length) i++;
    else if (code === 0x7c) {
      cells.push(s.slice(start, i));
      start = i + 1;
    }
  }
  const current = s.slice(start);
  if (current.trim() !== '' || !trimmed.endsWith('|')) cells.push(current);
  return cells;
}
