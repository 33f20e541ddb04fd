/**
 * Limits on password checks, counted in the database so that every instance counts together: per account (an
 * attacker trying many passwords for one e-mail) and per client address (one address trying many e-mails). An attempt
 * is counted before its password is hashed, and a refused one costs no hashing at all; a successful one is taken
 * back, so that only failures use the allowance up.
 */
import { RateLimitedError } from '../core/errors.js';
import type { Store } from '../store/store.types.js';

/** One limit: at most `max` attempts per fixed window of `windowMs`. */
interface Limit {
  max: number;
  windowMs: number;
}

/** The limits of sign-ins and password changes (failures that count against them). */
export const SIGN_IN_LIMITS = {
  /** Per e-mail tried, from anywhere: then the account is locked until the window ends. */
  account: { max: 10, windowMs: 15 * 60_000 },
  /** Per client address, whatever e-mails it tries. */
  address: { max: 50, windowMs: 10 * 60_000 },
} as const satisfies Record<string, Limit>;

/** A counted attempt: let through (`takeBack()` uncounts it: it succeeded, or no password was checked), or refused. */
export type SignInAttempt =
  | { allowed: true; takeBack(): Promise<void> }
  | {
      allowed: false;
      refusal: RateLimitedError;
      /** True for the refusal that first used an allowance up in its window (audited once, not each time). */
      first: boolean;
    };

/** One limit's counter for one subject in the current window. */
interface Window {
  key: string;
  expiresAt: number;
  max: number;
}

/** The counter key and window end of one limit for one subject at `now`. */
function windowOf(kind: string, subject: string, limit: Limit, now: number): { key: string; expiresAt: number } {
  const index = Math.floor(now / limit.windowMs);
  return { key: `signin:${kind}:${subject}@${index}`, expiresAt: (index + 1) * limit.windowMs };
}

/** The refusal of an attempt whose windows' totals are over their limits (none when all are within). */
function refusalFor(windows: readonly Window[], totals: ReadonlyMap<string, number>, now: number): Exclude<SignInAttempt, { allowed: true }> | null {
  const over = windows.filter((w) => (totals.get(w.key) ?? 0) > w.max);
  if (over.length === 0) return null;
  const seconds = Math.max(...over.map((w) => Math.ceil((w.expiresAt - now) / 1000)));
  const what = over.some((w) => w.key.startsWith('signin:account:')) ? 'for this account' : 'from this address';
  return {
    allowed: false,
    refusal: new RateLimitedError(`Too many failed sign-ins ${what}; try again in ${seconds} s.`, seconds),
    first: over.some((w) => totals.get(w.key) === w.max + 1),
  };
}

/**
 * Counts a sign-in attempt for an e-mail from an address; refused when either allowance is used up. The counts are
 * read first: once a window is over its limit (the first refusal has been counted), refusing a flood of further tries
 * writes nothing (a commit per try was what held the server up under a burst).
 */
export async function countSignInAttempt(store: Store, email: string, address: string): Promise<SignInAttempt> {
  const now = store.now();
  const windows: Window[] = [
    { ...windowOf('account', email.trim().toLowerCase(), SIGN_IN_LIMITS.account, now), max: SIGN_IN_LIMITS.account.max },
    { ...windowOf('address', address, SIGN_IN_LIMITS.address, now), max: SIGN_IN_LIMITS.address.max },
  ];
  const counted = refusalFor(windows, await store.readCounters(windows.map((w) => w.key)), now);
  if (counted !== null) return { ...counted, first: false };
  const totals = await store.addToCounters(windows.map(({ key, expiresAt }) => ({ key, amount: 1, expiresAt })));
  return (
    refusalFor(windows, totals, now) ?? {
      allowed: true,
      takeBack: async () => void (await store.addToCounters(windows.map(({ key, expiresAt }) => ({ key, amount: -1, expiresAt })))),
    }
  );
}
