import { CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, InputError, NotFoundError } from '../core/errors.js';
import { reportError } from './report-error.js';

describe('reportError', () => {
  let written = '';
  beforeEach(() => {
    written = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
    vi.stubEnv('DEBRIEF_DEBUG', '');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it.each([new InputError('a.md: too large'), new NotFoundError('a.md: no such file'), new ConflictError('a.md: exists')])('prints a Debrief error as "debrief: <message>" and returns 2', (error) => {
    expect(reportError(error)).toBe(2);
    expect(written).toBe(`debrief: ${error.message}\n`);
  });

  it('prints anything else as an internal error, without a stack trace', () => {
    expect(reportError(new TypeError('x is undefined'))).toBe(2);
    expect(written).toBe('debrief: internal error: x is undefined (please report this)\n');
    expect(reportError('thrown string')).toBe(2);
    expect(written).toContain('debrief: internal error: thrown string (please report this)\n');
  });

  it('adds the stack traces, causes included, when DEBRIEF_DEBUG=1', () => {
    vi.stubEnv('DEBRIEF_DEBUG', '1');
    reportError(new Error('outer', { cause: new Error('inner') }));
    expect(written).toMatch(/^debrief: internal error: outer \(please report this\)\nError: outer\n\s+at /);
    expect(written).toMatch(/\nError: inner\n\s+at /);
  });

  it('maps commander outcomes: help and version 0, usage errors 2, printing nothing more', () => {
    expect(reportError(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(0);
    expect(reportError(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"))).toBe(2);
    expect(written).toBe('');
  });
});
