/**
 * Password hashing with scrypt (memory-hard, in node:crypto), on the hashing pool's own threads. The parameters are
 * stored with each hash, as `scrypt$N$r$p$salt$hash`, so they can be raised later: a hash below today's cost is
 * replaced at the next successful sign-in (`needsRehash`).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hashingPool, type ScryptCost } from './hashing-pool.js';
import { MAX_PASSWORD_LENGTH } from './password-policy.js';

/** OWASP's Password Storage Cheat Sheet (2025): N = 2^17 (128 MiB), r = 8, p = 1. */
export const OWASP_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/** The parts of a stored hash, or null when it is not one of ours. */
function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; hash: Buffer } | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined || rest.length > 0) return null;
  if (![cost.N, cost.r, cost.p].every((v) => Number.isSafeInteger(v) && v > 0)) return null;
  return { cost, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

/** Hashes a password with a fresh salt at `cost`. */
export async function hashPassword(password: string, cost: ScryptCost = OWASP_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await hashingPool().derive(password, salt, KEY_BYTES, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * A stand-in hash at `cost` that no password matches: checked against when the e-mail is unknown (or the account
 * disabled), so that those answers take as long as a wrong password.
 */
export function decoyHash(cost: ScryptCost = OWASP_SCRYPT_COST): string {
  return ['scrypt', cost.N, cost.r, cost.p, 'ZGVicmllZi1kZWNveS1zYWx0', randomBytes(KEY_BYTES).toString('base64url')].join('$');
}

/** True when the password matches the stored hash (compared in constant time); false for a malformed hash. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === null || password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await hashingPool().derive(password, parsed.salt, KEY_BYTES, parsed.cost);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** True when a stored hash was made at a lower cost than `cost` (or is not ours): hash the password again. */
export function needsRehash(stored: string, cost: ScryptCost = OWASP_SCRYPT_COST): boolean {
  const parsed = parseHash(stored);
  return parsed === null || parsed.cost.N < cost.N || parsed.cost.r < cost.r || parsed.cost.p < cost.p;
}
