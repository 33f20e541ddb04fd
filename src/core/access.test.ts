import { expect, it } from 'vitest';
import { canDelete, canManageUsers, canSeeAllRestricted, canWrite, isRole, ROLES } from './access.js';

it.each([
  ['viewer', false, false, false, false],
  ['editor', true, false, false, false],
  ['admin', true, true, true, true],
] as const)('%s: write %s, delete %s, manage users %s, see all restricted %s', (role, write, del, manage, seeAll) => {
  expect([canWrite(role), canDelete(role), canManageUsers(role), canSeeAllRestricted(role)]).toEqual([write, del, manage, seeAll]);
});

it('knows the roles and nothing else', () => {
  expect(ROLES.filter(isRole)).toEqual(['viewer', 'editor', 'admin']);
  expect(['Admin', 'root', ''].filter(isRole)).toEqual([]);
});
