import { describe, expect, it } from 'vitest';
import type { User } from '../store/store.types.js';
import { personalRecipients } from './personal-recipients.js';

/** An account as the store lists it. */
function user(email: string, name: string, disabledAt: string | null = null): User {
  return { id: `u-${email}`, email, name, role: 'editor', createdAt: '2026-01-01T00:00:00.000Z', disabledAt };
}

describe('personalRecipients', () => {
  const recipients = personalRecipients([
    user('priya@example.com', 'Priya Raman'),
    user('sam@example.com', 'Sam Okafor'),
    user('old@example.com', 'Old Lead', '2026-02-01T00:00:00.000Z'),
    user('alex.a@example.com', 'Alex Kim'),
    user('alex.b@example.com', 'Alex Kim'),
  ]);

  it('knows a person by the e-mail or the name of their account, in any case, with or without @, each once', () => {
    expect(recipients(['Priya Raman', '@sam@example.com', 'PRIYA@example.com', ' priya raman '])).toEqual(['person:priya@example.com', 'person:sam@example.com']);
    expect(recipients(['@Sam Okafor'])).toEqual(['person:sam@example.com']);
  });

  it('tells nobody without an account, with a disabled one, or whose name two accounts share', () => {
    expect(recipients(['Dana Ortiz', 'dana@example.com', null, 'Old Lead', 'old@example.com', 'Alex Kim'])).toEqual([]);
    // The e-mail still tells them apart.
    expect(recipients(['alex.b@example.com'])).toEqual(['person:alex.b@example.com']);
  });
});
