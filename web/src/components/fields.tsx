/** Labelled form controls: every input has a visible label tied to it, and an optional hint. */
import { useId, type ReactNode } from 'react';

interface BaseProps {
  label: string;
  hint?: ReactNode;
  className?: string;
  /** Hide the label visually (it stays for screen readers), for compact table cells. */
  compact?: boolean;
}

function Label({ htmlFor, label, compact }: { htmlFor: string; label: string; compact?: boolean }) {
  return (
    <label htmlFor={htmlFor} className={compact === true ? 'visually-hidden' : 'field-label'}>
      {label}
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint === undefined ? null : (
    <div id={id} className="field-hint">
      {hint}
    </div>
  );
}

/** A one-line text input (or date, datetime-local, search…). */
export function TextField(
  props: BaseProps & { value: string; onChange(value: string): void; type?: string; list?: string; placeholder?: string; onBlur?(): void; required?: boolean; autoComplete?: string; name?: string },
) {
  const id = useId();
  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label htmlFor={id} label={props.label} compact={props.compact} />
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        list={props.list}
        placeholder={props.placeholder}
        required={props.required}
        autoComplete={props.autoComplete}
        aria-describedby={props.hint === undefined ? undefined : `${id}-hint`}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
      />
      <Hint id={`${id}-hint`} hint={props.hint} />
    </div>
  );
}

/** A multi-line text area. */
export function TextArea(props: BaseProps & { value: string; onChange(value: string): void; rows?: number; placeholder?: string }) {
  const id = useId();
  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label htmlFor={id} label={props.label} compact={props.compact} />
      <textarea
        id={id}
        rows={props.rows ?? 4}
        value={props.value}
        placeholder={props.placeholder}
        aria-describedby={props.hint === undefined ? undefined : `${id}-hint`}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <Hint id={`${id}-hint`} hint={props.hint} />
    </div>
  );
}

/** A select over labelled options; `emptyLabel` adds a choice for "none" (the value ''). */
export function SelectField<V extends string>(
  props: BaseProps & { value: V | ''; onChange(value: V | ''): void; options: Record<V, string>; emptyLabel?: string },
) {
  const id = useId();
  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label htmlFor={id} label={props.label} compact={props.compact} />
      <select
        id={id}
        value={props.value}
        aria-describedby={props.hint === undefined ? undefined : `${id}-hint`}
        onChange={(event) => props.onChange(event.target.value as V | '')}
      >
        {props.emptyLabel === undefined ? null : <option value="">{props.emptyLabel}</option>}
        {(Object.entries(props.options) as [V, string][]).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <Hint id={`${id}-hint`} hint={props.hint} />
    </div>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField(props: { label: string; checked: boolean; onChange(checked: boolean): void; className?: string }) {
  const id = useId();
  return (
    <div className={`field field-checkbox ${props.className ?? ''}`}>
      <input id={id} type="checkbox" checked={props.checked} onChange={(event) => props.onChange(event.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}
