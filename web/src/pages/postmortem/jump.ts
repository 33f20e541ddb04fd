/** Moving the reader to the place a finding concerns: scroll it into view and focus its first control. */
import { sectionDomId } from '../../postmortem/sections.js';
import type { FindingPlace } from '../../postmortem/finding-place.js';

/** Scrolls to the row (or else the section) of `place` and focuses its first text field (else button); false when not on the page. */
export function jumpTo(place: FindingPlace): boolean {
  const target = document.getElementById(sectionDomId(place.section, place.row)) ?? document.getElementById(sectionDomId(place.section));
  if (target === null) return false;
  target.scrollIntoView({ block: 'center' });
  const control = target.querySelector<HTMLElement>('textarea, input, select') ?? target.querySelector<HTMLElement>('button') ?? target;
  if (control === target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  control.focus({ preventScroll: true });
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1500);
  return true;
}
