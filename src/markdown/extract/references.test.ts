import { describe, it, expect } from 'vitest';
import {
  dropTrailingTicket,
  findTicket,
  parsePriority,
  parseStatus,
  takeCheckbox,
  takeDue,
  takeOwner,
  takePriorityPrefix,
  takeStatusMarker,
  ticketCell,
} from './references.js';

describe('parsePriority / parseStatus', () => {
  it('reads priorities as written', () => {
    expect(parsePriority('P1')).toBe('P1');
    expect(parsePriority(' p3 ')).toBe('P3');
    expect(parsePriority('HIGH')).toBe('P1');
    expect(parsePriority('Medium')).toBe('P2');
    expect(parsePriority('low')).toBe('P3');
    expect(parsePriority('P7')).toBeNull();
    expect(parsePriority('')).toBeNull();
  });

  it('reads our five statuses and common foreign ones', () => {
    expect(parseStatus('open')).toBe('open');
    expect(parseStatus('in progress')).toBe('in_progress');
    expect(parseStatus('done')).toBe('done');
    expect(parseStatus('verified')).toBe('verified');
    expect(parseStatus("won't do")).toBe('wont_do');
    expect(parseStatus('won’t do')).toBe('wont_do');
    expect(parseStatus('**TODO**')).toBe('open');
    expect(parseStatus('Completed')).toBe('done');
    expect(parseStatus('maybe')).toBeNull();
  });
});

describe('prefixes and markers', () => {
  it('takes a checkbox', () => {
    expect(takeCheckbox('[ ] Add alerting')).toEqual({ value: 'open', text: 'Add alerting' });
    expect(takeCheckbox('[x] Add alerting')).toEqual({ value: 'done', text: 'Add alerting' });
    expect(takeCheckbox('[link](x) text').value).toBeNull();
  });

  it('takes a priority prefix (rust writes **HIGH**)', () => {
    expect(takePriorityPrefix('**HIGH** Rotate the keys')).toEqual({ value: 'P1', text: 'Rotate the keys' });
    expect(takePriorityPrefix('MEDIUM: Document it')).toEqual({ value: 'P2', text: 'Document it' });
    expect(takePriorityPrefix('[P3] Tidy up')).toEqual({ value: 'P3', text: 'Tidy up' });
    expect(takePriorityPrefix('P2 - Add a runbook')).toEqual({ value: 'P2', text: 'Add a runbook' });
  });

  it('leaves ordinary words alone', () => {
    expect(takePriorityPrefix('High availability for the API').value).toBeNull();
    expect(takePriorityPrefix('Low-hanging fruit first').value).toBeNull();
  });

  it('takes **DONE** / **TODO** markers from a cell (SRE book)', () => {
    expect(takeStatusMarker('n/a **DONE**')).toEqual({ value: 'done', text: 'n/a' });
    expect(takeStatusMarker('Bug 5554823 **TODO**')).toEqual({ value: 'open', text: 'Bug 5554823' });
    expect(takeStatusMarker('plain').value).toBeNull();
  });
});

describe('owners and due dates', () => {
  it('takes an inline Owner: label at the end (posthog)', () => {
    expect(takeOwner('Add alerting on replication lag Owner: @lucasheriques')).toEqual({
      value: '@lucasheriques',
      text: 'Add alerting on replication lag',
    });
  });

  it('takes an owner in parentheses and a trailing @handle', () => {
    expect(takeOwner('Write the runbook (owner: Jane Doe)')).toEqual({ value: 'Jane Doe', text: 'Write the runbook' });
    expect(takeOwner('Write the runbook — @jane')).toEqual({ value: '@jane', text: 'Write the runbook' });
  });

  it('stops the owner at the next field', () => {
    const owner = takeOwner('Rotate keys, Owner: Jane Doe, Due: 2024-05-01');
    expect(owner.value).toBe('Jane Doe');
    expect(takeDue(owner.text)).toEqual({ value: '2024-05-01', text: 'Rotate keys' });
  });

  it('keeps placeholders as written', () => {
    expect(takeOwner('Fix it Owner: ???').value).toBe('???');
  });

  it('takes due dates written as labels or with "by"', () => {
    expect(takeDue('Ship the fix by 2024-05-01')).toEqual({ value: '2024-05-01', text: 'Ship the fix' });
    expect(takeDue('Ship the fix (due 2024-05-01)')).toEqual({ value: '2024-05-01', text: 'Ship the fix' });
    expect(takeDue('Ship the fix. Due: next sprint').value).toBe('next sprint');
    expect(takeDue('Outage due to a bad config').value).toBeNull();
  });
});

describe('tickets', () => {
  it('finds written references', () => {
    expect(findTicket('Fix the leak ABC-123')).toBe('ABC-123');
    expect(findTicket('See #123 for details')).toBe('#123');
    expect(findTicket('Tracked in kubernetes/test-infra#12829')).toBe('kubernetes/test-infra#12829');
  });

  it('does not take CVE ids or post-mortem ids for tickets', () => {
    expect(findTicket('Patch CVE-2021-44228 everywhere')).toBeNull();
    expect(findTicket('see post-mortem PM2019-009')).toBeNull();
  });

  it('takes the URL of an issue link rather than its text', () => {
    const text = 'Page the oncall ([#12829](https://github.com/kubernetes/test-infra/issues/12829))';
    expect(findTicket(text)).toBe('https://github.com/kubernetes/test-infra/issues/12829');
    expect(dropTrailingTicket(text, 'https://github.com/kubernetes/test-infra/issues/12829')).toBe('Page the oncall');
  });

  it('does not take a plain documentation URL for a ticket', () => {
    expect(findTicket('Setup an inventory (for example <https://github.com/darkbitio/aws-recon>)')).toBeNull();
  });

  it('drops a trailing bracketed reference', () => {
    expect(dropTrailingTicket('ensure the run is not reverted: [#11134]', '#11134')).toBe('ensure the run is not reverted');
    expect(dropTrailingTicket('keep (this aside) text', '#1')).toBe('keep (this aside) text');
  });

  it('reads ticket cells, "n/a" meaning none', () => {
    expect(ticketCell('n/a')).toBeNull();
    expect(ticketCell(' Bug 5554823 ')).toBe('Bug 5554823');
  });
});
