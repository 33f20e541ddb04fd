/** E-mail addresses, IP addresses, internal host names and internal URLs in a text. */
import { createRequire } from 'node:module';
import { isIP, isIPv4, isIPv6 } from 'node:net';
import LinkifyIt from 'linkify-it';
import type { Finding } from './redaction.types.js';

const linkify = new LinkifyIt().set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
/** IANA's top-level domains (the `tlds` package: a JSON file, which ESM imports only with an attribute Node 20 warns about). */
const PUBLIC_TLDS: ReadonlySet<string> = new Set(createRequire(import.meta.url)('tlds') as string[]);

/** Suffixes no public host has: reserved for private networks, or the usual names of internal zones. */
const INTERNAL_SUFFIXES = ['internal', 'local', 'localdomain', 'lan', 'corp', 'intranet', 'intra', 'private', 'home.arpa', 'svc', 'cluster.local', 'consul', 'localhost'];

/** Endings of file names, which look like host names ("values.yaml", "app.log"). */
const FILE_ENDINGS = new Set(
  'yaml yml json js mjs cjs ts tsx jsx go py rb java kt rs c h cpp cs php pl sh bash zsh ps1 conf cfg ini toml md txt log sql csv tsv xml html htm css scss tf tfvars lock env pem crt key pub service timer socket mount gz tgz zip tar jar war whl deb rpm png jpg jpeg gif svg pdf exe dll so dylib msi bat cmd vbs ps1 apk ipa dmg img bin dat bak tmp swp'.split(' '),
);

/** First words of names that end in a number but are no host: encodings, hashes, standards. */
const NOT_HOST_HEADS = new Set('utf utf8 sha md iso rfc x86 ipv http https tls ssl base ucs win arm aarch amd64 covid http2 h2 es ecma log4j sev inc pr step phase tier level day week top'.split(' '));
/** Cloud regions ("us-east-1", "eu-west-2"): public, and what customers need to know. */
const REGION = /^(?:us|eu|ap|sa|ca|me|af|il|cn|mx)-[a-z]+-\d+[a-z]?$/;

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?![\w-])/g;
const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?(?::\d{1,5})?(?![\w.]*\d)/g;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:\/\d{1,3})?(?![\w:])/g;
// Lower case only: hosts are written so, and "restarted.Then" or "e.g." are not hosts.
const DOTTED = /(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}(?::\d{1,5})?(?![\w@-]|\.\w)/g;
const MACHINE = /(?<![\w@./#-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{1,4}[a-z]?(?:\.[a-z][a-z0-9-]*)*(?![\w@-]|\.\w)/g;

/** True when a host name (no port) is internal: an internal suffix, a configured domain, or a last label no public host has. */
export function isInternalHost(host: string, internalDomains: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (isIP(name.replace(/^\[|\]$/g, '')) !== 0) return true;
  if (!name.includes('.')) return true;
  const within = (suffix: string) => name === suffix || name.endsWith(`.${suffix}`);
  if (INTERNAL_SUFFIXES.some(within) || internalDomains.some((d) => within(d.toLowerCase().replace(/^\.|\.$/g, '')))) return true;
  const last = name.slice(name.lastIndexOf('.') + 1);
  return !PUBLIC_TLDS.has(last) && !FILE_ENDINGS.has(last);
}

/** Every match of a global pattern, as [start, end, text]. */
function* matches(pattern: RegExp, text: string): Generator<[number, number, string]> {
  for (const m of text.matchAll(pattern)) yield [m.index, m.index + m[0].length, m[0]];
}

/** E-mail addresses. */
export function findEmails(text: string): Finding[] {
  return [...matches(EMAIL, text)].map(([start, end]) => ({ start, end, kind: 'email', replacement: '[e-mail address]', why: 'an e-mail address' }));
}

/** IPv4 and IPv6 addresses (with a prefix length or port when written with one). */
export function findIpAddresses(text: string): Finding[] {
  const found: Finding[] = [];
  for (const [start, end, raw] of matches(IPV4, text)) {
    if (isIPv4(raw.replace(/[/:].*$/, ''))) found.push({ start, end, kind: 'ip', replacement: '[IP address]', why: 'an IPv4 address' });
  }
  for (const [start, end, raw] of matches(IPV6, text)) {
    if (isIPv6(raw.replace(/\/\d+$/, ''))) found.push({ start, end, kind: 'ip', replacement: '[IP address]', why: 'an IPv6 address' });
  }
  return found;
}

/** Host names of the internal network: dotted names under internal domains, and machine names ("db-prod-03"). */
export function findInternalHosts(text: string, internalDomains: readonly string[]): Finding[] {
  const found: Finding[] = [];
  for (const [start, end, raw] of matches(DOTTED, text)) {
    const host = raw.replace(/:\d+$/, '');
    if (isIPv4(host) || !isInternalHost(host, internalDomains)) continue;
    found.push({ start, end, kind: 'host', replacement: '[internal host]', why: `a host name of the internal network (${host.slice(host.lastIndexOf('.') + 1)} is no public domain, or it is configured as internal)` });
  }
  for (const [start, end, raw] of matches(MACHINE, text)) {
    if (NOT_HOST_HEADS.has(raw.slice(0, raw.indexOf('-'))) || REGION.test(raw)) continue;
    found.push({ start, end, kind: 'host', replacement: '[internal host]', why: 'a machine name (a name ending in a number)' });
  }
  return found;
}

/** URLs whose host is internal; public URLs stay (their credentials and tokens are secrets: see find-secrets). */
export function findInternalUrls(text: string, internalDomains: readonly string[]): Finding[] {
  const found: Finding[] = [];
  for (const link of linkify.match(text) ?? []) {
    let host: string;
    try {
      host = new URL(link.url).hostname;
    } catch {
      continue;
    }
    if (host === '' || !isInternalHost(host, internalDomains)) continue;
    found.push({ start: link.index, end: link.lastIndex, kind: 'url', replacement: '[internal link]', why: `a link into the internal network (${host})` });
  }
  return found;
}
