import { promisify } from 'node:util';
import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors.js';
import { addressProblem, checkTarget } from './ssrf-guard.js';

const closed = { allowPrivate: false };
const open = { allowPrivate: true };

describe('ssrf guard', () => {
  it('lets public unicast addresses through, and IPv4-mapped forms of them', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(addressProblem(address, closed)).toBeUndefined();
  });

  it('refuses private, loopback, unique-local and CGNAT addresses unless private addresses are allowed', () => {
    for (const address of ['10.0.0.1', '172.16.5.4', '192.168.1.1', '127.0.0.1', '::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'fc00::1', 'fd12:3456::1', '100.64.0.1']) {
      expect(addressProblem(address, closed), address).toMatch(/allowed only when an admin allows private addresses/);
      expect(addressProblem(address, open), address).toBeUndefined();
    }
  });

  it('never lets link-local (cloud metadata), unspecified, multicast, broadcast, reserved or IPv4-embedding IPv6 addresses through', () => {
    for (const address of ['169.254.169.254', 'fe80::1', '0.0.0.0', '::', '224.0.0.1', 'ff02::1', '255.255.255.255', '240.0.0.1', '2002:7f00:1::1', '64:ff9b::7f00:1', '::ffff:169.254.169.254']) {
      expect(addressProblem(address, open), address).toMatch(/is never called$/);
    }
  });

  it('checks URLs: scheme, credentials, and every address the host resolves to', async () => {
    const refused = async (url: string, policy = closed) => {
      const error = await checkTarget(url, policy).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, url).toBeInstanceOf(InputError);
      expect((error as InputError).details).toEqual([{ path: 'url', message: expect.any(String) }]);
      return (error as InputError).message;
    };
    expect(await refused('http://127.0.0.1:8080/hook')).toBe('url: 127.0.0.1 is a loopback address (allowed only when an admin allows private addresses)');
    expect(await refused('http://10.0.0.1/hook')).toMatch(/10\.0\.0\.1 is a private address/);
    expect(await refused('http://169.254.169.254/latest/meta-data/', open)).toMatch(/link-local address, which is never called/);
    expect(await refused('http://[::1]/hook')).toMatch(/::1 is a loopback address/);
    expect(await refused('http://[::ffff:127.0.0.1]/hook')).toMatch(/loopback address/);
    expect(await refused('http://[fc00::1]/hook')).toMatch(/unique-local address/);
    expect(await refused('http://0x7f000001/hook')).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(await refused('http://localhost:9/hook')).toMatch(/^url: localhost resolves to .* loopback address/);
    expect(await refused('file:///etc/passwd', open)).toBe('url: must be an http or https URL, not file:');
    expect(await refused('gopher://example.com/', open)).toMatch(/not gopher:/);
    expect(await refused('https://user:secret@example.com/hook', open)).toBe('url: must not hold a user name or password');
    expect(await refused('nonsense', open)).toBe('url: is not a URL');
    expect(await refused('http://127.0.0.1/services/T0/B0/SECRET')).not.toContain('SECRET');
  });

  it('lets loopback through when allowed, and pins the connection to the addresses it checked', async () => {
    const target = await checkTarget('http://localhost:8080/hook', open);
    expect(target.addresses.length).toBeGreaterThan(0);
    for (const { address } of target.addresses) expect(['127.0.0.1', '::1']).toContain(address);
    const lookupAll = promisify((host: string, cb: (err: Error | null, addresses: LookupAddress[]) => void) => target.lookup(host, { all: true }, (err, addresses) => cb(err, addresses as LookupAddress[])));
    expect(await lookupAll('attacker-rebinds-this.example')).toEqual(target.addresses);
    const one = await new Promise<[string, number | undefined]>((resolve, reject) => target.lookup('x.example', { family: 4 }, (err, address, family) => (err ? reject(err) : resolve([address as string, family]))));
    expect(one).toEqual(['127.0.0.1', 4]);
  });

  it('lets a name that does not resolve fail as a network error (worth retrying), not as bad input', async () => {
    const error = await checkTarget('https://no-such-host.invalid/hook', closed).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(InputError);
  });
});
