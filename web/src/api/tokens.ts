/** API tokens: yours (list, make — the secret is answered once — and revoke), and for admins everyone's. */
import type { Role } from '../../../src/core/access.js';
import { send, sendJson } from './http.js';
import type { CreatedToken, Token } from './types.js';

const BASE = '/api/v1/tokens';

/** The signed-in user's tokens, or with `everyone` (admins) every user's, newest first. */
export async function listTokens(everyone = false): Promise<Token[]> {
  return (await sendJson<{ items: Token[] }>(everyone ? `${BASE}?all=true` : BASE)).items;
}

/** Makes a token for the signed-in user, optionally capped at a lesser role; the answer holds its secret, this once. */
export function createToken(request: { name: string; expiresInDays?: number; role?: Role }): Promise<CreatedToken> {
  return sendJson(BASE, { method: 'POST', body: request });
}

/** Revokes a token: it authenticates nothing from now on. */
export async function revokeToken(id: string): Promise<void> {
  await send(`${BASE}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
