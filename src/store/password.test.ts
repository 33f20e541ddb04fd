import { expect, it } from 'vitest';
import { createHashingPool } from './hashing-pool.js';
import { BusyError } from '../core/errors.js';
import { decoyHash, hashPassword, needsRehash, OWASP_SCRYPT_COST, passwordMatches } from './password.js';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

it('hashes at OWASP\u2019s cost (scrypt N=2^17, r=8, p=1) by default, with a fresh salt, stored with the parameters', async () => {
  const one = await hashPassword('correct horse battery');
  expect(one).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  expect(await passwordMatches('correct horse battery', one)).toBe(true);
  expect(await passwordMatches('correct horse batterz', one)).toBe(false);
  expect(needsRehash(one)).toBe(false);
});

it('makes a new salt each time, and hashes at the cost it is given', async () => {
  const [one, two] = await Promise.all([hashPassword('correct horse', CHEAP), hashPassword('correct horse', CHEAP)]);
  expect(one).toMatch(/^scrypt\$1024\$8\$1\$/);
  expect(one).not.toBe(two);
});

it('reads the parameters from the stored hash, so older costs keep working, and says they need a new hash', async () => {
  const { scryptSync } = await import('node:crypto');
  const salt = Buffer.from('0123456789abcdef');
  const old = `scrypt$1024$8$1$${salt.toString('base64url')}$${scryptSync('pässword'.normalize('NFC'), salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64url')}`;
  expect(await passwordMatches('pässword', old)).toBe(true);
  expect(await passwordMatches('pässword'.normalize('NFD'), old)).toBe(true);
  expect(needsRehash(old)).toBe(true);
  expect(needsRehash(old, CHEAP)).toBe(false);
  expect(needsRehash(old, { ...CHEAP, r: 16 })).toBe(true);
  expect(needsRehash('plain-text')).toBe(true);
});

it('never matches a malformed hash or a decoy, and the decoy costs what a real hash costs', async () => {
  expect(await passwordMatches('x', 'plain-text')).toBe(false);
  expect(await passwordMatches('x', 'scrypt$0$8$1$abc$def')).toBe(false);
  expect(await passwordMatches('', decoyHash())).toBe(false);
  expect(decoyHash()).toMatch(new RegExp(`^scrypt\\$${OWASP_SCRYPT_COST.N}\\$8\\$1\\$`));
  expect(decoyHash(CHEAP)).toMatch(/^scrypt\$1024\$8\$1\$/);
});

it('hashes on threads of its own, so the event loop and libuv\u2019s pool stay free meanwhile', async () => {
  const pool = createHashingPool(1);
  const started = performance.now();
  const hashing = pool.derive('correct horse battery', Buffer.alloc(16), 32, OWASP_SCRYPT_COST);
  // A timer fires on time while the hash runs elsewhere.
  const timerAt = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 20));
  const { readFile } = await import('node:fs/promises');
  await readFile(new URL(import.meta.url));
  const fileReadAt = performance.now();
  await hashing;
  const doneAt = performance.now();
  expect(timerAt - started).toBeLessThan(200);
  expect(fileReadAt).toBeLessThan(doneAt);
});

it('refuses work beyond its queue with BusyError (Retry-After), and finishes the rest', async () => {
  const pool = createHashingPool(1, 2);
  const jobs = Array.from({ length: 5 }, () => pool.derive('x', Buffer.alloc(16), 32, CHEAP));
  const outcomes = await Promise.allSettled(jobs);
  expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
  const refused = outcomes[3] as PromiseRejectedResult;
  expect(refused.reason).toBeInstanceOf(BusyError);
  expect((refused.reason as BusyError).retryAfterSeconds).toBeGreaterThan(0);
  // Once the queue has drained, it takes work again.
  await expect(pool.derive('x', Buffer.alloc(16), 32, CHEAP)).resolves.toHaveLength(32);
});
