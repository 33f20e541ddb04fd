/** Finding the zone a document states for its times, in a sentence, a heading or a column header. */
import { parseZone, ZONE_TOKEN_SOURCE, type ZoneInfo } from './zones.js';

const MAX_SCAN = 10_000;
/** Every statement form mentions a time word or opens a parenthesis: most lines fail this at once. */
const MAY_STATE_ZONE = /tim|zone|\(/i;
/**
 * Implied by any line that passes both MAY_STATE_ZONE and STATEMENT, and far more selective
 * ('timeouts' fails it): tested first, so most prose with a time word never reaches STATEMENT.
 */
const STATEMENT_HINT = /time(?:s|stamps?)?\s|\(|time\s?zone|hours\s/i;

/**
 * Three ways of stating a zone, each capturing the zone token:
 * 'All times in UTC.' / 'Date and Time in CET' / 'times are PDT';
 * a parenthesis '(UTC)', '(*all times UTC*)', '( All times EDT )';
 * 'Time zone: CET'.
 */
const STATEMENT = new RegExp(
  [
    `\\b(?:all\\s+)?(?:times?|timestamps?|hours|datetimes?|date-times?)\\s+(?:(?:are|is|given|shown|listed|written|stated)\\s+)?(?:(?:in|as)\\s+)?(${ZONE_TOKEN_SOURCE})`,
    `\\(\\s*[*_]{0,2}\\s*(?:(?:all\\s+)?times?\\s+(?:are\\s+)?(?:in\\s+)?)?(${ZONE_TOKEN_SOURCE})\\s*[*_]{0,2}\\s*\\)`,
    `\\btime\\s?zone\\s*(?:[:=]|is)?\\s*(${ZONE_TOKEN_SOURCE})`,
  ].join('|'),
  'gi',
);

/**
 * The zone stated in a line of prose, a heading or a table header ('All times PDT.',
 * 'Timeline (all times PST) 10/14/2022 - 11/03/2022', 'Time (PT)', 'Date and Time in CET');
 * null when the text states none. A zone word elsewhere in prose ('Eastern grid') is not a statement.
 */
export function findZoneStatement(text: string): ZoneInfo | null {
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  if (!STATEMENT_HINT.test(scanned) || !MAY_STATE_ZONE.test(scanned)) return null;
  for (const m of scanned.matchAll(STATEMENT)) {
    const token = m[1] ?? m[2] ?? m[3];
    const zone = token === undefined ? null : parseZone(token);
    if (zone !== null) return zone;
  }
  return null;
}
