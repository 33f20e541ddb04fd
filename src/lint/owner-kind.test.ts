import { describe, expect, it } from 'vitest';
import { classifyOwner } from './owner-kind.js';

describe('classifyOwner', () => {
  it.each([
    [null, 'missing'],
    ['  ', 'missing'],
    ['TBD', 'placeholder'],
    ['?', 'placeholder'],
    ['??', 'placeholder'],
    ['???', 'placeholder'],
    ['n/a', 'placeholder'],
    ['None', 'placeholder'],
    ['-', 'placeholder'],
    ['Platform Team', 'team'],
    ['@backend-team', 'team'],
    ['SRE', 'team'],
    ['Ops', 'team'],
    ['DevOps', 'team'],
    ['Infra', 'team'],
    ['Engineering', 'team'],
    ['payments-squad', 'team'],
    ['Data Platform', 'team'],
    ['web_ops', 'team'],
    ['platform-eng', 'team'],
    ['Ana and Bo', 'several'],
    ['Ana, Bo', 'several'],
    ['Ana Lima', 'person'],
    ['@alima', 'person'],
    ['jennifer', 'person'],
    ['Li Cheng', 'person'],
    ['**Andre**', 'person'],
    // Anyone at all, and placeholders in words.
    ['someone', 'placeholder'],
    ['Somebody from infra', 'placeholder'],
    ['anyone', 'placeholder'],
    ['To be assigned', 'placeholder'],
    ['needs owner', 'placeholder'],
    ['Unassigned', 'placeholder'],
    // Groups, however they are written: handles with a group word anywhere, plurals, collectives, roles.
    ['@oncall-primary', 'team'],
    ['@infra-oncall', 'team'],
    ['on call', 'team'],
    ['All engineers', 'team'],
    ['the devs', 'team'],
    ['Everybody', 'team'],
    ['whole team', 'team'],
    ['the DBAs', 'team'],
    ['Backend devs', 'team'],
    ['@web-dev', 'team'],
    ['DataEng', 'team'],
    ['Eng managers', 'team'],
    ['Security', 'team'],
    ['IT', 'team'],
    ['Mobile', 'team'],
    ['we', 'team'],
    // People, including names that share letters or words with groups.
    ['Dev Patel', 'person'],
    ['Allison Becker', 'person'],
    ['@tomasz.w', 'person'],
    ['Zoë Ødegaard', 'person'],
    ['Nguyễn Văn An', 'person'],
    ['Siobhán Ní Bhriain', 'person'],
    ['Anya', 'person'],
    // Chat channels and mailing lists are places, not people; a personal address is a person.
    ['#ops-channel', 'team'],
    ['#inc-bridge', 'team'],
    ['Slack #payments', 'team'],
    ['ops-channel', 'team'],
    ['payments mailing list', 'team'],
    ['sre-team@example.com', 'team'],
    ['ops@example.com', 'team'],
    ['incidents@corp.example', 'team'],
    ['ana.lima@example.com', 'person'],
    ['k.mensah@example.org', 'person'],
    // Abbreviated teams, alone or with a qualifier, and rotas.
    ['Release eng', 'team'],
    ['Payments eng', 'team'],
    ['release engineering', 'team'],
    ['Eng', 'team'],
    ['Support', 'team'],
    ['Platform', 'team'],
    ['InfoSec', 'team'],
    ['Data platform', 'team'],
    ['SRE rota', 'team'],
    ['the NOC', 'team'],
    ['TBD', 'placeholder'],
    ['tbc', 'placeholder'],
    ['everyone', 'team'],
    ['whoever is on call', 'placeholder'],
    // Roles: a hat that passes from one person to the next.
    ['Release manager', 'role'],
    ['Tech lead', 'role'],
    ['the incident commander', 'role'],
    ['Service owner', 'role'],
    ['IC', 'role'],
    ['EM', 'role'],
    ['VP of Eng', 'role'],
    ['Security lead', 'role'],
    // Fields of work, and group words beside words that are no given name.
    ['Site Reliability', 'team'],
    ['Developer Experience', 'team'],
    ['Incident Response', 'team'],
    ['Growth pod', 'team'],
    ['Quality Assurance', 'team'],
    // Names that end in a word teams also use stay people when written as names.
    ['Kim Eng', 'person'],
    ['Grace Reliability', 'person'],
    ['@r.souza', 'person'],
  ] as const)('%s is %s', (owner, kind) => {
    expect(classifyOwner(owner, [])).toBe(kind);
  });

  it('treats configured team names as teams, with or without @', () => {
    expect(classifyOwner('Payments', ['payments'])).toBe('team');
    expect(classifyOwner('@payments', ['Payments'])).toBe('team');
    expect(classifyOwner('Payments', [])).toBe('person');
  });
});
