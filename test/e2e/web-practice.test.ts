/**
 * The practice loop in the web app: the dashboard (what an editor owes, the teams' view, the completion rate under its
 * line), verifying a done item with evidence and declining one with a reason, the review meeting kit and its
 * invitation, the due date the policy proposes, and the notification channels and delivery log of the admins. The
 * server's scheduler runs every second and mails through a local SMTP server, which refuses nobody@… for good.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpReceiver, type SmtpReceiver } from '../smtp-receiver.js';
import { description, EDITOR, screenshot, screenshotsWide, signedInPage, useE2e, VIEWER, ZONE } from './harness.js';

let smtp: SmtpReceiver;

// Before the server starts (useE2e's hook comes after this one): it is told where to mail.
beforeAll(async () => {
  smtp = await startSmtpReceiver();
});

const e2e = useE2e(() => ({ DEBRIEF_SCHEDULER_INTERVAL: '1', DEBRIEF_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DEBRIEF_SMTP_FROM: 'Debrief <debrief@example.com>' }));
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const contexts: BrowserContext[] = [];

/** The parts of a postmortem these tests read through the API. */
interface Stored {
  id: string;
  version: number;
  status: string;
  actionItems: { id: string | null; status: string }[];
}

/** A UTC calendar day `days` from today (negative: in the past). */
function day(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/** An instant `ms` ago, as the API writes it. */
function ago(ms: number): string {
  return new Date(Math.floor((Date.now() - ms) / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
}

/** A page signed in as `who` in a browser whose zone is ZONE, at desktop width. */
async function pageAs(who: { email: string; password: string }): Promise<Page> {
  const { context, page } = await signedInPage(e2e.browser, e2e.server.url, who, { timezoneId: ZONE, viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  return page;
}

/** Creates a postmortem through the API, as the admin. */
async function create(body: Record<string, unknown>): Promise<Stored> {
  const created = await e2e.api<Stored>('/postmortems', { method: 'POST', body: JSON.stringify(body) });
  expect(created.status).toBe(201);
  return created.body;
}

/** The status of an item as the API reads it now. */
async function itemStatus(id: string, itemId: string): Promise<string | undefined> {
  return (await e2e.api<Stored>(`/postmortems/${id}`)).body.actionItems.find((item) => item.id === itemId)?.status;
}

/** The row of an action item on the action-items page. */
function itemRow(page: Page, title: string): Locator {
  return page.getByTestId('action-item-row').filter({ hasText: title });
}

let editor: Page;
let viewer: Page;
let admin: Page;
/** What beforeAll seeds: the incident whose postmortem the editor owes, the editor's postmortem with its items, one in review. */
const seeded = { incident: '', owedPostmortem: '', retries: '', review: '' };

beforeAll(async () => {
  for (const user of [EDITOR, VIEWER]) {
    expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify(user) })).status).toBe(201);
  }
  for (const team of ['Payments', 'Search']) expect((await e2e.api(`/teams/${team}`, { method: 'PUT', body: JSON.stringify({ lead: 'ana@example.com' }) })).status).toBe(200);

  // An incident resolved 30 hours ago owes a full postmortem whose draft is late; the editor is made its author.
  const incident = await e2e.api<{ id: string; postmortemId: string }>('/incidents', {
    method: 'POST',
    body: JSON.stringify({ title: 'Ledger disk full', severity: 'SEV2', startedAt: ago(32 * HOUR), resolvedAt: ago(30 * HOUR), teams: ['payments'], customerImpactMinutes: 40 }),
  });
  expect(incident.status).toBe(201);
  seeded.incident = incident.body.id;
  seeded.owedPostmortem = incident.body.postmortemId;
  const drafted = (await e2e.api<Stored>(`/postmortems/${seeded.owedPostmortem}`)).body;
  const authored = await e2e.api(`/postmortems/${seeded.owedPostmortem}`, { method: 'PATCH', body: JSON.stringify({ author: EDITOR.email }), contentType: 'application/merge-patch+json', ifMatch: drafted.version });
  expect(authored.status).toBe(200);

  // The editor's postmortem: their own overdue P1, someone else's done item for them to verify, their own done item, and more.
  // Created now with due dates past, the due ones are all missed: with Pat's six below, the rate is 0 of 10, under the line.
  seeded.retries = (
    await create({
      title: 'Card retries stormed the gateway',
      severity: 'SEV2',
      author: EDITOR.email,
      teams: ['payments'],
      actionItems: [
        { id: 'AI-1', title: 'Alert on retry storms', owner: EDITOR.name, due: day(-10), priority: 'P1' },
        { id: 'AI-2', title: 'Cap retries per card', owner: 'Owen Other', due: day(-10), priority: 'P2', status: 'done' },
        { id: 'AI-3', title: 'Document the retry budget', owner: EDITOR.name, due: day(-10), priority: 'P3', status: 'done' },
        { id: 'AI-4', title: 'Retire the old gateway', owner: 'Owen Other', due: day(20), priority: 'P3' },
        { id: 'AI-5', title: 'Load-test the new gateway', owner: 'Owen Other', due: day(-10), priority: 'P2', status: 'done' },
      ],
    })
  ).id;

  // Someone with more overdue items than the dashboard shows per owner.
  await create({ title: 'Search index rebuilds', severity: 'SEV3', actionItems: Array.from({ length: 6 }, (_, i) => ({ id: `AI-${i + 1}`, title: `Rebuild shard ${i + 1}`, owner: 'Pat Many', due: day(-3) })) });

  // A SEV1 in review, resolved 47 hours ago: the 48-hour meeting deadline is an hour away, too soon for a slot.
  const review = await create({
    title: 'Queue backlog',
    severity: 'SEV1',
    author: 'admin@example.com',
    commander: 'Dana Ortiz',
    teams: ['payments'],
    summary: 'The payment queue backed up for an hour.',
    times: { startedAt: ago(48 * HOUR), resolvedAt: ago(47 * HOUR) },
    timeline: [
      { at: ago(48 * HOUR), text: 'Consumer config deployed', actor: 'Sam', kind: 'change' },
      { at: ago(48 * HOUR - 600_000), text: 'Queue age alert fired', actor: 'Kai', kind: 'alert' },
    ],
    actionItems: [{ id: 'AI-1', title: 'Alert on queue age', owner: 'Kai', due: day(15), priority: 'P1' }],
  });
  expect((await e2e.api(`/postmortems/${review.id}/transitions`, { method: 'POST', body: JSON.stringify({ to: 'in_review' }) })).status).toBe(200);
  seeded.review = review.id;

  [editor, viewer, admin] = await Promise.all([pageAs(EDITOR), pageAs(VIEWER), pageAs({ email: 'admin@example.com', password: 'correct horse battery staple' })]);
}, 60_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await smtp.close();
});

describe('the dashboard', () => {
  it('is the home page: what the editor owes first, then the teams’ view, and the completion rate under its line', async () => {
    await editor.goto(e2e.server.url);
    await editor.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await expect(editor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).resolves.toBe('page');

    const mine = editor.getByTestId('you-owe');
    const owed = mine.locator(`[data-testid="owed-row"][data-id="${seeded.incident}"]`);
    await expect(owed.locator('.badge-deadline-late').first().textContent()).resolves.toBe('Late');
    await expect(owed.textContent()).resolves.toContain('Draft by');
    await owed.getByRole('link', { name: seeded.owedPostmortem }).waitFor();

    const own = mine.getByTestId('dashboard-item').filter({ hasText: 'Alert on retry storms' });
    await expect(own.locator('.badge-overdue').textContent()).resolves.toBe('Overdue');
    await expect(own.getAttribute('class')).resolves.toBe('overdue');
    // Done items are not owed by their owner any more; they wait for someone else's verification.
    await expect(mine.getByText('Document the retry budget').count()).resolves.toBe(0);
    const waiting = mine.getByTestId('dashboard-item').filter({ hasText: 'Cap retries per card' });
    await waiting.getByRole('button', { name: 'Verify… AI-2 “Cap retries per card”' }).waitFor();
    await mine.getByRole('button', { name: 'Verify… AI-5 “Load-test the new gateway”' }).waitFor();
    await expect(mine.getByRole('button', { name: /^Verify… AI-3/ }).count()).resolves.toBe(0);

    await editor.getByTestId('owed-section').locator(`[data-id="${seeded.incident}"]`).waitFor();
    const overdue = editor.getByTestId('overdue-section');
    await expect(overdue.locator('h3').allTextContents()).resolves.toEqual(['Pat Many (6)', `${EDITOR.name} (1)`]);
    await expect(overdue.locator('.owner-group').first().getByTestId('dashboard-item').count()).resolves.toBe(5);
    const all = overdue.getByRole('link', { name: 'all of Pat Many’s overdue items' });
    await expect(all.getAttribute('href')).resolves.toBe('/action-items?owner=Pat+Many&overdue=1');
    await editor.getByTestId('p1-section').getByText('Alert on retry storms').waitFor();

    const alarm = editor.getByRole('alert').filter({ hasText: 'under the 70% line' });
    await expect(alarm.textContent()).resolves.toContain('The action-item completion rate is 0%, under the 70% line: 0 of 10 due items were closed on time in the last 90 days.');
    await expect(editor.getByTestId('completion-figure').textContent()).resolves.toBe('0% — 0 of 10 due items closed on time');
    const chart = editor.getByRole('img', { name: 'Completion rate per week' });
    await expect(description(chart)).resolves.toContain('The alarm line is at 70%.');
    // Drawn by uPlot: its canvas, and the legend naming the rate and the dashed alarm line.
    await chart.locator('.uplot canvas').waitFor();
    await expect(chart.locator('.u-legend .u-label').allTextContents()).resolves.toEqual(['Week of', 'Completion rate', 'alarm line']);
    await expect(chart.locator('.u-legend .u-value').allTextContents()).resolves.toEqual(['now', '0% (0 of 10)', '70%']);
    await expect(chart.locator('.u-legend .u-series').last().locator('.u-marker').getAttribute('style')).resolves.toMatch(/\bdashed\b/);
    await editor.getByText('The weekly figures').click();
    await expect(editor.locator('.chart-figures tbody tr').count()).resolves.toBe(13);
    await expect(editor.locator('.chart-figures tbody tr').last().locator('td').allTextContents()).resolves.toEqual(['now', '0%', '0 of 10']);
    await expect(editor.getByTestId('team-rate').locator('td').allTextContents()).resolves.toEqual(['payments', '0%', '0 of 4', 'Under the line']);
    await editor.getByText('The weekly figures').click();
    await screenshotsWide(editor, 'dashboard');

    await all.click();
    await editor.getByRole('heading', { name: 'Action items', level: 1 }).waitFor();
    await expect.poll(() => editor.getByTestId('action-item-row').count()).toBe(6);
  });

  it('opens an old address of the postmortem list, with its filters, at /postmortems', async () => {
    await editor.goto(`${e2e.server.url}/?q=retries`);
    await editor.getByRole('heading', { name: 'Postmortems', level: 1 }).waitFor();
    expect(new URL(editor.url()).pathname + new URL(editor.url()).search).toBe('/postmortems?q=retries');
    await editor.locator('.list-table tbody tr').filter({ hasText: 'Card retries stormed the gateway' }).waitFor();
  });
});

describe('closing action items', () => {
  it('offers a viewer no Verify and no status change, on the dashboard or the action items', async () => {
    await viewer.goto(e2e.server.url);
    await viewer.getByTestId('you-owe').getByText('Nothing: no owed postmortem names you').waitFor();
    await expect(viewer.getByRole('button', { name: /^Verify/ }).count()).resolves.toBe(0);
    await viewer.goto(`${e2e.server.url}/action-items?status=any`);
    const row = itemRow(viewer, 'Cap retries per card');
    await expect(row.locator('td').nth(4).textContent()).resolves.toBe('Done');
    await expect(viewer.getByRole('button', { name: /^Verify/ }).count()).resolves.toBe(0);
    await expect(viewer.getByRole('combobox', { name: /^Status of/ }).count()).resolves.toBe(0);
  });

  it('lets an editor verify someone else’s done item from the dashboard, with evidence, and it leaves the waiting list', async () => {
    await editor.goto(e2e.server.url);
    await editor.getByRole('button', { name: 'Verify… AI-2 “Cap retries per card”' }).click();
    const form = editor.getByRole('form', { name: 'Verify AI-2 “Cap retries per card”' });
    const evidence = form.getByLabel('Evidence that it works');
    await evidence.fill('ok');
    await form.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect.poll(() => description(evidence)).toMatch(/say how you know it works/);
    await expect(itemStatus(seeded.retries, 'AI-2')).resolves.toBe('done');

    await evidence.fill('Replayed a retry storm in staging: capped at 3 per card, https://ci.example.com/runs/812');
    await form.getByRole('button', { name: 'Verify', exact: true }).click();
    await editor.getByRole('status').filter({ hasText: 'AI-2 “Cap retries per card” is verified.' }).waitFor();
    await editor.getByTestId('you-owe').getByText('Cap retries per card').waitFor({ state: 'detached' });
    await expect(itemStatus(seeded.retries, 'AI-2')).resolves.toBe('verified');
  });

  it('offers no Verify on the editor’s own item, and shows the server’s refusal when the item is no longer done', async () => {
    await editor.goto(`${e2e.server.url}/action-items?status=any`);
    const own = itemRow(editor, 'Document the retry budget');
    await own.waitFor();
    await expect(own.getByRole('button', { name: /^Verify/ }).count()).resolves.toBe(0);
    // Verified is set only with evidence: the select does not offer it.
    await expect(own.getByRole('combobox').locator('option').allTextContents()).resolves.toEqual(['Open', 'In progress', 'Done', 'Won’t do']);

    const other = itemRow(editor, 'Load-test the new gateway');
    await other.getByRole('button', { name: 'Verify… AI-5 “Load-test the new gateway”' }).click();
    // Someone reopens it meanwhile.
    expect((await e2e.api(`/postmortems/${seeded.retries}/action-items/AI-5`, { method: 'PATCH', body: JSON.stringify({ status: 'open' }) })).status).toBe(200);
    await other.getByLabel('Evidence that it works').fill('The load test passed at 3x peak.');
    await other.getByRole('button', { name: 'Verify', exact: true }).click();
    await other.getByRole('alert').getByText('action item AI-5 is open: only a done item can be verified (mark it done first)').waitFor();
    await expect(itemStatus(seeded.retries, 'AI-5')).resolves.toBe('open');
  });

  it('asks for a reason before Won’t do, and sends nothing without one', async () => {
    await editor.goto(`${e2e.server.url}/action-items`);
    const row = itemRow(editor, 'Retire the old gateway');
    await row.getByRole('combobox', { name: 'Status of “Retire the old gateway”' }).selectOption('wont_do');
    const form = editor.getByRole('form', { name: 'Won’t do AI-4 “Retire the old gateway”' });
    const reason = form.getByLabel('Why it will not be done');
    await expect(editor.evaluate<string | undefined>('document.activeElement?.id')).resolves.toBe(await reason.getAttribute('id'));
    await expect(itemStatus(seeded.retries, 'AI-4')).resolves.toBe('open');

    // Empty: the browser asks for it, nothing is sent.
    await form.getByRole('button', { name: 'Mark won’t do' }).click();
    await expect(form.locator('input:invalid').count()).resolves.toBe(1);
    await expect(itemStatus(seeded.retries, 'AI-4')).resolves.toBe('open');
    // Too short: the server's complaint, beside the field.
    await reason.fill('no');
    await form.getByRole('button', { name: 'Mark won’t do' }).click();
    await expect.poll(() => description(reason)).toMatch(/say why it will not be done/);
    await expect(itemStatus(seeded.retries, 'AI-4')).resolves.toBe('open');
    await screenshot(editor, 'action-item-wont-do');

    await reason.fill('The old gateway is switched off with the March migration.');
    await form.getByRole('button', { name: 'Mark won’t do' }).click();
    await editor.getByRole('status').filter({ hasText: 'AI-4 “Retire the old gateway” is now Won’t do; it has left this list.' }).waitFor();
    await row.waitFor({ state: 'detached' });
    await expect(itemStatus(seeded.retries, 'AI-4')).resolves.toBe('wont_do');
  });
});

describe('the review meeting kit', () => {
  it('shows a postmortem in review its kit, to a viewer too, and downloads the invitation', async () => {
    await viewer.goto(`${e2e.server.url}/postmortems/${seeded.review}`);
    const kit = viewer.getByTestId('meeting-kit');
    await kit.getByRole('heading', { name: 'Review meeting kit' }).waitFor();
    await expect(kit.locator('.meeting-slot').textContent()).resolves.toMatch(new RegExp(`^A long review of 90 minutes\\. Proposed: .+ \\(${ZONE}\\)$`));
    await expect(kit.getByTestId('meeting-late').textContent()).resolves.toMatch(/^Late This is after the meeting deadline, .+: no working hour before it is left\.$/);
    const served = (await e2e.api<{ agenda: { title: string; minutes: number }[] }>(`/postmortems/${seeded.review}/meeting-kit`)).body;
    await expect(kit.locator('.agenda > li > strong').allTextContents()).resolves.toEqual(served.agenda.map((item) => item.title));
    await expect(kit.locator('.agenda-minutes').allTextContents()).resolves.toEqual(served.agenda.map((item) => `(${item.minutes} min)`));
    expect(served.agenda.reduce((sum, item) => sum + item.minutes, 0)).toBe(90);
    await kit.getByText('AI-1: Alert on queue age — Kai, due').waitFor();
    const invitees = await kit.locator('.invitees > li').allTextContents();
    expect(invitees).toContain('Dana Ortiz — incident commander');
    expect(invitees.find((i) => i.startsWith('Sam'))).toMatch(/made the change that triggered it/);
    expect(invitees).toContain('payments team — affected team');

    const [download] = await Promise.all([viewer.waitForEvent('download'), kit.getByRole('link', { name: 'Download invitation (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe(`review-${seeded.review}.ics`);
    expect(readFileSync(await download.path(), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    await screenshotsWide(viewer, 'meeting-kit');
  });

  it('is not shown while the postmortem is a draft', async () => {
    await viewer.goto(`${e2e.server.url}/postmortems/${seeded.retries}`);
    await viewer.getByRole('heading', { name: 'Card retries stormed the gateway', level: 1 }).waitFor();
    await viewer.getByRole('heading', { name: 'Approvals' }).waitFor();
    await expect(viewer.getByTestId('meeting-kit').count()).resolves.toBe(0);
  });
});

describe('mentions', () => {
  it('e-mails whoever a comment in the web app mentions, once the scheduler has run', async () => {
    await viewer.goto(`${e2e.server.url}/postmortems/${seeded.review}`);
    const comments = viewer.locator('.comments');
    await comments.getByLabel('New comment').fill(`@${EDITOR.email} which consumer config was it?`);
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    await comments.getByText('which consumer config was it?').waitFor();
    const toEditor = () => smtp.mails.filter((m) => m.to.includes(EDITOR.email) && m.raw.includes(`Subject: ${VIEWER.email} mentioned you on`));
    await vi.waitFor(() => expect(toEditor()).toHaveLength(1), { timeout: 20_000, interval: 250 });
    expect(toEditor()[0]?.raw).toMatch(/which consumer config was it\?/);
  });
});

describe('the due date the policy proposes', () => {
  it('offers “Due in 15 days (P1)” for an item with a priority and no date, and fills it in one click', async () => {
    const created = await create({ title: 'Proposal check', severity: 'SEV3', actionItems: [{ title: 'Add a canary stage', owner: 'Kai' }] });
    await admin.goto(`${e2e.server.url}/postmortems/${created.id}/edit`);
    const card = admin.locator('.action-card').first();
    await card.getByLabel('Priority of action 1').selectOption('P1');
    const expected = new Date(Date.parse(`${new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE }).format(new Date())}T00:00:00Z`) + 15 * DAY).toISOString().slice(0, 10);
    const proposal = card.getByRole('button', { name: `Due in 15 days (P1): ${expected} — set as the due date of action 1` });
    await proposal.click();
    await expect(card.getByLabel('Due date of action 1').inputValue()).resolves.toBe(expected);
    await expect(proposal.count()).resolves.toBe(0);
    await admin.locator('[data-save-state="saved"]').waitFor();
    expect((await e2e.api<{ actionItems: { due: string | null }[] }>(`/postmortems/${created.id}`)).body.actionItems[0]?.due).toBe(expected);
  });
});

describe('notifications (admins)', () => {
  // The team Search has nothing to be told about, so no request leaves for the receiver's (public) address.
  it('adds a webhook channel for a team: a loopback URL refused beside the field, then the generated secret shown once', async () => {
    await admin.goto(e2e.server.url);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).click();
    await admin.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await admin.locator('[data-testid="channel-scope"][data-scope="Team Search"]').getByText('No channel.').waitFor();

    const form = admin.getByRole('form', { name: 'Add a channel' });
    await form.getByLabel('For', { exact: true }).selectOption('team:search');
    await form.getByLabel('Name', { exact: true }).fill('Search hook');
    await form.getByLabel('Kind', { exact: true }).selectOption('webhook');
    const url = form.getByLabel('Receiver URL');
    await url.fill('http://127.0.0.1:9/hook');
    await form.getByRole('button', { name: 'Add channel' }).click();
    await expect.poll(() => description(url)).toMatch(/127\.0\.0\.1 is a loopback address/);
    await expect(url.getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await e2e.api<{ items: unknown[] }>('/channels')).body.items).toEqual([]);

    await url.fill('https://93.184.215.14/hooks/debrief');
    await form.getByRole('button', { name: 'Add channel' }).click();
    const secret = admin.getByTestId('new-secret');
    await secret.getByText('Copy it now: it will not be shown again.').waitFor();
    const value = await secret.getByLabel('Signing secret').inputValue();
    expect(value).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    await admin.getByRole('status').filter({ hasText: 'Added the channel Search hook.' }).waitFor();
    const row = admin.locator('[data-testid="channel-scope"][data-scope="Team Search"] [data-testid="channel-row"][data-name="Search hook"]');
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('https://93.184.215.14/hooks/debrief (signed)');
    await screenshot(admin, 'notifications-secret');

    await secret.getByRole('button', { name: 'Done' }).click();
    await expect(secret.count()).resolves.toBe(0);
    await admin.reload();
    await row.waitFor();
    await expect(admin.locator('body').textContent()).resolves.not.toContain(value);
    const channels = (await e2e.api<{ items: { scope: string; config: Record<string, unknown> }[] }>('/channels')).body.items;
    expect(channels).toMatchObject([{ scope: 'team:search', config: { kind: 'webhook', hasSecret: true } }]);
    expect(JSON.stringify(channels)).not.toContain(value);
  });

  it('changes an e-mail channel (a wrong address pointed out beside the field), moves it to a team, and removes it after confirming', async () => {
    expect((await e2e.api('/channels', { method: 'POST', body: JSON.stringify({ scope: 'instance', name: 'Sheriffs', kind: 'email', to: ['sheriff@example.com'] }) })).status).toBe(201);
    await admin.reload();
    const row = admin.locator('[data-testid="channel-row"][data-name="Sheriffs"]');
    await row.getByRole('button', { name: 'Edit Sheriffs' }).click();
    const form = admin.getByRole('form', { name: 'Change the channel “Sheriffs”' });
    const scope = form.getByLabel('For', { exact: true });
    await expect(scope.inputValue()).resolves.toBe('instance');
    const addresses = form.getByLabel('Addresses');
    await expect(addresses.inputValue()).resolves.toBe('sheriff@example.com');
    await addresses.fill('sheriff@example.com, deputy at example');
    await form.getByRole('button', { name: 'Save channel' }).click();
    await expect.poll(() => description(addresses)).toMatch(/“deputy at example”: is not an e-mail address/);
    await addresses.fill('sheriff@example.com, deputy@example.com');
    await scope.selectOption('team:search');
    await form.getByRole('button', { name: 'Save channel' }).click();
    await admin.getByRole('status').filter({ hasText: 'Saved the channel Sheriffs.' }).waitFor();
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('sheriff@example.com, deputy@example.com');
    await admin.locator('[data-testid="channel-scope"][data-scope="Team Search"] [data-testid="channel-row"][data-name="Sheriffs"]').waitFor();
    expect((await e2e.api<{ items: { name: string; scope: string }[] }>('/channels')).body.items.find((c) => c.name === 'Sheriffs')?.scope).toBe('team:search');
    await screenshotsWide(admin, 'notifications');

    await row.getByRole('button', { name: 'Remove Sheriffs' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Remove the channel Sheriffs?' });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await admin.getByRole('status').filter({ hasText: 'Removed the channel Sheriffs.' }).waitFor();
    await expect(row.count()).resolves.toBe(0);
    expect((await e2e.api<{ items: { name: string }[] }>('/channels')).body.items.map((c) => c.name)).toEqual(['Search hook']);
  });

  it('renders the delivery log, newest first, filtered by channel and outcome in the address', async () => {
    // The scheduler mails the instance's channels the digest, the alarm and the late postmortem; nobody@ is refused for good.
    const made: Record<string, string> = {};
    for (const [name, to] of [['Sheriffs list', 'sheriffs@example.com'], ['Bounces', 'nobody@example.com']] as const) {
      const created = await e2e.api<{ channel: { id: string } }>('/channels', { method: 'POST', body: JSON.stringify({ scope: 'instance', name, kind: 'email', to: [to] }) });
      expect(created.status).toBe(201);
      made[name] = created.body.channel.id;
    }
    const outcomes = async () => new Set((await e2e.api<{ items: { outcome: string }[] }>('/deliveries')).body.items.map((d) => d.outcome));
    await expect.poll(async () => [...(await outcomes())].sort(), { timeout: 20_000 }).toEqual(expect.arrayContaining(['failed', 'sent']));

    await admin.goto(`${e2e.server.url}/admin/notifications`);
    const log = admin.getByRole('region', { name: 'Delivery log' });
    await expect.poll(() => log.getByLabel('Channel').locator('option').allTextContents()).toEqual(['Any channel', 'Bounces — The whole instance', 'Search hook — Team Search', 'Sheriffs list — The whole instance']);
    const rows = log.getByTestId('delivery-row');
    await rows.first().waitFor();
    const times = await rows.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort().reverse());
    const sent = rows.filter({ hasText: 'Sheriffs list' }).first();
    await expect(sent.locator('.badge').textContent()).resolves.toBe('Sent');

    await log.getByLabel('Outcome').selectOption('failed');
    await expect.poll(() => new URL(admin.url()).searchParams.get('outcome')).toBe('failed');
    await expect.poll(async () => [...new Set(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-outcome'))))]).toEqual(['failed']);
    await expect(rows.first().textContent()).resolves.toMatch(/Bounces.*Failed550 · the mail server refused the message/);
    await screenshotsWide(admin, 'delivery-log');

    await log.getByLabel('Outcome').selectOption('');
    await log.getByLabel('Channel').selectOption(made['Sheriffs list'] ?? '');
    await admin.reload();
    await expect(log.getByLabel('Channel', { exact: true }).inputValue()).resolves.toBe(made['Sheriffs list']);
    await rows.first().waitFor();
    await expect.poll(async () => [...new Set(await rows.locator('td:nth-child(2)').allTextContents())]).toEqual(['Sheriffs list']);
  });

  it('is for admins only: not in an editor’s navigation, and its address says so', async () => {
    await editor.goto(`${e2e.server.url}/admin/notifications`);
    await editor.getByRole('heading', { name: 'Admins only' }).waitFor();
    await expect(editor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).count()).resolves.toBe(0);
  });
});
