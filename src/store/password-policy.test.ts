import { expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { checkPasswordStrength } from './password-policy.js';

it.each([
  ['12345678', /at least 12 characters/],
  ['        ', /at least 12 characters/],
  ['            ', /too easy to guess: Repeated characters/],
  ['123456789012', /too easy to guess/],
  ['passwordpassword', /too easy to guess/],
  ['qwertyuiop123', /too easy to guess/],
  ['iloveyou12345', /too easy to guess/],
  ['x'.repeat(1025), /at most 1024/],
])('refuses %j, saying why', async (password, why) => {
  const error: unknown = await checkPasswordStrength(password).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).toMatch(why);
  expect((error as InputError).details).toEqual([{ path: 'password', message: expect.any(String) }]);
});

it('refuses a password made of the account\u2019s own e-mail or name', async () => {
  await expect(checkPasswordStrength('ana.lopez@example.com1', ['ana.lopez@example.com', 'Ana Lopez'])).rejects.toThrow(/too easy to guess/);
  await expect(checkPasswordStrength('Ana Lopez 2026', ['ana.lopez@example.com', 'Ana Lopez'])).rejects.toThrow(/personal/);
});

it.each(['correct horse battery', 'a long passphrase', 'Tr0ub4dor&3-zebra'])('accepts %j', async (password) => {
  await expect(checkPasswordStrength(password, ['ana@example.com', 'Ana'])).resolves.toBeUndefined();
});
