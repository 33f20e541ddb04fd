/** The policy's YAML in a monospace text area with line numbers beside it; the lines a refusal names are marked there. */
import { useId, useRef, type RefObject } from 'react';

interface PolicyEditorProps {
  value: string;
  onChange(value: string): void;
  /** The text area, for moving the caret to a line. */
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** Lines the last refusal named. */
  problemLines: ReadonlySet<number>;
  /** Ids of what describes the text area (the hint, the problems). */
  describedBy: string;
}

/** The editor. */
export function PolicyEditor({ value, onChange, textareaRef, problemLines, describedBy }: PolicyEditorProps) {
  const id = useId();
  const gutter = useRef<HTMLDivElement>(null);
  const lineCount = value.split('\n').length;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Policy (YAML)
      </label>
      <div className="code-editor">
        <div className="code-gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lineCount }, (_, i) => (
            <div key={i} className={problemLines.has(i + 1) ? 'gutter-problem' : undefined}>
              {i + 1}
            </div>
          ))}
        </div>
        <textarea
          id={id}
          ref={textareaRef}
          rows={24}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={problemLines.size > 0 ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => {
            if (gutter.current !== null) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
    </div>
  );
}
