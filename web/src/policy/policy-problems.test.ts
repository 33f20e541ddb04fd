import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http.js';
import { lineRange, policyProblems } from './policy-problems.js';

const TEXT = 'owed:\n  triggers:\n    customerImpactMinutes: lots\n';

describe('the problems of a refused policy', () => {
  it('reads the path, line and message of each detail of a 422, and nothing of other errors', () => {
    const error = new ApiError(422, 'invalid_input', 'policy line 3, …', [
      { path: 'owed.triggers.customerImpactMinutes', line: 3, message: 'expected a whole number' },
      { path: 'digest.dayz', line: null, message: 'unknown key' },
      { oops: true },
    ]);
    expect(policyProblems(error)).toEqual([
      { path: 'owed.triggers.customerImpactMinutes', line: 3, message: 'expected a whole number' },
      { path: 'digest.dayz', line: null, message: 'unknown key' },
    ]);
    expect(policyProblems(new Error('offline'))).toEqual([]);
  });

  it('finds where a line starts and ends', () => {
    const { start, end } = lineRange(TEXT, 3);
    expect(TEXT.slice(start, end)).toBe('    customerImpactMinutes: lots');
    expect(lineRange(TEXT, 1)).toEqual({ start: 0, end: 5 });
    expect(lineRange(TEXT, 99).start).toBe(TEXT.length);
  });
});
