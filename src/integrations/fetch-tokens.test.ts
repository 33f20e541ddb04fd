/** The token a live fetch uses when given none: the one stored for one of the postmortem's teams, else the instance's. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../test/store-engines.js';
import { actors } from '../../test/store-fixtures.js';
import { storedFetchToken } from './fetch-tokens.js';

forEachEngine((engine) => {
  describe('stored fetch tokens', () => {
    it('takes the token of one of the postmortem\u2019s teams, else the instance\u2019s, else none; never another kind\u2019s', async () => {
      const store = await engine.openStore({ secretKey: randomBytes(32) });
      try {
        await store.putTeam(actors.admin, { name: 'Payments' });
        expect(await storedFetchToken(store, 'slack', [])).toBeNull();
        await store.createIntegration(actors.admin, { kind: 'slack-api', name: 'Workspace', secret: 'xoxb-instance-token-0001' });
        await store.createIntegration(actors.admin, { kind: 'slack-api', name: 'Payments workspace', scope: 'team:Payments', secret: 'xoxb-payments-token-0002', settings: { apiUrl: 'https://slack.example.com/api' } });
        await store.createIntegration(actors.admin, { kind: 'pagerduty', name: 'PagerDuty hook', secret: 'pagerduty-signing-secret-0003' });
        expect(await storedFetchToken(store, 'slack', ['Checkout', ' payments '])).toEqual({ token: 'xoxb-payments-token-0002', apiUrl: 'https://slack.example.com/api', integration: 'Payments workspace' });
        expect(await storedFetchToken(store, 'slack', ['Checkout'])).toEqual({ token: 'xoxb-instance-token-0001', apiUrl: null, integration: 'Workspace' });
        // A PagerDuty webhook's signing secret is not a REST API key.
        expect(await storedFetchToken(store, 'pagerduty', [])).toBeNull();
      } finally {
        await store.close();
      }
    });
  });
});
