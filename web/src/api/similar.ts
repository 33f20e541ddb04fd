/** Similar past incidents of a postmortem over HTTP. */
import { sendJson } from './http.js';
import type { SimilarPostmortem } from './types.js';

/** The postmortems most similar to `id` that the user may read, best first, each with why. */
export async function getSimilar(id: string, limit: number, signal?: AbortSignal): Promise<SimilarPostmortem[]> {
  const answer = await sendJson<{ items: SimilarPostmortem[] }>(`/api/v1/postmortems/${encodeURIComponent(id)}/similar?limit=${limit}`, signal === undefined ? {} : { signal });
  return answer.items;
}
