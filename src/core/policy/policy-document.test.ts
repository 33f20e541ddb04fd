import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { DEFAULT_POLICY_YAML } from './default-policy.yaml.js';
import { DEFAULT_POLICY, policyJsonSchema, policySchema, readPolicy, yamlLineOf } from './policy-document.js';
import type { PolicyProblem } from './policy-document.js';

/** The InputError readPolicy throws for `text`. */
function refusal(text: string): { message: string; details: PolicyProblem[] } {
  try {
    readPolicy(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return { message: (error as InputError).message, details: (error as InputError).details as PolicyProblem[] };
  }
  throw new Error('expected readPolicy to refuse the document');
}

describe('the defaults', () => {
  it('DEFAULT_POLICY_YAML reads to the schema defaults, which an empty document gets', () => {
    expect(readPolicy(DEFAULT_POLICY_YAML)).toEqual(policySchema.parse({}));
    expect(DEFAULT_POLICY).toEqual(policySchema.parse({}));
    expect(readPolicy('')).toEqual(DEFAULT_POLICY);
    expect(readPolicy('# nothing here yet\n\n')).toEqual(DEFAULT_POLICY);
    expect(readPolicy('~\n')).toEqual(DEFAULT_POLICY);
  });

  it('are the practice of PRODUCT.md', () => {
    expect(DEFAULT_POLICY.owed).toEqual({
      triggers: { customerImpactMinutes: 15, slaBreached: true, dataLoss: true, securityExposure: true, escalated: true, teams: 2, nearMiss: true, newFailureMode: false },
      skips: { underMinutes: 5, autoResolved: true, noCustomerImpact: true },
      depth: { full: ['SEV1', 'SEV2'], lightweight: ['SEV3', 'SEV4'], unknownSeverity: 'full' },
      repeats: { count: 3, within: '90d' },
    });
    expect(DEFAULT_POLICY.deadlines).toEqual({ draft: '24h', meeting: '48h', publish: '72h', dueSoon: '4h', bySeverity: {} });
    expect(DEFAULT_POLICY.actionItems).toEqual({ dueDays: { P1: 15, P2: 30, P3: 60 }, escalateOverdue: '7d', requireVerification: true });
    expect(DEFAULT_POLICY.digest).toEqual({ day: 'monday', time: '09:00', timeZone: 'UTC' });
    expect(DEFAULT_POLICY.completion).toEqual({ window: '90d', alarmBelow: 0.7 });
  });

  it('are shown in docs/process.md as DEFAULT_POLICY_YAML, word for word', () => {
    const doc = readFileSync(new URL('../../../docs/process.md', import.meta.url), 'utf8');
    expect(doc).toContain(`\`\`\`yaml\n${DEFAULT_POLICY_YAML}\`\`\``);
  });

  it('comment every key of DEFAULT_POLICY_YAML', () => {
    const keyLines = DEFAULT_POLICY_YAML.split('\n').filter((line) => /^\s*\w+:/.test(line));
    expect(keyLines.length).toBeGreaterThan(30);
    for (const line of keyLines) expect(line).toMatch(/ # \S/);
  });
});

describe('readPolicy', () => {
  it('keeps the defaults of every key a document leaves out', () => {
    const policy = readPolicy('owed:\n  triggers:\n    teams: 3\ndeadlines:\n  bySeverity:\n    SEV1: { draft: 12h }\n');
    expect(policy.owed.triggers).toEqual({ ...DEFAULT_POLICY.owed.triggers, teams: 3 });
    expect(policy.owed.skips).toEqual(DEFAULT_POLICY.owed.skips);
    expect(policy.deadlines).toEqual({ ...DEFAULT_POLICY.deadlines, bySeverity: { SEV1: { draft: '12h' } } });
    expect(policy.digest).toEqual(DEFAULT_POLICY.digest);
  });

  it('switches a numeric trigger or skip off with 0, false or null (read as null)', () => {
    for (const off of ['0', 'false', 'null', '']) {
      const policy = readPolicy(`owed:\n  triggers:\n    teams: ${off}\n    customerImpactMinutes: ${off}\n  skips:\n    underMinutes: ${off}\n  repeats:\n    count: ${off}\n`);
      expect(policy.owed.triggers.teams).toBeNull();
      expect(policy.owed.triggers.customerImpactMinutes).toBeNull();
      expect(policy.owed.skips.underMinutes).toBeNull();
      expect(policy.owed.repeats.count).toBeNull();
    }
  });

  it('switches a yes/no trigger or skip off with false or null (read as false)', () => {
    const policy = readPolicy('owed:\n  triggers:\n    slaBreached: false\n    escalated:\n    newFailureMode: true\n  skips:\n    autoResolved: null\n');
    expect(policy.owed.triggers).toMatchObject({ slaBreached: false, escalated: false, newFailureMode: true, dataLoss: true });
    expect(policy.owed.skips.autoResolved).toBe(false);
  });

  it('reads the other sections', () => {
    const policy = readPolicy(
      ['actionItems:', '  dueDays: { P1: 7 }', '  requireVerification: false', 'digest:', '  day: friday', '  time: "16:30"', '  timeZone: Europe/London', 'completion:', '  window: 2w', '  alarmBelow: 0.5'].join('\n'),
    );
    expect(policy.actionItems).toEqual({ dueDays: { P1: 7, P2: 30, P3: 60 }, escalateOverdue: '7d', requireVerification: false });
    expect(policy.digest).toEqual({ day: 'friday', time: '16:30', timeZone: 'Europe/London' });
    expect(policy.completion).toEqual({ window: '2w', alarmBelow: 0.5 });
  });

  it('reads a YAML 1.2 time of day written without quotes as text', () => {
    expect(readPolicy('digest:\n  time: 07:45\n').digest.time).toBe('07:45');
  });
});

describe('readPolicy refusals', () => {
  it('names an unknown key with its path and line, and lists the allowed keys', () => {
    const { message, details } = refusal('owed:\n  triggers:\n    teams: 2\n    colour: blue\n');
    expect(message).toBe(
      'policy line 4, owed.triggers.colour: unknown key "colour" (allowed: customerImpactMinutes, slaBreached, dataLoss, securityExposure, escalated, teams, nearMiss, newFailureMode)',
    );
    expect(details).toEqual([{ path: 'owed.triggers.colour', line: 4, message: expect.stringContaining('unknown key "colour"') }]);
  });

  it('names an unknown top-level key and an unknown severity in the overrides', () => {
    expect(refusal('owed: {}\nreminders:\n  every: 1d\n').message).toBe('policy line 2, reminders: unknown key "reminders" (allowed: owed, deadlines, actionItems, digest, completion)');
    expect(refusal('deadlines:\n  bySeverity:\n    SEV5:\n      draft: 12h\n').message).toBe('policy line 3, deadlines.bySeverity.SEV5: unknown key "SEV5" (allowed: SEV1, SEV2, SEV3, SEV4)');
    expect(refusal('deadlines:\n  bySeverity:\n    SEV1: { draft: 12h, review: 24h }\n').message).toBe(
      'policy line 3, deadlines.bySeverity.SEV1.review: unknown key "review" (allowed: draft, meeting, publish)',
    );
  });

  it('gives each unknown key of a mapping its own problem and line', () => {
    const { details } = refusal('owed:\n  triggers:\n    colour: blue\n    teams: 2\n    flavour: mint\n');
    expect(details.map(({ path, line }) => ({ path, line }))).toEqual([
      { path: 'owed.triggers.colour', line: 3 },
      { path: 'owed.triggers.flavour', line: 5 },
    ]);
  });

  it('names a value of the wrong type', () => {
    const text = ['owed:', '  triggers:', '    customerImpactMinutes: 15', '    slaBreached: true', '    dataLoss: true', '    securityExposure: true', '    teams: two'].join('\n');
    const { message, details } = refusal(text);
    expect(message).toBe('policy line 7, owed.triggers.teams: expected a whole number ≥ 1, or 0, false or null to switch it off');
    expect(details).toEqual([{ path: 'owed.triggers.teams', line: 7, message: 'expected a whole number ≥ 1, or 0, false or null to switch it off' }]);
    expect(refusal('owed:\n  triggers:\n    teams: 1.5\n').message).toContain('owed.triggers.teams: expected a whole number ≥ 1');
    expect(refusal('owed:\n  triggers:\n    teams: -1\n').message).toContain('owed.triggers.teams: expected a whole number ≥ 1');
    expect(refusal('owed:\n  triggers:\n    teams: 51\n').message).toBe('policy line 3, owed.triggers.teams: expected a whole number ≤ 50');
    expect(refusal('owed:\n  triggers:\n    dataLoss: yes\n').message).toBe('policy line 3, owed.triggers.dataLoss: expected true or false');
    expect(refusal('owed:\n  triggers: [teams]\n').message).toMatch(/^policy line 2, owed.triggers: expected a mapping with the keys customerImpactMinutes, /);
    expect(refusal('owed:\n  repeats:\n    count: 1\n').message).toBe('policy line 3, owed.repeats.count: expected a whole number ≥ 2, or 0, false or null to switch it off');
    expect(refusal('actionItems:\n  dueDays:\n    P2: 0\n').message).toBe('policy line 3, actionItems.dueDays.P2: expected a whole number ≥ 1');
    expect(refusal('completion:\n  alarmBelow: 70\n').message).toBe('policy line 2, completion.alarmBelow: expected a number from 0 to 1, e.g. 0.7');
  });

  it('names a bad duration', () => {
    expect(refusal('deadlines:\n  draft: 24h\n  meeting: 2 days\n').message).toBe(
      'policy line 3, deadlines.meeting: "2 days" is not a duration: expected a whole number and a unit (m, h, d or w) such as 30m, 24h, 90d, 2w or 1h30m',
    );
    expect(refusal('owed:\n  repeats:\n    within: 90\n').message).toBe('policy line 3, owed.repeats.within: expected a duration: a whole number and a unit (m, h, d or w) such as 30m, 24h, 90d, 2w or 1h30m');
    expect(refusal('deadlines:\n  bySeverity:\n    SEV1:\n      draft: 0h\n').message).toBe('policy line 4, deadlines.bySeverity.SEV1.draft: "0h" is not a duration: it must be longer than zero');
  });

  it('names a bad time zone, day and time of the digest', () => {
    expect(refusal('digest:\n  timeZone: Mars/Olympus_Mons\n').message).toBe('policy line 2, digest.timeZone: unknown time zone "Mars/Olympus_Mons": expected an IANA name such as UTC or Europe/London');
    expect(refusal('digest:\n  day: Monday\n').message).toBe('policy line 2, digest.day: expected a day of the week: monday, tuesday, wednesday, thursday, friday, saturday, sunday');
    expect(refusal('digest:\n  time: "9:00"\n').message).toBe('policy line 2, digest.time: expected a time of day such as "09:00" (24-hour HH:MM)');
    expect(refusal('digest:\n  time: "24:00"\n').details[0]?.path).toBe('digest.time');
  });

  it('names a severity in both depth lists, or in neither', () => {
    // lightweight is not written: the problem falls back to the line of depth.
    expect(refusal('owed:\n  depth:\n    full: [SEV1, SEV2, SEV3]\n').message).toBe('policy line 2, owed.depth.lightweight[0]: SEV3 is in both full and lightweight: a severity owes one depth');
    expect(refusal('owed:\n  depth:\n    full: [SEV1, SEV2, SEV3]\n    lightweight:\n      - SEV3\n      - SEV4\n').details).toEqual([
      { path: 'owed.depth.lightweight[0]', line: 5, message: 'SEV3 is in both full and lightweight: a severity owes one depth' },
    ]);
    expect(refusal('owed:\n  depth:\n    full: [SEV1]\n    lightweight: [SEV3, SEV4]\n').message).toBe('policy line 2, owed.depth: SEV2 is in neither full nor lightweight: every severity needs a depth');
    expect(refusal('owed:\n  depth:\n    full:\n      - SEV1\n      - SEV7\n').message).toBe('policy line 5, owed.depth.full[1]: expected SEV1, SEV2, SEV3 or SEV4');
    expect(refusal('owed:\n  depth:\n    unknownSeverity: none\n').message).toBe('policy line 3, owed.depth.unknownSeverity: expected full or lightweight');
  });

  it('lists every problem in details, in the order of their lines, and names the first in the message', () => {
    const { message, details } = refusal('digest:\n  day: someday\nowed:\n  triggers:\n    teams: many\n  skips:\n    underMinutes: -3\n');
    expect(details.map((d) => [d.path, d.line])).toEqual([
      ['digest.day', 2],
      ['owed.triggers.teams', 5],
      ['owed.skips.underMinutes', 7],
    ]);
    expect(message).toMatch(/^policy line 2, digest.day: /);
  });

  it('gives a YAML syntax error its line', () => {
    const { message, details } = refusal('owed:\n  triggers:\n    teams: [2\n  skips: {}\n');
    expect(message).toMatch(/^policy line \d+: cannot be read as YAML: /);
    expect(details).toHaveLength(1);
    expect(details[0]).toMatchObject({ path: '' });
    expect(details[0]?.line).toBeGreaterThanOrEqual(3);
    expect(refusal('owed:\n  triggers: {}\n  triggers: {}\n')).toMatchObject({ message: 'policy line 3: cannot be read as YAML: duplicated mapping key', details: [{ path: '', line: 3 }] });
  });

  it('refuses a document that is not a mapping, without a line', () => {
    expect(refusal('- owed\n')).toEqual({
      message: 'policy: expected a mapping with the keys owed, deadlines, actionItems, digest, completion',
      details: [{ path: '', line: null, message: 'expected a mapping with the keys owed, deadlines, actionItems, digest, completion' }],
    });
  });

  it('falls back to the line of the parent when the key is written in flow style', () => {
    expect(refusal('actionItems:\n  dueDays: { P1: 15, P2: soon }\n').details).toEqual([{ path: 'actionItems.dueDays.P2', line: 2, message: 'expected a whole number ≥ 1' }]);
  });
});

describe('yamlLineOf', () => {
  const text = [
    '# a policy', // 1
    'owed:', // 2
    '  triggers:', // 3
    '    teams: 2 # two', // 4
    '', // 5
    '  depth:', // 6
    '    full:', // 7
    '      - SEV1', // 8
    '      # a comment', // 9
    '      - SEV2', // 10
    '    lightweight:', // 11
    '    - SEV3', // 12
    '    - SEV4', // 13
    '  "repeats":', // 14
    "    'count': 3", // 15
    'deadlines: { draft: 24h }', // 16
    'teams: 5', // 17
  ].join('\n');

  it.each([
    [['owed'], 2],
    [['owed', 'triggers', 'teams'], 4],
    [['owed', 'depth', 'full', 0], 8],
    [['owed', 'depth', 'full', 1], 10],
    [['owed', 'depth', 'lightweight', 1], 13],
    [['owed', 'repeats', 'count'], 15],
    [['teams'], 17],
    [['deadlines', 'draft'], 16],
    [['owed', 'depth', 'full', 5], 7],
    [['owed', 'skips', 'underMinutes'], 2],
    [['digest', 'day'], null],
    [[], null],
  ] as const)('%j is on line %j', (path, line) => {
    expect(yamlLineOf(text, path)).toBe(line);
  });

  it('counts lines the same with CRLF endings and a byte-order mark', () => {
    expect(yamlLineOf('\uFEFFowed:\r\n  triggers:\r\n\r\n    teams: 2\r\n', ['owed', 'triggers', 'teams'])).toBe(4);
  });

  it('does not take a key of a deeper block, nor text after the key, for the key', () => {
    expect(yamlLineOf('a:\n  teams: 1\nteamsx: 2\nteams : 3\n', ['teams'])).toBe(4);
  });
});

describe('policyJsonSchema', () => {
  const schema = policyJsonSchema();

  /** Every property schema under `node`, with its path. */
  function properties(node: Record<string, unknown>, path: string): [string, Record<string, unknown>][] {
    const props = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
    return Object.entries(props).flatMap(([key, child]) => [[`${path}.${key}`, child] as [string, Record<string, unknown>], ...properties(child, `${path}.${key}`)]);
  }

  it('is draft 2020-12, describes every field and refuses unknown keys', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.description).toBe('string');
    const all = properties(schema, '');
    expect(all.length).toBeGreaterThan(35);
    for (const [path, child] of all) {
      expect(typeof child.description, path).toBe('string');
      if (child.type === 'object') expect(child.additionalProperties, path).toBe(false);
    }
  });

  it('shows the defaults and that no key is required', () => {
    const owed = (schema.properties as Record<string, Record<string, unknown>>).owed!;
    const triggers = (owed.properties as Record<string, Record<string, unknown>>).triggers!;
    const teams = (triggers.properties as Record<string, Record<string, unknown>>).teams!;
    expect(teams.default).toBe(2);
    expect(schema.required).toBeUndefined();
    expect(triggers.required).toBeUndefined();
  });
});
