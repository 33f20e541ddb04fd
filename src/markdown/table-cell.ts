/** Writing and reading one cell of a GFM table so that any text survives the round trip. */

/** Text made safe for one table cell: pipes and backslashes escaped, line breaks as `<br>`. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** The text of a cell as `escapeCell` wrote it (raw cell source, without the surrounding pipes). */
export function unescapeCell(raw: string): string {
  return raw
    .trim()
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\\([\\|])/g, '$1');
}

/** Splits one table row's source into raw cells, honouring `\|` escapes; leading/trailing pipes dropped. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && i + 1 < s.length) {
      current += ch + s[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '' || !line.trim().endsWith('|')) cells.push(current);
  return cells;
}
