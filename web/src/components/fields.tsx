/** Labelled form controls: every input has a visible label tied to it, an optional hint, and the server's complaint about it. */
import { useId, type ReactNode } from 'react';

interface BaseProps {
  label: string;
  hint?: ReactNode;
  className?: string;
  /** Hide the label visually (it stays for screen readers), for compact table cells. */
  compact?: boolean;
  /** What is wrong with the value (e.g. the server's field error): shown under the control and announced. */
  error?: string;
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

function FieldError({ id, error }: { id: string; error?: string }) {
  return error === undefined ? null : (
    <div id={id} className="field-error" role="alert">
      {error}
    </div>
  );
}

/** The ARIA attributes that tie a control to its hint and error. */
function described(id: string, props: BaseProps): { 'aria-describedby'?: string; 'aria-invalid'?: true } {
  const ids = [props.hint === undefined ? '' : `${id}-hint`, props.error === undefined ? '' : `${id}-error`].filter((x) => x !== '');
  return { 'aria-describedby': ids.join(' ') || undefined, 'aria-invalid': props.error === undefined ? undefined : true };
}

/** A one-line text input (or date, datetime-local, search…). */
export function TextField(
  props: BaseProps & {
    value: string;
    onChange(value: string): void;
    type?: string;
    list?: string;
    placeholder?: string;
    onBlur?(): void;
    required?: boolean;
    autoComplete?: string;
    name?: string;
    readOnly?: boolean;
    min?: number;
    max?: number;
  },
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
        readOnly={props.readOnly}
        min={props.min}
        max={props.max}
        {...described(id, props)}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
      />
      <Hint id={`${id}-hint`} hint={props.hint} />
      <FieldError id={`${id}-error`} error={props.error} />
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
        {...described(id, props)}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <Hint id={`${id}-hint`} hint={props.hint} />
      <FieldError id={`${id}-error`} error={props.error} />
    </div>
  );
}

/** A select over labelled options (some of `V` may be left out); `emptyLabel` adds a choice for "none" (the value ''). */
export function SelectField<V extends string>(
  props: BaseProps & { value: V | ''; onChange(value: V | ''): void; options: Partial<Record<V, string>>; emptyLabel?: string },
) {
  const id = useId();
  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label htmlFor={id} label={props.label} compact={props.compact} />
      <select
        id={id}
        value={props.value}
        {...described(id, props)}
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
      <FieldError id={`${id}-error`} error={props.error} />
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
