/**
 * Who may see a restricted postmortem: e-mail addresses, comma-separated. Only complete addresses reach the
 * draft (and so the autosave); what is still being typed stays in the box, pointed out, until it is one.
 */
import { useState } from 'react';
import { TextField } from '../../../components/fields.js';
import { useUser } from '../../../session/session.js';

/** The server's loose check: something, @, something, no spaces. */
const EMAIL = /^[^\s@,]+@[^\s@,]+$/;

function entries(text: string): string[] {
  return text.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

/** The same addresses, whatever their case and order (the server keeps them lower case and sorted). */
function sameAddresses(a: readonly string[], b: readonly string[]): boolean {
  const key = (list: readonly string[]) => [...new Set(list.map((e) => e.toLowerCase()))].sort().join('\n');
  return key(a) === key(b);
}

/** The members field; `restricted` decides whether the list matters yet. */
export function MembersInput({ members, restricted, onChange }: { members: readonly string[]; restricted: boolean; onChange(members: string[]): void }) {
  const user = useUser();
  const [text, setText] = useState(members.join(', '));
  const complete = entries(text).filter((e) => EMAIL.test(e));
  const shown = sameAddresses(complete, members) ? text : members.join(', ');
  const pending = entries(shown).filter((e) => !EMAIL.test(e));
  const losesAccess = restricted && user.role !== 'admin' && !members.some((m) => m.toLowerCase() === user.email.toLowerCase());
  return (
    <div className="span-2">
      <TextField
        label="Members (e-mail addresses)"
        value={shown}
        onChange={(next) => {
          setText(next);
          const valid = entries(next).filter((e) => EMAIL.test(e));
          if (!sameAddresses(valid, members)) onChange(valid);
        }}
        hint={
          pending.length > 0
            ? `Not an e-mail address yet: ${pending.join(', ')}`
            : restricted
              ? 'Only they (and admins) can see this postmortem. Separate with commas.'
              : 'Who may see it once it is restricted. Separate with commas.'
        }
      />
      {losesAccess ? (
        <p className="note note-error" role="alert">
          You are not among the members: once this is saved, you will no longer see this postmortem.
        </p>
      ) : null}
    </div>
  );
}
