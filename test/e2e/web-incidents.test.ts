/**
 * Incidents, the owed-postmortem policy and teams in the web app: an editor records incidents (times typed in
 * their own zone) and lands on each one's page, which says what the policy owes and why, links the drafted
 * postmortem and shows the deadlines; an editor's stale edit is caught; an admin waives a postmortem, saves a policy
 * (a wrong one is refused with its line and field) and adds a team; a viewer is offered no control they cannot use.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, description, EDITOR, screenshot, screenshotsWide, signedInPage, useE2e, VIEWER, ZONE } from './harness.js';

const e2e = useE2e();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const contexts: BrowserContext[] = [];

/** The parts of an incident these tests read through the API. */
interface Incident {
  id: string;
  version: number;
  owed: string;
  reasons: string[];
  postmortemId: string | null;
  startedAt: string | null;
  resolvedAt: string | null;
  source: string;
  waiver: { reason: string; by: string } | null;
  deadlines: Record<'draftBy' | 'meetingBy' | 'publishBy', { at: string | null; state: string }> | null;
}

/** Now, to the minute (the form's precision). */
function minuteAgo(ms: number): Date {
  return new Date(Math.floor((Date.now() - ms) / MINUTE) * MINUTE);
}

/** An instant as a datetime-local value in ZONE ("2026-12-03T05:40"). */
function localInput(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date).replace(' ', 'T');
}

/** An instant as the API writes what the form sends: `2026-12-03T04:40:00Z`. */
function utc(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** The incident ids of the list's rows, in order. */
async function rowIds(page: Page): Promise<(string | null)[]> {
  return Promise.all((await page.getByTestId('incident-row').all()).map((row) => row.getAttribute('data-id')));
}

/** A page signed in as `who` in a browser whose zone is ZONE, at desktop width. */
async function pageAs(who: { email: string; password: string }): Promise<Page> {
  const { context, page } = await signedInPage(e2e.browser, e2e.server.url, who, { timezoneId: ZONE, viewport: { width: 1366, height: 900 } });
  contexts.push(context);
  return page;
}

/** Records an incident through the API, as the admin. */
async function seed(facts: Record<string, unknown>): Promise<Incident> {
  const created = await e2e.api<Incident>('/incidents', { method: 'POST', body: JSON.stringify(facts) });
  expect(created.status).toBe(201);
  return created.body;
}

/** The incident as the API reads it now. */
async function read(id: string): Promise<Incident> {
  return (await e2e.api<Incident>(`/incidents/${id}`)).body;
}

/** The id of the incident whose page is open. */
function openIncidentId(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
}

let editor: Page;
let admin: Page;
let viewer: Page;
/** The incidents the editor records in the form. */
const recorded: { full?: string; blip?: string } = {};

beforeAll(async () => {
  for (const user of [EDITOR, VIEWER]) {
    expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify(user) })).status).toBe(201);
  }
  [editor, admin, viewer] = await Promise.all([pageAs(EDITOR), pageAs(ADMIN), pageAs(VIEWER)]);
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

describe('recording incidents', () => {
  it('records an incident that owes a full postmortem: times typed in the user’s zone, a wrong field shown beside it, then its page with the reasons and the drafted postmortem', async () => {
    const started = minuteAgo(3 * HOUR);
    const resolved = minuteAgo(HOUR);
    await editor.goto(e2e.server.url);
    await editor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
    await editor.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    await editor.getByRole('button', { name: 'Record an incident' }).click();

    const form = editor.getByRole('form', { name: 'Record an incident' });
    await form.getByText(`When, in your time zone (${ZONE})`).waitFor();
    await form.getByLabel('Title', { exact: true }).fill('Checkout returned 502s');
    await form.getByLabel('Severity', { exact: true }).selectOption('SEV2');
    await form.getByLabel('Started', { exact: true }).fill(localInput(started));
    await form.getByLabel('Resolved', { exact: true }).fill(localInput(resolved));
    await form.getByLabel('Services', { exact: true }).fill('checkout-api');
    await form.getByLabel('Teams', { exact: true }).fill('payments');
    await form.getByLabel('Customer impact (minutes)').fill('42');
    await form.getByLabel('Escalated by the on-call').check();
    const failureMode = form.getByLabel('Failure mode', { exact: true });
    await failureMode.fill('Bad Gateway');
    await expect(form.getByLabel('Source', { exact: true }).inputValue()).resolves.toBe('web');
    await form.getByRole('button', { name: 'Record incident' }).click();
    await expect.poll(() => description(failureMode)).toMatch(/expected a short lower-case label/);
    await expect(failureMode.getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(editor, 'incident-record-field-error');
    expect((await e2e.api<{ items: unknown[] }>('/incidents')).body.items).toEqual([]);

    await failureMode.fill('bad-gateway');
    await form.getByRole('button', { name: 'Record incident' }).click();
    await editor.waitForURL(/\/incidents\/INC-\d+$/);
    const id = openIncidentId(editor);
    recorded.full = id;
    await editor.getByRole('heading', { name: `${id} Checkout returned 502s`, level: 1 }).waitFor();

    const incident = await read(id);
    expect(incident).toMatchObject({ owed: 'full', source: 'web', startedAt: utc(started), resolvedAt: utc(resolved), postmortemId: expect.any(String) });
    const owed = editor.getByTestId('incident-owed');
    await owed.getByText('A full postmortem is owed.').waitFor();
    await expect(owed.locator('.badge').first().textContent()).resolves.toBe('Full');
    const reasons = await owed.locator('.reasons li').allTextContents();
    expect(reasons).toEqual(incident.reasons);
    expect(reasons).toContain('customer-visible impact 42 min ≥ 15 min');
    expect(reasons).toContain('SEV2: full postmortem');
    await owed.getByRole('link', { name: 'the default policy (version 0)' }).waitFor();
    const postmortem = owed.getByRole('link', { name: incident.postmortemId ?? '' });
    await expect(postmortem.getAttribute('href')).resolves.toBe(`/postmortems/${encodeURIComponent(incident.postmortemId ?? '')}`);

    // The deadlines in the user's zone, named, with UTC on hover; an hour after the resolution they are all ahead.
    const draftBy = editor.locator('[data-deadline="draftBy"]');
    await expect(draftBy.textContent()).resolves.toContain(`(${ZONE})`);
    await expect(draftBy.locator('time').getAttribute('title')).resolves.toBe(`${incident.deadlines?.draftBy.at?.slice(0, 10)} ${incident.deadlines?.draftBy.at?.slice(11, 16)} UTC`);
    await expect(editor.locator('[data-deadline] .badge').allTextContents()).resolves.toEqual(['Pending', 'Pending', 'Pending']);
    await editor.getByTestId('incident-revision').filter({ hasText: /^1.*Recorded$/ }).waitFor();
    await editor.getByTestId('incident-revision').filter({ hasText: `Postmortem ${incident.postmortemId} drafted (full)` }).waitFor();
    await screenshotsWide(editor, 'incident-full');

    await postmortem.click();
    await editor.getByRole('heading', { name: 'Checkout returned 502s', level: 1 }).waitFor();
    expect(new URL(editor.url()).pathname).toBe(`/postmortems/${encodeURIComponent(incident.postmortemId ?? '')}`);
  });

  it('records a blip that owes nothing, and says why', async () => {
    await editor.goto(`${e2e.server.url}/incidents`);
    await editor.getByRole('button', { name: 'Record an incident' }).click();
    const form = editor.getByRole('form', { name: 'Record an incident' });
    await form.getByLabel('Title', { exact: true }).fill('Cache blip');
    await form.getByLabel('Severity', { exact: true }).selectOption('SEV4');
    await form.getByLabel('Started', { exact: true }).fill(localInput(minuteAgo(30 * MINUTE)));
    await form.getByLabel('Resolved', { exact: true }).fill(localInput(minuteAgo(27 * MINUTE)));
    await form.getByLabel('Customer impact (minutes)').fill('0');
    await form.getByLabel('Resolved on its own (nobody acted)').check();
    await form.getByRole('button', { name: 'Record incident' }).click();
    await editor.waitForURL(/\/incidents\/INC-\d+$/);
    recorded.blip = openIncidentId(editor);

    const owed = editor.getByTestId('incident-owed');
    await owed.getByText('No postmortem is owed.').waitFor();
    await expect(owed.locator('.reasons li').allTextContents()).resolves.toEqual(['lasted 3 min < 5 min', 'auto-resolved', 'no customer impact']);
    await owed.getByText('No postmortem owed.').waitFor();
    await editor.getByText('None: no postmortem is owed.').waitFor();
    expect(await read(recorded.blip)).toMatchObject({ owed: 'none', postmortemId: null, deadlines: null });
    await screenshot(editor, 'incident-none');
  });

  it('lists incidents newest first with what each owes and its most urgent deadline, filtered by what they owe in the address', async () => {
    const late = await seed({ title: 'Ledger disk full', severity: 'SEV2', startedAt: utc(minuteAgo(80 * HOUR)), resolvedAt: utc(minuteAgo(78 * HOUR)), services: ['ledger'], slaBreached: true });
    const dueSoon = await seed({ title: 'Search slow for EU customers', severity: 'SEV3', startedAt: utc(minuteAgo(23 * HOUR)), resolvedAt: utc(minuteAgo(22 * HOUR)), customerImpactMinutes: 55 });
    await editor.goto(`${e2e.server.url}/incidents`);
    await expect.poll(() => rowIds(editor)).toEqual([dueSoon.id, late.id, recorded.blip, recorded.full]);
    const lateRow = editor.locator(`[data-testid="incident-row"][data-id="${late.id}"]`);
    await expect(lateRow.locator('.badge-deadline-late').textContent()).resolves.toBe('Late');
    await expect(lateRow.textContent()).resolves.toContain('Draft by');
    await expect(editor.locator(`[data-testid="incident-row"][data-id="${dueSoon.id}"] .badge-deadline-due-soon`).textContent()).resolves.toBe('Due soon');
    await expect(editor.locator(`[data-testid="incident-row"][data-id="${recorded.blip}"]`).textContent()).resolves.toContain('None owed');
    await screenshotsWide(editor, 'incidents-list');

    await editor.getByLabel('Owes').selectOption('none');
    await expect.poll(() => rowIds(editor)).toEqual([recorded.blip]);
    expect(new URL(editor.url()).searchParams.get('owed')).toBe('none');
    await editor.reload();
    await expect.poll(() => rowIds(editor)).toEqual([recorded.blip]);
    await expect(editor.getByLabel('Owes').inputValue()).resolves.toBe('none');
  });

  it('catches an edit of facts someone else changed meanwhile, reloads their version, and saves the change on it', async () => {
    const slow = await seed({ title: 'Slow search', severity: 'SEV3', customerImpactMinutes: 0, resolvedAt: utc(minuteAgo(2 * HOUR)) });
    await editor.goto(`${e2e.server.url}/incidents/${slow.id}`);
    await editor.getByTestId('incident-owed').getByText('No postmortem is owed.').waitFor();
    await editor.getByRole('button', { name: 'Edit the facts' }).click();
    const form = editor.getByRole('form', { name: 'Edit the facts' });
    // Someone else changes it first.
    expect((await e2e.api(`/incidents/${slow.id}`, { method: 'PATCH', body: JSON.stringify({ teams: ['search'] }), ifMatch: slow.version })).status).toBe(200);
    await form.getByLabel('Customer impact (minutes)').fill('30');
    await form.getByRole('button', { name: 'Save the facts' }).click();
    await form.getByRole('alert').getByText('Someone else changed this incident since you opened it').waitFor();
    await screenshot(editor, 'incident-edit-conflict');
    await form.getByRole('button', { name: 'Reload their version' }).click();
    await expect.poll(() => form.getByLabel('Teams', { exact: true }).inputValue()).toBe('search');
    await expect(form.getByLabel('Customer impact (minutes)').inputValue()).resolves.toBe('0');
    await form.getByLabel('Customer impact (minutes)').fill('30');
    await form.getByRole('button', { name: 'Save the facts' }).click();
    await editor.getByText('Facts saved. The policy now owes: a lightweight postmortem.').waitFor();
    await editor.getByTestId('incident-owed').getByText('customer-visible impact 30 min ≥ 15 min').waitFor();
    await editor.getByTestId('incident-revision').filter({ hasText: 'Facts changed: Customer impact (minutes)' }).waitFor();
    expect(await read(slow.id)).toMatchObject({ owed: 'lightweight', teams: ['search'], customerImpactMinutes: 30 });
  });
});

describe('as a viewer', () => {
  it('offers no record form, no edit, no waiver, no Save of the policy and no admin page', async () => {
    await viewer.goto(`${e2e.server.url}/incidents`);
    await viewer.getByTestId('incident-row').first().waitFor();
    await expect(viewer.getByRole('button', { name: 'Record an incident' }).count()).resolves.toBe(0);
    const nav = viewer.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Incidents' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Policy' }).count()).resolves.toBe(0);
    await expect(nav.getByRole('link', { name: 'Teams' }).count()).resolves.toBe(0);

    await viewer.goto(`${e2e.server.url}/incidents/${recorded.full}`);
    await viewer.getByTestId('incident-owed').getByText('A full postmortem is owed.').waitFor();
    await viewer.getByTestId('incident-revision').first().waitFor();
    await expect(viewer.getByRole('button').allTextContents()).resolves.toEqual(['Sign out']);
    await expect(viewer.getByRole('textbox').count()).resolves.toBe(0);
    await screenshot(viewer, 'incident-viewer');

    await viewer.getByRole('link', { name: 'the default policy (version 0)' }).click();
    await viewer.getByRole('heading', { name: 'Policy', level: 1 }).waitFor();
    await viewer.getByText('Only admins save a new version.').waitFor();
    await expect(viewer.getByRole('button', { name: 'Save' }).count()).resolves.toBe(0);

    await viewer.goto(`${e2e.server.url}/admin/teams`);
    await viewer.getByRole('heading', { name: 'Admins only' }).waitFor();
    await expect(viewer.getByRole('button', { name: 'Add team' }).count()).resolves.toBe(0);
  });
});

describe('a security incident', () => {
  it('is listed to a viewer as a restricted incident, counted with its deadline but without its title or a link, and shown in full to the admin who recorded it', async () => {
    const title = 'Signing key pushed to a public repository';
    const leak = await seed({ title, severity: 'SEV2', startedAt: utc(minuteAgo(3 * HOUR)), resolvedAt: utc(minuteAgo(2 * HOUR)), services: ['signing-svc'], securityExposure: true });
    await viewer.goto(`${e2e.server.url}/incidents`);
    const row = viewer.locator(`[data-testid="incident-row"][data-id="${leak.id}"]`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/Restricted incidentrestricted.*Withheld/);
    await expect(row.textContent()).resolves.not.toContain(title);
    await expect(row.getByRole('link').count()).resolves.toBe(0);
    await expect(row.locator('.badge-deadline-pending').count()).resolves.toBe(1);
    await screenshot(viewer, 'incidents-restricted-viewer');
    await viewer.goto(`${e2e.server.url}/incidents/${leak.id}`);
    await viewer.getByRole('alert').waitFor();
    await expect(viewer.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Incident ${leak.id}`);
    await expect(viewer.locator('body').textContent()).resolves.not.toContain(title);

    await admin.goto(`${e2e.server.url}/incidents`);
    await admin.locator(`[data-testid="incident-row"][data-id="${leak.id}"]`).getByRole('link', { name: `${leak.id} ${title}` }).waitFor();
  });
});

describe('as an admin', () => {
  it('waives an owed postmortem with a reason (refusing none beside the field), shows who and why, and withdraws it after confirming', async () => {
    const id = recorded.full ?? '';
    await admin.goto(`${e2e.server.url}/incidents/${id}`);
    const section = admin.getByRole('region', { name: 'Waiver' });
    const reason = section.getByLabel('Why is no postmortem needed?');
    await reason.fill('no');
    await section.getByRole('button', { name: 'Waive' }).click();
    await expect.poll(() => description(reason)).toMatch(/say why no postmortem is needed/);

    await reason.fill('A load test in staging: no customer saw it.');
    await section.getByRole('button', { name: 'Waive' }).click();
    await section.getByTestId('waiver').getByText(`Waived by ${ADMIN.email} on`).waitFor();
    await section.getByText('A load test in staging: no customer saw it.').waitFor();
    await expect(section.getByTestId('waiver').locator('time').textContent()).resolves.toContain(`(${ZONE})`);
    await admin.getByTestId('incident-owed').getByText('The policy owes a full postmortem; an admin waived it.').waitFor();
    await admin.getByText('None: the postmortem was waived.').waitFor();
    await admin.getByTestId('incident-revision').filter({ hasText: 'Waived: A load test in staging' }).waitFor();
    expect((await read(id)).waiver).toMatchObject({ reason: 'A load test in staging: no customer saw it.', by: ADMIN.email });
    await screenshot(admin, 'incident-waived');

    await admin.goto(`${e2e.server.url}/incidents`);
    await admin.locator(`[data-testid="incident-row"][data-id="${id}"] .badge-waived`).waitFor();

    await admin.goto(`${e2e.server.url}/incidents/${id}`);
    await section.getByRole('button', { name: 'Withdraw the waiver' }).click();
    await admin.getByRole('dialog', { name: 'Withdraw the waiver?' }).getByRole('button', { name: 'Withdraw' }).click();
    await section.getByText('Waiver withdrawn: the postmortem is owed again.').waitFor();
    await expect(admin.locator('[data-deadline] .badge').count()).resolves.toBe(3);
    expect((await read(id)).waiver).toBeNull();
  });

  it('refuses a policy with a wrong value, naming its line and field and selecting the line; tries a fixed one; then saves it as a new version', async () => {
    await admin.goto(e2e.server.url);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policy' }).click();
    await admin.getByRole('heading', { name: 'Policy', level: 1 }).waitFor();
    await admin.getByText('In force: the default policy (version 0).').waitFor();
    const yaml = admin.getByLabel('Policy (YAML)');
    await expect(yaml.inputValue()).resolves.toContain('customerImpactMinutes: 15');

    const wrong = 'owed:\n  triggers:\n    customerImpactMinutes: lots\n    teams: 3\n';
    await yaml.fill(wrong);
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    const refusal = admin.getByRole('alert').filter({ hasText: 'Not saved' });
    await refusal.getByText('Not saved: the policy in force (version 0) did not change.').waitFor();
    const problem = refusal.getByRole('button', { name: /^Line 3, owed\.triggers\.customerImpactMinutes: / });
    await problem.waitFor();
    await expect(yaml.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(admin.locator('.gutter-problem').allTextContents()).resolves.toEqual(['3']);
    await problem.click();
    await expect(admin.evaluate<boolean>('document.activeElement?.tagName === "TEXTAREA"')).resolves.toBe(true);
    await expect(admin.evaluate<string>('(() => { const el = document.activeElement; return el.value.slice(el.selectionStart, el.selectionEnd); })()')).resolves.toBe(
      '    customerImpactMinutes: lots',
    );
    expect((await e2e.api<{ version: number }>('/policy')).body.version).toBe(0);
    await screenshot(admin, 'policy-refused');

    // Try the fixed text, unsaved, on the recorded incident with 42 minutes of impact.
    await yaml.fill(wrong.replace('lots', '60'));
    const tryIt = admin.getByRole('form', { name: 'Try it' });
    await tryIt.getByLabel('Incident', { exact: true }).selectOption(recorded.full ?? '');
    await tryIt.getByRole('button', { name: 'Try it' }).click();
    const result = tryIt.getByTestId('policy-try-result');
    await result.getByText(`This document would owe a full postmortem for ${recorded.full}.`).waitFor();
    await expect(result.locator('.reasons li').allTextContents()).resolves.toEqual(['escalated', 'SEV2: full postmortem']);
    await tryIt.getByLabel('Try it on').selectOption('facts');
    await tryIt.getByLabel('Facts (JSON)').fill('{"title": "What if", "severity": "SEV3", "customerImpactMinutes": 90}');
    await tryIt.getByRole('button', { name: 'Try it' }).click();
    await result.getByText('This document would owe a lightweight postmortem.').waitFor();
    await result.getByText('customer-visible impact 90 min ≥ 60 min').waitFor();
    await screenshot(admin, 'policy-try');

    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText('Saved: version 1 is now in force.').waitFor();
    await admin.getByTestId('policy-in-force').getByText(`In force: version 1, set by ${ADMIN.email} on`).waitFor();
    await expect(refusal.count()).resolves.toBe(0);
    await expect(yaml.getAttribute('aria-invalid')).resolves.toBeNull();
    expect((await e2e.api<{ version: number; document: string }>('/policy')).body).toMatchObject({ version: 1, document: wrong.replace('lots', '60') });
    await screenshot(admin, 'policy-saved');
  });

  it('adds a team (a wrong member pointed out beside the field), lists it, and removes another after confirming', async () => {
    await admin.goto(e2e.server.url);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
    await admin.getByRole('heading', { name: 'Teams', level: 1 }).waitFor();
    await admin.getByText('No team yet.').waitFor();
    const form = admin.getByRole('form', { name: 'Add or replace a team' });
    await form.getByLabel('Name', { exact: true }).fill('Payments');
    await form.getByLabel('Lead’s e-mail').fill('ana@example.com');
    const members = form.getByLabel('Members’ e-mails');
    await members.fill('bo@example.com, bo at example');
    await form.getByLabel('Services', { exact: true }).fill('checkout-api, ledger');
    await form.getByRole('button', { name: 'Add team' }).click();
    await expect.poll(() => description(members)).toMatch(/“bo at example”: expected an e-mail address/);

    await members.fill('bo@example.com, cy@example.com');
    await form.getByRole('button', { name: 'Add team' }).click();
    await admin.getByText('Added the team Payments.').waitFor();
    const row = admin.locator('[data-testid="team-row"][data-name="Payments"]');
    await expect(row.locator('td').allTextContents()).resolves.toEqual(expect.arrayContaining(['Payments', 'ana@example.com', 'bo@example.com, cy@example.com', 'checkout-api, ledger']));
    expect((await e2e.api<{ items: unknown[] }>('/teams')).body.items).toMatchObject([{ name: 'Payments', lead: 'ana@example.com', members: ['bo@example.com', 'cy@example.com'], services: ['checkout-api', 'ledger'] }]);

    expect((await e2e.api('/teams/Ops', { method: 'PUT', body: JSON.stringify({ lead: 'ops@example.com' }) })).status).toBe(200);
    await admin.reload();
    const ops = admin.locator('[data-testid="team-row"][data-name="Ops"]');
    await ops.getByRole('button', { name: 'Remove Ops' }).click();
    await admin.getByRole('dialog', { name: 'Remove the team Ops?' }).waitFor();
    await screenshot(admin, 'teams-remove-confirm');
    await admin.getByRole('dialog', { name: 'Remove the team Ops?' }).getByRole('button', { name: 'Remove' }).click();
    await admin.getByText('Removed the team Ops.').waitFor();
    await expect(ops.count()).resolves.toBe(0);
    await screenshot(admin, 'teams');
  });
});
