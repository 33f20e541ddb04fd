/**
 * Anything shaped like a secret: the credential formats secretlint knows (its recommended rules: cloud keys, chat
 * and forge tokens, private keys, connection strings…), and what is a secret by where it stands — a password in a
 * URL, the value after `password=` or `token:`, a bearer token, a JSON Web Token, a long random-looking string.
 */
import { lintSource } from '@secretlint/core';
import { creator as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import type { Finding } from './redaction.types.js';

const RULES = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedRules }] };

/** `user:password@` in a URL: the credentials (the user name goes too: it is half of them). */
const URL_CREDENTIALS = /(?<=[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+(?=@)/gi;
/** The value of a setting whose name says it is secret: `password=…`, `api_key: …`, `"token": "…"`. */
const NAMED_VALUE =
  /(?<=\b(?:pass(?:word|wd)?|pwd|secret|client[_-]?secret|token|access[_-]?token|refresh[_-]?token|api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|secret[_-]?key|private[_-]?key|auth[_-]?token|session[_-]?id|sig|signature)["']?\s*[:=]\s*["']?)[^\s"'&,;)]{6,}/gi;
const BEARER = /(?<=\b(?:bearer|token)\s+)[A-Za-z0-9._~+/-]{16,}=*/gi;
/** Credential formats with a fixed prefix, also where secretlint stands back (its AWS rule ignores the documentation's example keys). */
const PREFIXED = /\b(?:(?:AKIA|ASIA|AIDA|AROA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|glpat-[\w-]{20,}|xox[abposr]-[\w-]{10,}|sk_(?:live|test)_\w{16,}|rk_(?:live|test)_\w{16,}|npm_[A-Za-z0-9]{30,}|dbr_[\w-]{20,}|AIza[\w-]{35})\b/g;
const JWT = /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g;
/** Long strings of letters, digits and base64 signs, at least 24 characters. */
const LONG_TOKEN = /(?<![\w/+=.-])[A-Za-z0-9+/_=-]{24,}(?![\w/+=.-])/g;

/** Bits of entropy per character of a string, from the frequency of its characters. */
function entropyPerChar(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits;
}

/** True for a string that looks random enough to be a key: mixed classes and high entropy, not a word-like path or a name. */
function looksRandom(value: string): boolean {
  // Words joined by dashes, numbers, and UUIDs (identifiers, not keys) do not count.
  if (/^[a-z-]+$/i.test(value) || /^\d+$/.test(value) || /-{2,}|_{2,}/.test(value) || /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((c) => c.test(value)).length;
  if (/^[0-9a-f]{32,}$/i.test(value)) return true;
  return classes >= 2 && /\d/.test(value) && entropyPerChar(value) >= 3.5;
}

/** A finding of a secret. */
const secret = (start: number, end: number, why: string): Finding => ({ start, end, kind: 'secret', replacement: '[secret removed]', why });

/** Every secret-shaped value in a text. */
export async function findSecrets(text: string): Promise<Finding[]> {
  const found: Finding[] = [];
  const { messages } = await lintSource({ source: { filePath: 'postmortem.md', content: text, ext: '.md', contentType: 'text' }, options: { config: RULES, maskSecrets: false } });
  for (const message of messages) found.push(secret(message.range[0], message.range[1], `a credential (${message.ruleId.replace('@secretlint/secretlint-rule-', '')})`));
  const add = (pattern: RegExp, why: string, keep: (value: string) => boolean = () => true) => {
    for (const m of text.matchAll(pattern)) if (keep(m[0])) found.push(secret(m.index, m.index + m[0].length, why));
  };
  add(URL_CREDENTIALS, 'credentials written in a URL');
  add(NAMED_VALUE, 'the value of a setting named as a secret', (value) => !/^\[.*\]$/.test(value));
  add(BEARER, 'a bearer token');
  add(PREFIXED, 'a credential of a known format');
  add(JWT, 'a JSON Web Token');
  add(LONG_TOKEN, 'a long random-looking string (a key or token)', looksRandom);
  return found;
}
