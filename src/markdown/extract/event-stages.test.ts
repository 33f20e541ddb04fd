import { describe, it, expect } from 'vitest';
import { splitByStage } from './event-stages.js';

describe('splitByStage', () => {
  it('keeps a one-sentence row whole', () => {
    expect(splitByStage('Restarted the api pods')).toEqual([{ text: 'Restarted the api pods', kind: 'mitigation' }]);
  });

  it('keeps a row whole when its inner full stop ends no sentence', () => {
    const text = 'Restarted the api pods, e.g. the web tier';
    expect(splitByStage(text)).toEqual([{ text, kind: 'mitigation' }]);
  });

  it('reads a row of several sentences that tell one stage as a whole', () => {
    const text = 'Detected errors. Still investigating.';
    expect(splitByStage(text)).toEqual([{ text, kind: 'detection' }]);
  });

  it('splits off the end of the incident told after an earlier stage', () => {
    expect(splitByStage('Monitoring detected the stall. The rollback resolved the issue.')).toEqual([
      { text: 'Monitoring detected the stall.', kind: 'alert' },
      { text: 'The rollback resolved the issue.', kind: 'resolution' },
    ]);
  });
});
