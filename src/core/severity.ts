/** Severity levels and the aliases teams write for them (P1–P4, Critical/Major/Minor/Low). */
import type { Kind, Severity } from './postmortem.schema.js';

const ALIASES: Record<string, Severity> = {
  sev1: 'SEV1', sev2: 'SEV2', sev3: 'SEV3', sev4: 'SEV4',
  p1: 'SEV1', p2: 'SEV2', p3: 'SEV3', p4: 'SEV4',
  '1': 'SEV1', '2': 'SEV2', '3': 'SEV3', '4': 'SEV4',
  critical: 'SEV1', major: 'SEV2', high: 'SEV2', minor: 'SEV3', medium: 'SEV3', low: 'SEV4',
};

/** Reads a severity as people write it ("SEV-2", "P1", "Critical", "sev 3"); null when it is none of them. */
export function parseSeverity(text: string): Severity | null {
  const key = text.trim().toLowerCase().replace(/[\s_-]+/g, '');
  return ALIASES[key] ?? null;
}

/** True for the severities that get the full template and the long review (SEV1, SEV2). */
export function isMajor(severity: Severity | null): boolean {
  return severity === 'SEV1' || severity === 'SEV2';
}

/** The kind of postmortem a severity calls for: full for SEV1/SEV2 (or no severity yet), lightweight for SEV3/SEV4. */
export function kindForSeverity(severity: Severity | null): Kind {
  return severity === null || isMajor(severity) ? 'full' : 'lightweight';
}
