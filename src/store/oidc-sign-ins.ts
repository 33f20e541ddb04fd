/**
 * Sign-ins under way at the identity provider: the nonce and PKCE verifier of each, kept server-side under the hash
 * of its state (the state itself is in the browser's cookie), taken once by the callback and only before they expire.
 */
import { isoAt } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import { sha256Hex } from './secrets.js';
import type { StoreContext } from './store-context.js';
import type { PendingSignIn } from './store.types.js';

/** Keeps a sign-in until `ttlMs` from now; clears expired ones on the way. */
export async function saveSignIn({ db, dialect }: Connection, context: StoreContext, pending: PendingSignIn, ttlMs: number): Promise<void> {
  const now = context.clock();
  await dialect.writeTransaction(db, async (trx) => {
    await trx.deleteFrom('oidc_sign_ins').where('expires_at', '<=', isoAt(now)).execute();
    await trx
      .insertInto('oidc_sign_ins')
      .values({ state_hash: sha256Hex(pending.state), nonce: pending.nonce, code_verifier: pending.codeVerifier, expires_at: isoAt(now + ttlMs) })
      .execute();
  });
}

/** Takes (and removes) the sign-in of a state: null when unknown, already taken, or expired. */
export async function takeSignIn({ db }: Connection, context: StoreContext, state: string): Promise<PendingSignIn | null> {
  const row = await db.deleteFrom('oidc_sign_ins').where('state_hash', '=', sha256Hex(state)).returning(['nonce', 'code_verifier', 'expires_at']).executeTakeFirst();
  if (row === undefined || row.expires_at <= isoAt(context.clock())) return null;
  return { state, nonce: row.nonce, codeVerifier: row.code_verifier };
}
