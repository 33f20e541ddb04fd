/**
 * Password hashing with scrypt (memory-hard, in node:crypto). The parameters are stored with each hash,
 * as `scrypt$N$r$p$salt$hash`, so they can be raised later without invalidating existing passwords.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { fieldError } from './validate.js';

/** Cost parameters of new hashes: 2^15 x 8 x 128 bytes = 32 MiB of memory per hash. */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const MAX_MEMORY = 64 * 1024 * 1024;

/** Passwords shorter than this are refused. */
export const MIN_PASSWORD_LENGTH = 8;
/** Longer passwords are refused too (hashing megabytes on request would be a way to burn CPU). */
const MAX_PASSWORD_LENGTH = 1024;

/**
 * A hash of a random password nobody knows, with the same parameters as real ones: checked against when the
 * e-mail is unknown, so that a wrong e-mail takes as long as a wrong password.
 */
export const DECOY_HASH = 'scrypt$32768$8$1$5ayw9HQo75VYM36PKmXJkw$2AnXA_VO72vJBXHcprNZ1Os4NqVRIxnyOeeEDGu1Muo';

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem: MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Refuses a password that is too short or too long (InputError naming the field `password`). */
export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw fieldError('password', `must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw fieldError('password', `must be at most ${MAX_PASSWORD_LENGTH} characters long`);
  }
}

/** Hashes a password with a fresh salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when the password matches the stored hash (compared in constant time); false for a malformed hash. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined || password.length > MAX_PASSWORD_LENGTH) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
