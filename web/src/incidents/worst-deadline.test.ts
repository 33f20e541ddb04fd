import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../src/core/incident.js';
import { worstDeadline } from './worst-deadline.js';

const at = (state: Deadline['state']): Deadline => ({ at: '2026-03-03T10:00:00.000Z', state });

describe('worstDeadline', () => {
  it('picks the most urgent deadline, the earliest of equals, and none when nothing is owed', () => {
    expect(worstDeadline(null)).toBeNull();
    expect(worstDeadline({ draftBy: at('met'), meetingBy: at('due_soon'), publishBy: at('late') })?.key).toBe('publishBy');
    expect(worstDeadline({ draftBy: at('met'), meetingBy: at('pending'), publishBy: at('pending') })?.key).toBe('meetingBy');
    expect(worstDeadline({ draftBy: at('met'), meetingBy: at('met'), publishBy: at('met') })).toEqual({ key: 'draftBy', deadline: at('met') });
  });
});
