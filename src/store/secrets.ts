/** Random ids, tokens and session secrets, and the one-way hash under which tokens and sessions are stored. */
import { createHash, randomBytes } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A new id such as `pm-k3x9q2m7va`: the prefix, a dash and 10 random lower-case base32 characters (50 bits). */
export function newId(prefix: string): string {
  // 256 is a multiple of 32, so each byte's low five bits are uniformly random.
  return `${prefix}-${Array.from(randomBytes(10), (b) => BASE32[b & 31]).join('')}`;
}

/** 32 random bytes, base64url: a secret that cannot be guessed (session ids, CSRF tokens). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The prefix of every API token, so that leaked tokens are easy to recognise and scan for. */
export const TOKEN_PREFIX = 'dbr_';

/** A new API token: `dbr_` and a secret. */
export function newToken(): string {
  return `${TOKEN_PREFIX}${newSecret()}`;
}

/** SHA-256, hex: how tokens and session ids are stored (they are random, so no salt or slow hash is needed). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
