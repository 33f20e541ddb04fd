import { expect, it } from 'vitest';
import { DECOY_HASH, hashPassword, passwordMatches } from './password.js';

it('hashes with scrypt N=2^15, r=8, p=1 and a fresh salt, stored with the parameters', async () => {
  const [one, two] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);
  expect(one).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  expect(one).not.toBe(two);
  expect(await passwordMatches('correct horse', one)).toBe(true);
  expect(await passwordMatches('correct horsf', one)).toBe(false);
});

it('reads the parameters from the stored hash, so older costs keep working', async () => {
  // A hash made with N=2^10 (cheaper than today's cost).
  const { scryptSync } = await import('node:crypto');
  const salt = Buffer.from('0123456789abcdef');
  const old = `scrypt$1024$8$1$${salt.toString('base64url')}$${scryptSync('pässword'.normalize('NFC'), salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64url')}`;
  expect(await passwordMatches('pässword', old)).toBe(true);
  expect(await passwordMatches('pässword'.normalize('NFD'), old)).toBe(true);
});

it('never matches a malformed hash or the decoy', async () => {
  expect(await passwordMatches('x', 'plain-text')).toBe(false);
  expect(await passwordMatches('', DECOY_HASH)).toBe(false);
});
