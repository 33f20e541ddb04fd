/** Filters that match by the start of a word list's entry ("pay" finds payments-gateway), the same on both engines. */
import { sql, type RawBuilder } from 'kysely';

/** The prefix as a LIKE pattern: `%`, `_` and `\` match themselves (escaped with `\`). */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column LIKE 'prefix%' ESCAPE '\'`: true for values that start with `prefix` (values and prefix are lower case). */
export function startsWith(column: string, prefix: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${likePrefix(prefix)} escape '\\'`;
}
