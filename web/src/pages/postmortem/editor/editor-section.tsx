/** One section of the editor: its heading, the findings about it, and its controls. */
import type { ReactNode } from 'react';
import { SECTION_TITLES, sectionDomId, type SectionKey } from '../../../postmortem/sections.js';
import { SectionFindings } from '../findings.js';
import type { PlacedFinding } from '../use-lint.js';

/** A titled, linkable section with its findings beside it. */
export function EditorSection({ section, findings, children, hint }: { section: SectionKey; findings: readonly PlacedFinding[]; children: ReactNode; hint?: string }) {
  const id = sectionDomId(section);
  return (
    <section id={id} className="editor-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{SECTION_TITLES[section]}</h2>
      {hint === undefined ? null : <p className="section-hint">{hint}</p>}
      <SectionFindings findings={findings} section={section} />
      {children}
    </section>
  );
}
