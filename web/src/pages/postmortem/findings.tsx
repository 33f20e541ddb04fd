/** Lint findings as the reader sees them: beside their section, and all together in a side panel. */
import type { ReactNode } from 'react';
import { editorAdvice } from '../../postmortem/editor-advice.js';
import { SECTION_TITLES, type SectionKey } from '../../postmortem/sections.js';
import type { PlacedFinding } from './use-lint.js';

function severityWord(finding: PlacedFinding): string {
  return finding.severity === 2 ? 'Error' : 'Warning';
}

/** One finding: what, the suggested rewrite (in the editor's words where the engine's speak of Markdown), and (when given) a way to jump to its place. */
export function Finding({ finding, onJump }: { finding: PlacedFinding; onJump?(): void }) {
  const advice = editorAdvice(finding);
  const body: ReactNode = (
    <>
      <span className={`finding-level finding-level-${finding.severity}`}>{severityWord(finding)}</span> {finding.message}
      {advice === null ? (
        finding.suggestions.map((s, i) => (
          <span key={i} className="suggestion">
            Try: {s.desc}
          </span>
        ))
      ) : (
        <span className="suggestion">Try: {advice}</span>
      )}
      <span className="finding-rule">{finding.ruleId}</span>
    </>
  );
  return (
    <li className="finding" data-rule={finding.ruleId}>
      {onJump === undefined ? (
        body
      ) : (
        <button type="button" className="finding-jump" onClick={onJump} title={`Go to ${SECTION_TITLES[finding.place.section]}`}>
          {body}
        </button>
      )}
    </li>
  );
}

/** The findings of one section, shown under its heading. */
export function SectionFindings({ findings, section }: { findings: readonly PlacedFinding[]; section: SectionKey }) {
  const mine = findings.filter((f) => f.place.section === section);
  if (mine.length === 0) return null;
  return (
    <ul className="findings findings-inline" aria-label={`Findings in ${SECTION_TITLES[section]}`}>
      {mine.map((f, i) => (
        <Finding key={i} finding={f} />
      ))}
    </ul>
  );
}

/**
 * Every finding, grouped in document order, each a button to its place; when the last check failed (`error`), says
 * so, and that the notes shown, if any, are of an earlier version.
 */
export function FindingsPanel({ findings, error, onJump }: { findings: readonly PlacedFinding[] | null; error: string | null; onJump(finding: PlacedFinding): void }) {
  const errors = findings?.filter((f) => f.severity === 2).length ?? 0;
  return (
    <aside className="findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title">Review notes</h2>
      {error === null ? null : (
        <p role="alert" className="note note-error">
          Could not check this version: {error}. {findings === null ? '' : 'The notes below are of an earlier version. '}It is checked again at the next save.
        </p>
      )}
      <p role="status" className="findings-count">
        {findings === null ? (error === null ? 'Checking…' : 'Not checked.') : findings.length === 0 ? 'No findings: nothing to fix.' : `${errors} error(s), ${findings.length - errors} warning(s)`}
      </p>
      {findings === null || findings.length === 0 ? null : (
        <ul className="findings">
          {findings.map((f, i) => (
            <Finding key={i} finding={f} onJump={() => onJump(f)} />
          ))}
        </ul>
      )}
    </aside>
  );
}
