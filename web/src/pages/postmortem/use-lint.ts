/** Lint findings of the saved version, each placed in the section (and row) it concerns. */
import { useEffect, useState } from 'react';
import { getMarkdown, lintPostmortem } from '../../api/postmortems.js';
import type { LintFinding } from '../../api/types.js';
import { findingPlace, type FindingPlace } from '../../postmortem/finding-place.js';

/** A finding with its place in the app. */
export type PlacedFinding = LintFinding & { place: FindingPlace };

/** The findings last received (null until the first answer), and why the last check failed, if it did. */
export interface LintState {
  findings: PlacedFinding[] | null;
  error: string | null;
}

/** Placed findings of `id`, refreshed whenever `version` changes (after each save). */
export function useLint(id: string, version: number): LintState {
  const [state, setState] = useState<LintState>({ findings: null, error: null });
  useEffect(() => {
    let live = true;
    Promise.all([lintPostmortem(id), getMarkdown(id)]).then(
      ([result, markdown]) => live && setState({ findings: result.messages.map((m) => ({ ...m, place: findingPlace(markdown, m.line) })), error: null }),
      (error: unknown) => live && setState((previous) => ({ ...previous, error: error instanceof Error ? error.message : String(error) })),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  return state;
}
