import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../../test/cli-harness.js';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
}

describe('debrief schema', () => {
  it('prints the JSON Schema of show --format json, derived metrics included', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as JsonSchema & { $schema: string };
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    for (const key of ['title', 'severity', 'status', 'times', 'timeline', 'actionItems', 'derived']) expect(schema.required).toContain(key);
    const derived = schema.properties?.derived;
    expect(Object.keys(derived?.properties ?? {}).sort()).toEqual(
      ['durationMinutes', 'impact', 'timeToAcknowledgeMinutes', 'timeToDetectMinutes', 'timeToMitigateMinutes', 'timeToResolveMinutes', 'times'],
    );
    expect(derived?.properties?.durationMinutes).toEqual({ type: ['number', 'null'] });
  });

  it('names every top-level key that show prints', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout) as JsonSchema;
    const shown = JSON.parse((await runCli(['show', 'test/fixtures/cli/checkout-outage.md'], { cwd: repoRoot })).stdout) as Record<string, unknown>;
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(shown).sort());
  });
});
