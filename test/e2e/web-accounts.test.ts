/**
 * Account security in the web app: an admin creates, disables, enables and sets the password of a user on the Users
 * page; a user changes their own password and makes and revokes API tokens on their account page; the admin reads
 * the audit log of it all; a non-admin sees no admin page.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, description, screenshot, signedInPage, useE2e } from './harness.js';

const e2e = useE2e();
/** Polls as long as a locator waits: checking a password takes the server a while (scrypt). */
const SLOW = { timeout: 10_000 };
let admin: Page;
const contexts: BrowserContext[] = [];

const KIM = { email: 'kim@example.com', name: 'Kim Lee', role: 'editor' };
/** Kim's password as the admin creates it, as the admin sets it, and as Kim changes it. */
const PASSWORDS = { created: 'plum kettle orbit lantern', set: 'amber walrus tides quietly', own: 'violet harbour ferns dancing' };

/** One attribute of every element `locator` finds, in order. */
async function attributes(locator: Locator, name: string): Promise<(string | null)[]> {
  return Promise.all((await locator.all()).map((element) => element.getAttribute(name)));
}

/** A fresh browser that has filled in and sent the sign-in form (it waits for nothing after). */
async function signInForm(email: string, password: string): Promise<Page> {
  const context = await e2e.browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(e2e.server.url);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

/** The status of `GET /auth/me` with a bearer token. */
async function bearerStatus(token: string): Promise<number> {
  return (await fetch(`${e2e.server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status;
}

/** The status of a sign-in through the API. */
async function apiSignInStatus(email: string, password: string): Promise<number> {
  const response = await fetch(`${e2e.server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  return response.status;
}

function userRow(page: Page, email: string): Locator {
  return page.locator(`[data-testid="user-row"][data-email="${email}"]`);
}

beforeAll(async () => {
  ({ page: admin } = await signedInPage(e2e.browser, e2e.server.url));
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

describe('Admin → Users', () => {
  it('is in the admin’s navigation, and creates a user once the password is strong enough', async () => {
    await admin.goto(e2e.server.url);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await admin.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await userRow(admin, ADMIN.email).waitFor();

    const form = admin.getByRole('form', { name: 'Create a user' });
    await form.getByLabel('E-mail').fill(KIM.email);
    await form.getByLabel('Name').fill(KIM.name);
    await form.getByLabel('Role').selectOption(KIM.role);
    const password = form.getByLabel('Password', { exact: true });
    await password.fill('password1234');
    await form.getByRole('button', { name: 'Create user' }).click();
    await form.getByText(/is too easy to guess/).waitFor();
    await expect(description(password)).resolves.toMatch(/is too easy to guess: .+/);
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect((await e2e.api<{ items: { email: string }[] }>('/users')).body.items.map((u) => u.email)).not.toContain(KIM.email);
    await screenshot(admin, 'users-weak-password');

    await password.fill(PASSWORDS.created);
    await form.getByRole('button', { name: 'Create user' }).click();
    await form.getByText(`Created ${KIM.email} as editor.`).waitFor();
    const row = userRow(admin, KIM.email);
    await row.getByText('Active').waitFor();
    await expect(row.getByLabel(`Role of ${KIM.email}`).inputValue()).resolves.toBe('editor');
    await expect(password.inputValue()).resolves.toBe('');
    expect(await apiSignInStatus(KIM.email, PASSWORDS.created)).toBe(200);
  });

  it('disables a user after confirming: their token stops working and the sign-in page says the account is disabled', async () => {
    const made = await e2e.api<{ token: string }>('/tokens', { method: 'POST', body: JSON.stringify({ name: 'kim-ci', email: KIM.email }) });
    expect(made.status).toBe(201);
    expect(await bearerStatus(made.body.token)).toBe(200);

    const row = userRow(admin, KIM.email);
    await row.getByRole('button', { name: `Disable ${KIM.email}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Disable ${KIM.email}?` });
    await dialog.getByText(/ends all of their sessions and revokes all of their API tokens/).waitFor();
    await screenshot(admin, 'users-disable-confirm');
    // Cancel first (the focus is on it): nothing happens.
    await admin.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await bearerStatus(made.body.token)).toBe(200);

    await row.getByRole('button', { name: `Disable ${KIM.email}` }).click();
    await dialog.getByRole('button', { name: 'Disable' }).click();
    await row.getByText('Disabled', { exact: true }).waitFor();
    await row.getByText(/their sessions ended and their tokens are revoked/).waitFor();
    expect(await bearerStatus(made.body.token)).toBe(401);

    const kim = await signInForm(KIM.email, PASSWORDS.created);
    await kim.getByRole('alert').getByText('This account is disabled; ask an admin to enable it.').waitFor();
    await screenshot(kim, 'sign-in-disabled');
  });

  it('enables the user again and sets their password (refusing a weak one beside the field)', async () => {
    const row = userRow(admin, KIM.email);
    await row.getByRole('button', { name: `Enable ${KIM.email}` }).click();
    await row.getByText('Active').waitFor();
    expect(await apiSignInStatus(KIM.email, PASSWORDS.created)).toBe(200);

    const toggle = row.getByRole('button', { name: `Set password of ${KIM.email}` });
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const field = row.getByLabel(`New password for ${KIM.email}`);
    await expect(description(field)).resolves.toMatch(/ends all of their sessions/);
    await field.fill('qwertyuiop123');
    await row.getByRole('button', { name: 'Save password' }).click();
    await expect.poll(() => description(field), SLOW).toMatch(/is too easy to guess/);
    await field.fill(PASSWORDS.set);
    await row.getByRole('button', { name: 'Save password' }).click();
    await row.getByText(`Password of ${KIM.email} set; their sessions have ended.`).waitFor();
    await field.waitFor({ state: 'detached' });
    expect(await apiSignInStatus(KIM.email, PASSWORDS.created)).toBe(401);
    expect(await apiSignInStatus(KIM.email, PASSWORDS.set)).toBe(200);
  });

  it('shows the server’s refusal to demote the last admin beside the role', async () => {
    const row = userRow(admin, ADMIN.email);
    const role = row.getByLabel(`Role of ${ADMIN.email}`);
    await role.selectOption('editor');
    await expect.poll(() => description(role), SLOW).toMatch(/is the only admin who can sign in/);
    await expect(role.inputValue()).resolves.toBe('admin');
    await screenshot(admin, 'users-last-admin');
  });

  it('lists everyone’s API tokens with whose each is, and revokes one after confirming', async () => {
    const made = await e2e.api<{ token: string }>('/tokens', { method: 'POST', body: JSON.stringify({ name: 'kim-dashboard', email: KIM.email }) });
    expect(made.status).toBe(201);
    await admin.reload();
    const section = admin.locator('section[aria-labelledby="tokens-heading"]');
    await section.getByRole('heading', { name: 'Everyone’s API tokens' }).waitFor();
    const row = section.getByTestId('token-row').filter({ hasText: 'kim-dashboard' });
    await expect(row.locator('td').first().textContent()).resolves.toBe(KIM.email);
    await expect(section.getByRole('button', { name: 'Make token' }).count()).resolves.toBe(0);
    await row.getByRole('button', { name: 'Revoke “kim-dashboard”' }).click();
    await admin.getByRole('dialog').getByText(`Revoke ${KIM.email}’s token “kim-dashboard”?`).waitFor();
    await screenshot(admin, 'users-tokens-revoke');
    await admin.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await section.getByText('Token “kim-dashboard” revoked.').waitFor();
    expect((await fetch(`${e2e.server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${made.body.token}` } })).status).toBe(401);
  });
});

describe('Your account, as a non-admin', () => {
  let kim: Page;

  beforeAll(async () => {
    kim = await signInForm(KIM.email, PASSWORDS.set);
    await kim.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  });

  it('shows no admin link, and tells a non-admin that the admin pages are for admins', async () => {
    const nav = kim.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Action items' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
    await expect(nav.getByRole('link', { name: 'Audit log' }).count()).resolves.toBe(0);
    for (const path of ['/admin/users', '/admin/audit']) {
      await kim.goto(`${e2e.server.url}${path}`);
      await kim.getByRole('heading', { name: 'Admins only' }).waitFor();
      await expect(kim.getByRole('button', { name: 'Create user' }).count()).resolves.toBe(0);
    }
  });

  it('changes the password: checks the confirmation, shows a wrong current password beside it, keeps this session', async () => {
    await kim.getByTestId('current-user').getByRole('link', { name: KIM.name }).click();
    await kim.getByRole('heading', { name: 'Your account' }).waitFor();
    const current = kim.getByLabel('Current password');
    const next = kim.getByLabel('New password', { exact: true });
    const confirmation = kim.getByLabel('Confirm new password');
    const submit = kim.getByRole('button', { name: 'Change password' });

    await current.fill(PASSWORDS.set);
    await next.fill(PASSWORDS.own);
    await confirmation.fill(`${PASSWORDS.own}!`);
    await submit.click();
    await expect.poll(() => description(confirmation), SLOW).toMatch(/does not match the new password/);
    expect(await apiSignInStatus(KIM.email, PASSWORDS.set)).toBe(200);

    await current.fill('not my password at all');
    await confirmation.fill(PASSWORDS.own);
    await submit.click();
    await expect.poll(() => description(current), SLOW).toMatch(/is wrong/);
    await screenshot(kim, 'account-wrong-password');

    await current.fill(PASSWORDS.set);
    await submit.click();
    await kim.getByText('Password changed. Your other sessions have been signed out; this one stays.').waitFor();
    expect(await apiSignInStatus(KIM.email, PASSWORDS.set)).toBe(401);
    expect(await apiSignInStatus(KIM.email, PASSWORDS.own)).toBe(200);
    await kim.reload();
    await kim.getByRole('heading', { name: 'Your account' }).waitFor();
  });

  it('makes a token that is shown once and works, then revokes it after confirming', async () => {
    await kim.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.server.url });
    const cap = kim.getByLabel('Role cap');
    await expect(cap.locator('option').allTextContents()).resolves.toEqual(['None: your role (editor)', 'Viewer', 'Editor']);
    await expect(kim.getByLabel('Expires in (days)').inputValue()).resolves.toBe('90');
    await kim.getByLabel('Token name').fill('laptop');
    await kim.getByLabel('Expires in (days)').fill('30');
    await cap.selectOption('viewer');
    await kim.getByRole('button', { name: 'Make token' }).click();

    const secret = kim.getByLabel('New token', { exact: true });
    await secret.waitFor();
    await kim.getByText('Copy it now: you will not see it again.').waitFor();
    await expect(secret.getAttribute('readonly')).resolves.not.toBeNull();
    const token = await secret.inputValue();
    expect(token).not.toBe('');
    await kim.getByRole('button', { name: 'Copy', exact: true }).click();
    await kim.getByText('Copied to the clipboard.').waitFor();
    await expect(kim.evaluate<string>('navigator.clipboard.readText()')).resolves.toBe(token);
    await screenshot(kim, 'account-new-token');

    const me = await fetch(`${e2e.server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(KIM.email);

    const row = kim.getByTestId('token-row').filter({ hasText: 'laptop' });
    await expect(row.textContent()).resolves.toContain('Viewer');
    await kim.reload();
    await row.waitFor();
    await expect(kim.getByLabel('New token', { exact: true }).count()).resolves.toBe(0);
    await expect(kim.locator('body').textContent()).resolves.not.toContain(token);

    await row.getByRole('button', { name: 'Revoke “laptop”' }).click();
    const dialog = kim.getByRole('dialog', { name: 'Revoke the token “laptop”?' });
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await kim.getByText('Token “laptop” revoked.').waitFor();
    await expect(row.count()).resolves.toBe(0);
    expect(await bearerStatus(token)).toBe(401);
  });
});

describe('Admin → Audit log', () => {
  it('lists the events newest first, in words, and filters them by action', async () => {
    await admin.goto(e2e.server.url);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await admin.getByRole('heading', { name: 'Audit log' }).waitFor();
    const rows = admin.getByTestId('audit-row');
    await rows.first().waitFor();
    const actions = await attributes(rows, 'data-action');
    for (const action of ['user.created', 'user.disabled', 'user.enabled', 'user.password_changed', 'token.created', 'token.revoked', 'auth.login_failed']) {
      expect(actions).toContain(action);
    }
    const times = await attributes(rows.locator('time'), 'datetime');
    expect(times).toEqual([...times].sort().reverse());
    expect(times.length).toBe(actions.length);
    await expect(rows.first().locator('time').getAttribute('title')).resolves.toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    await screenshot(admin, 'audit-log');

    await admin.getByLabel('Action').selectOption({ label: 'User disabled' });
    await expect.poll(() => attributes(rows, 'data-action'), SLOW).toEqual(['user.disabled']);
    const disabled = rows.first();
    await expect(disabled.textContent()).resolves.toContain('User disabled');
    await expect(disabled.textContent()).resolves.toContain(ADMIN.email);
    await expect(disabled.textContent()).resolves.toContain(KIM.email);
    await expect(disabled.textContent()).resolves.toContain('tokensRevoked: 1');
    expect(new URL(admin.url()).searchParams.get('action')).toBe('user.disabled');

    await admin.getByLabel('Action').selectOption({ label: 'Password changed' });
    await admin.getByLabel('E-mail').fill(KIM.email);
    await expect.poll(() => rows.count(), SLOW).toBe(3);
    await expect(rows.filter({ hasText: 'Failure' }).count()).resolves.toBe(1);
  });

  it('loads older events with “Load more”', async () => {
    const before = (await e2e.api<{ items: unknown[] }>('/audit?action=token.created&limit=500')).body.items.length;
    for (let n = 0; n < 55; n++) {
      expect((await e2e.api('/tokens', { method: 'POST', body: JSON.stringify({ name: `bulk-${n}` }) })).status).toBe(201);
    }
    await admin.goto(`${e2e.server.url}/admin/audit?action=token.created`);
    const rows = admin.getByTestId('audit-row');
    await expect.poll(() => rows.count(), SLOW).toBe(50);
    await admin.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => rows.count(), SLOW).toBe(before + 55);
    await expect(admin.getByRole('button', { name: 'Load more' }).count()).resolves.toBe(0);
  });
});

describe('The sign-in page', () => {
  it('says when too many failed sign-ins have locked an account for a while', async () => {
    const email = 'nobody@example.com';
    // The account allowance is 10 failures per window (src/server/sign-in-throttle.ts); the 11th try is refused.
    // One at a time: the server's password-hashing queue refuses a burst with 503 (busy).
    for (let n = 0; n < 10; n++) expect(await apiSignInStatus(email, `wrong guess ${n}`)).toBe(401);
    const page = await signInForm(email, 'one more wrong guess');
    await page.getByRole('alert').getByText(/^Too many failed sign-ins for this account; try again in \d+ s\.$/).waitFor();
    await screenshot(page, 'sign-in-throttled');
  }, 60_000);
});
