/** Why the server refused a policy: each problem with its line and field, a click selecting that line in the text; the policy in force unchanged. */
import type { RefObject } from 'react';
import { lineRange, type PolicyProblem } from '../../policy/policy-problems.js';

interface PolicyRefusalProps {
  id: string;
  problems: readonly PolicyProblem[];
  /** The version still in force. */
  version: number;
  /** True once the text has changed since it was refused: the lines named may have moved. */
  stale: boolean;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/** Selects line `line` of the text area, with the focus and the line scrolled into view. */
function goToLine(textarea: HTMLTextAreaElement, line: number): void {
  const { start, end } = lineRange(textarea.value, line);
  textarea.focus();
  textarea.setSelectionRange(start, end);
  const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 24;
  textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** A problem's place: "Line 3, owed.triggers.teams", "owed.triggers.teams" or "The YAML". */
function placeOf(problem: PolicyProblem): string {
  const field = problem.path === '' ? 'the YAML' : problem.path;
  return problem.line === null ? field.charAt(0).toUpperCase() + field.slice(1) : `Line ${problem.line}, ${field}`;
}

/** The refusal (role=alert); `problems` are one or more. */
export function PolicyRefusal({ id, problems, version, stale, textareaRef }: PolicyRefusalProps) {
  return (
    <div id={id} className="note note-error" role="alert">
      <p>Not saved: the policy in force (version {version}) did not change.</p>
      <ul className="policy-problems">
        {problems.map((problem) => {
          const { line } = problem;
          const text = `${placeOf(problem)}: ${problem.message}`;
          return (
            <li key={`${problem.path} ${line} ${problem.message}`}>
              {line === null ? (
                text
              ) : (
                <button type="button" className="link-button" onClick={() => textareaRef.current !== null && goToLine(textareaRef.current, line)}>
                  {text}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {stale ? <p>The text has changed since; Save again to check it.</p> : null}
    </div>
  );
}
