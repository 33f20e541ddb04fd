/**
 * Secrets at rest: AES-256-GCM under the instance's key (DEBRIEF_SECRET_KEY, the base64 of 32 random bytes), each
 * sealed with a fresh 96-bit nonce and bound to the row it belongs to (its id is the additional data, so a sealed
 * secret copied to another row does not open). Sealed form: `v1.<nonce>.<tag>.<ciphertext>`, each part base64url.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { InputError } from '../core/errors.js';

/** The environment variable that holds the key. */
export const SECRET_KEY_VARIABLE = 'DEBRIEF_SECRET_KEY';

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const VERSION = 'v1';

/** The key of a DEBRIEF_SECRET_KEY value; null when it is absent or empty; InputError naming the variable when malformed. */
export function parseSecretKey(value: string | undefined): Buffer | null {
  if (value === undefined || value.trim() === '') return null;
  const text = value.trim();
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    throw new InputError(`${SECRET_KEY_VARIABLE} must be the base64 of exactly ${KEY_BYTES} random bytes (it decodes to ${key.length}); make one with: openssl rand -base64 32`);
  }
  return key;
}

/** InputError for a secret that cannot be stored because the instance has no key. */
export function noSecretKey(what: string): InputError {
  return new InputError(`${what} cannot be stored: set ${SECRET_KEY_VARIABLE} (the base64 of 32 random bytes, e.g. from "openssl rand -base64 32") in the server's and the CLI's environment, then try again`);
}

/** Seals a secret for the row `boundTo`. */
export function seal(key: Buffer, boundTo: string, secret: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** Opens a sealed secret of the row `boundTo`; InputError when the key is not the one it was sealed with (or it was altered). */
export function open(key: Buffer, boundTo: string, sealed: string): string {
  const [version, nonce, tag, body] = sealed.split('.');
  try {
    if (version !== VERSION || nonce === undefined || tag === undefined || body === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new InputError(`the secret of ${boundTo} does not open with this ${SECRET_KEY_VARIABLE}: it was stored under another key (set the key it was stored with, or set the secret again)`);
  }
}
