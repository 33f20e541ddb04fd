/** A new postmortem: start from a few facts, or import a Markdown document written elsewhere. */
import { useState } from 'react';
import { useCanWrite } from '../../session/session.js';
import { ImportForm } from './import-form.js';
import { StartForm } from './start-form.js';

/** The new-postmortem page (for viewers, a word on who creates postmortems instead of a form they could not submit). */
export function NewPostmortemPage() {
  const [way, setWay] = useState<'start' | 'import'>('start');
  const canWrite = useCanWrite();
  if (!canWrite) {
    return (
      <>
        <h1>New postmortem</h1>
        <p className="note">Your role (viewer) reads postmortems; an editor or an admin creates them. Ask an admin if you need to write one.</p>
      </>
    );
  }
  return (
    <>
      <h1>New postmortem</h1>
      <div className="tabs" role="radiogroup" aria-label="How to start">
        <label className={way === 'start' ? 'tab tab-active' : 'tab'}>
          <input type="radio" name="way" checked={way === 'start'} onChange={() => setWay('start')} /> Start from the facts
        </label>
        <label className={way === 'import' ? 'tab tab-active' : 'tab'}>
          <input type="radio" name="way" checked={way === 'import'} onChange={() => setWay('import')} /> Import Markdown
        </label>
      </div>
      {way === 'start' ? <StartForm /> : <ImportForm />}
    </>
  );
}
