import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { open, parseSecretKey, seal } from './secret-box.js';

describe('secret box (AES-256-GCM under DEBRIEF_SECRET_KEY)', () => {
  const key = randomBytes(32);

  it('seals a secret so that only the same key and row open it, with a fresh nonce each time', () => {
    const sealed = seal(key, 'int-a', 'hunter2-hunter2-hunter2');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('hunter2');
    expect(seal(key, 'int-a', 'hunter2-hunter2-hunter2')).not.toBe(sealed);
    expect(open(key, 'int-a', sealed)).toBe('hunter2-hunter2-hunter2');
    expect(() => open(randomBytes(32), 'int-a', sealed)).toThrow(/does not open with this DEBRIEF_SECRET_KEY/);
    // Copied to another row, it does not open either (the row's id is authenticated with it).
    expect(() => open(key, 'int-b', sealed)).toThrow(InputError);
    const [v, nonce, tag, body = ''] = sealed.split('.');
    const flipped = `${v}.${nonce}.${tag}.${body.slice(0, -2)}${body.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(() => open(key, 'int-a', flipped)).toThrow(InputError);
  });

  it('reads the key from the environment: absent is none, malformed names the variable and how to make one', () => {
    expect(parseSecretKey(undefined)).toBeNull();
    expect(parseSecretKey('  ')).toBeNull();
    expect(parseSecretKey(key.toString('base64'))?.equals(key)).toBe(true);
    expect(parseSecretKey(key.toString('base64url'))?.equals(key)).toBe(true);
    expect(() => parseSecretKey(randomBytes(16).toString('base64'))).toThrow('DEBRIEF_SECRET_KEY must be the base64 of exactly 32 random bytes (it decodes to 16); make one with: openssl rand -base64 32');
    expect(() => parseSecretKey('not base64 at all!')).toThrow(/DEBRIEF_SECRET_KEY must be the base64 of exactly 32 random bytes \(it decodes to 0\)/);
  });
});
