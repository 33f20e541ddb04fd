/**
 * The guard in front of every request to a URL an admin configured (no server-side request forgery): http(s) only,
 * no credentials in the URL, and every address the host resolves to must be public unicast. Private, loopback,
 * unique-local and CGNAT addresses pass only when the caller allows private addresses; link-local ones (where cloud
 * metadata services answer, 169.254.169.254) never do, nor multicast, unspecified, broadcast, reserved and the IPv6
 * forms that embed IPv4 (6to4, Teredo, NAT64). Ranges are ipaddr.js's, not our own CIDR arithmetic. IPv4-mapped
 * IPv6 addresses are judged as the IPv4 address they map. The request then connects to the addresses that were
 * checked (a pinned `lookup`), so a name cannot resolve to another address between the check and the connection.
 */
import { lookup as resolveAll } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { receiverUrlProblem } from '../../core/channels.js';
import { InputError } from '../../core/errors.js';

/** Whether private addresses (the caller's own network) may be called: an admin's setting, off by default. */
export interface AddressPolicy {
  allowPrivate: boolean;
}

/** A URL that passed the guard, the addresses it was checked at, and a `lookup` that answers only those. */
export interface CheckedTarget {
  url: URL;
  addresses: LookupAddress[];
  lookup: LookupFunction;
}

/** The ranges (ipaddr.js names) that an admin may allow: the instance's own networks. */
const PRIVATE_RANGES: ReadonlyMap<string, string> = new Map([
  ['private', 'private'],
  ['loopback', 'loopback'],
  ['uniqueLocal', 'unique-local'],
  ['carrierGradeNat', 'carrier-grade NAT'],
]);

/** Ranges refused even when private addresses are allowed, in words. */
const NEVER_RANGES: ReadonlyMap<string, string> = new Map([
  ['linkLocal', 'link-local'],
  ['unspecified', 'unspecified'],
]);

/** Why an address may not be called under the policy, or undefined when it may. */
export function addressProblem(address: string, policy: AddressPolicy): string | undefined {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const range = ipaddr.process(address).range();
  if (range === 'unicast') return undefined;
  const privateRange = PRIVATE_RANGES.get(range);
  if (privateRange === undefined) return `${address} is a ${NEVER_RANGES.get(range) ?? range} address, which is never called`;
  return policy.allowPrivate ? undefined : `${address} is a ${privateRange} address (allowed only when an admin allows private addresses)`;
}

/** InputError about the field `url`. */
function urlError(message: string): InputError {
  return new InputError(`url: ${message}`, [{ path: 'url', message }]);
}

/** A `lookup` for http.request that answers the checked addresses whatever the name (of the family asked for, if any). */
function pinnedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const fitting = family === 4 || family === 6 ? addresses.filter((a) => a.family === family) : addresses;
    const [first] = fitting;
    if (first === undefined) callback(Object.assign(new Error('no checked address of the family asked for'), { code: 'ENOTFOUND' }), '', 0);
    else if (options.all === true) callback(null, [...fitting]);
    else callback(null, first.address, first.family);
  };
}

/**
 * Checks a URL and every address its host resolves to; InputError naming `url` when it may not be called (the
 * message names the host and address, never the whole URL, which may be a credential). A host that does not resolve
 * rejects with the resolver's error (ENOTFOUND, EAI_AGAIN…): a failure worth retrying.
 */
export async function checkTarget(rawUrl: string, policy: AddressPolicy): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw urlError('is not a URL');
  }
  const problem = receiverUrlProblem(url);
  if (problem !== undefined) throw urlError(problem);
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const addresses = await resolveAll(host, { all: true, verbatim: true });
  for (const { address } of addresses) {
    const refused = addressProblem(address, policy);
    if (refused !== undefined) throw urlError(address === host ? refused : `${host} resolves to ${refused}`);
  }
  return { url, addresses, lookup: pinnedLookup(addresses) };
}

/**
 * Checks a receiver an admin is setting up: InputError at `url` when it may not be called, and also when its host does
 * not resolve (at set-up that is a mistake to fix, not a failure to retry).
 */
export async function checkReceiverUrl(url: string, policy: AddressPolicy): Promise<void> {
  try {
    await checkTarget(url, policy);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    throw new InputError(`url: its host could not be resolved (${code}); check the address`, [{ path: 'url', message: `its host could not be resolved (${code})` }]);
  }
}
