/** Content negotiation for the one resource served in two forms: JSON (default) and Markdown. */

interface Preference {
  type: string;
  q: number;
}

function preferences(accept: string): Preference[] {
  return accept.split(',').map((part) => {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return { type, q: Number.isFinite(q) ? q : 0 };
  });
}

/**
 * True when the Accept header asks for `text/markdown` over JSON: Markdown must be named, and weigh at least
 * as much as any wildcard and more than an explicit `application/json`. Without an Accept header, JSON.
 */
export function prefersMarkdown(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const prefs = preferences(accept);
  const weight = (types: readonly string[]) => Math.max(0, ...prefs.filter((p) => types.includes(p.type)).map((p) => p.q));
  const markdown = weight(['text/markdown']);
  return markdown > 0 && markdown >= weight(['text/*', '*/*']) && markdown > weight(['application/json']);
}
