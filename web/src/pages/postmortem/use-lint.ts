/** Lint findings of the saved version, each placed in the section (and row) it concerns. */
import { useEffect, useState } from 'react';
import { getMarkdown, lintPostmortem } from '../../api/postmortems.js';
import type { LintFinding } from '../../api/types.js';
import { findingPlace, type FindingPlace } from '../../postmortem/finding-place.js';

/** A finding with its place in the app. */
export type PlacedFinding = LintFinding & { place: FindingPlace };

/** Placed findings of `id`, refreshed whenever `version` changes (after each save); null until the first answer. */
export function useLint(id: string, version: number): PlacedFinding[] | null {
  const [findings, setFindings] = useState<PlacedFinding[] | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([lintPostmortem(id), getMarkdown(id)]).then(
      ([result, markdown]) => live && setFindings(result.messages.map((m) => ({ ...m, place: findingPlace(markdown, m.line) }))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  return findings;
}
