/** A comma-separated text input bound to a list of words (services, teams, tags), kept as typed while typing. */
import { useState } from 'react';
import { TextField } from './fields.js';

function parse(text: string): string[] {
  return text.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

/** A labelled input of comma-separated values. */
export function ListInput({ label, values, onChange, hint, error }: { label: string; values: readonly string[]; onChange(values: string[]): void; hint?: string; error?: string }) {
  const [text, setText] = useState(values.join(', '));
  const shown = parse(text).join('\u0000') === values.join('\u0000') ? text : values.join(', ');
  return (
    <TextField
      label={label}
      value={shown}
      hint={hint ?? 'Separate with commas.'}
      error={error}
      onChange={(next) => {
        setText(next);
        onChange(parse(next));
      }}
    />
  );
}
