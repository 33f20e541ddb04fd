/** Which link and image addresses a document may carry: web, mail and relative addresses, nothing that runs. */

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** True when the text holds a control character or a backslash (browsers drop or rewrite them, hiding a scheme). */
function hasHiddenCharacters(url: string): boolean {
  return [...url].some((c) => c.charCodeAt(0) < 0x20 || c === '\\');
}

/** The address when it is safe to put in href/src, else null (javascript:, data:, vbscript:, protocol-relative…). */
export function safeUrl(raw: string): string | null {
  const url = raw.trim();
  if (url === '' || url.startsWith('//') || hasHiddenCharacters(url)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme === undefined) return url;
  return ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`) ? url : null;
}

/**
 * The host (`cdn.example.com:8443`) of an absolute http(s) address, which an image must not be loaded from: it would
 * tell whoever runs that host who read the document, and when. Null for an address on this site (a relative one).
 */
export function remoteHost(url: string): string | null {
  if (!/^https?:/i.test(url)) return null;
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
