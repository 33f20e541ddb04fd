import { describe, expect, it } from 'vitest';
import { clausesOf, plainTitle, withoutPreamble } from './title-text.js';

describe('plainTitle', () => {
  it('drops Markdown marks, link targets, curly quotes and the end stop, and keeps the case', () => {
    expect(plainTitle('**Add** a `max_conn` check to [the proxy](https://x.example/p) — don’t skip it!  ')).toBe("Add a max_conn check to the proxy — don't skip it");
  });
});

describe('withoutPreamble', () => {
  it.each([
    ['we will add a canary stage', 'add a canary stage'],
    ['action: add a canary stage', 'add a canary stage'],
    ['going forward, the platform team should also add a canary stage', 'add a canary stage'],
    ['to add a canary stage', 'add a canary stage'],
    ['prioritise upgrading the proxy', 'upgrading the proxy'],
    ['[p1] add a canary stage', 'add a canary stage'],
    ['ops-12: add a canary stage', 'add a canary stage'],
    ['p2 - we should add a canary stage', 'add a canary stage'],
    ['canary deploys for the proxy', 'canary deploys for the proxy'],
  ])('%s → %s', (text, rest) => {
    expect(withoutPreamble(text)).toBe(rest);
  });
});

describe('clausesOf', () => {
  const opens = (part: string) => /^(?:add|write|page)\b/.test(part);
  it('splits where a new verb opens an action, and keeps noun lists together', () => {
    expect(clausesOf('look into the lag and add an alert; then write it up', opens)).toEqual(['look into the lag', 'add an alert', 'write it up']);
    expect(clausesOf('set up monitoring and alerting for the queue', opens)).toEqual(['set up monitoring and alerting for the queue']);
    expect(clausesOf('investigate the lag and we will page the dba', opens)).toEqual(['investigate the lag', 'page the dba']);
  });
});
