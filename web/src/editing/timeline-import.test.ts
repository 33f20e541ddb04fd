import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/core/postmortem.schema.js';
import { mergeTimeline } from '../../../src/importers/merge-timeline.js';
import type { ImportedEvent } from '../../../src/importers/source-reading.js';
import { addedEvents, describeImported, describeOmitted, describePreview } from './timeline-import.js';

function typed(at: string, text: string): TimelineEvent {
  return { at, written: at, approximate: false, text, actor: null, kind: null, source: 'typed' };
}

function imported(at: string, text: string, vendor: string, id: string): ImportedEvent {
  return { at, written: at, text, actor: null, kind: 'alert', sources: [{ vendor, id }] };
}

describe('the events a timeline import adds', () => {
  it('are the merged timeline’s events that were not there, wherever they fall, and not the ones another tool joined', () => {
    const before = [typed('2024-03-01T14:00:00.000Z', 'Deploy started'), { ...typed('2024-03-01T14:05:00.000Z', 'Checkout latency high'), kind: 'alert' as const, source: 'alertmanager abc' }, typed('2024-03-01T14:30:00.000Z', 'Rolled back')];
    const merged = mergeTimeline(before, [
      imported('2024-03-01T13:59:00.000Z', 'Disk alert', 'pagerduty', 'P1'),
      imported('2024-03-01T14:05:20.000Z', 'Checkout latency high', 'pagerduty', 'P2'),
      // The same time and text as a written event: added beside it, not taken for it.
      imported('2024-03-01T14:30:00.000Z', 'Rolled back', 'pagerduty', 'P3'),
    ]);
    expect([merged.added, merged.merged]).toEqual([2, 1]);
    expect(addedEvents(before, merged.timeline).map((e) => [e.at, e.source])).toEqual([
      ['2024-03-01T13:59:00.000Z', 'pagerduty P1'],
      ['2024-03-01T14:30:00.000Z', 'pagerduty P3'],
    ]);
  });

  it('are none when nothing changes', () => {
    const before = [typed('2024-03-01T14:00:00.000Z', 'Deploy started')];
    expect(addedEvents(before, before)).toEqual([]);
  });
});

describe('what the import form says', () => {
  const result = { added: 2, merged: 1, skipped: 0, leftOut: [], omitted: [], timeline: [], version: null };

  it('counts what a preview would do and what an import did', () => {
    expect(describePreview(result)).toBe('2 to add, 1 to join events other tools gave, 0 already there.');
    expect(describeImported('pagerduty', result)).toBe('Imported from PagerDuty: 2 added, 1 joined to events other tools gave, 0 already there.');
  });

  it('counts what a source left out on purpose, with why, and says nothing when it left out nothing', () => {
    expect(describeOmitted([])).toBe('');
    expect(describeOmitted([{ reason: 'channel joins', count: 3 }, { reason: 'outside the incident window (a to b)', count: 1 }])).toBe('4 entries left out on purpose: 3 channel joins; 1 outside the incident window (a to b).');
    expect(describeOmitted([{ reason: 'channel joins', count: 1 }])).toBe('1 entry left out on purpose: 1 channel joins.');
  });
});
