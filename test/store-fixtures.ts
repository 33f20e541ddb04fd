/** Actors and postmortems for store and server tests. */
import { emptyPostmortem, newActionItem } from '../src/core/postmortem.js';
import type { Postmortem } from '../src/core/postmortem.schema.js';
import type { Actor } from '../src/store/store.types.js';

/** Actors with every role (they need no user rows: the store records them, it does not look them up). */
export const actors = {
  admin: { userId: 'u-admin', email: 'admin@example.com', role: 'admin' },
  editor: { userId: 'u-editor', email: 'editor@example.com', role: 'editor' },
  member: { userId: 'u-member', email: 'member@example.com', role: 'editor' },
  viewer: { userId: 'u-viewer', email: 'viewer@example.com', role: 'viewer' },
} as const satisfies Record<string, Actor>;

/** A small valid postmortem, with overrides. */
export function samplePostmortem(overrides: Partial<Postmortem> = {}): Postmortem {
  const base = emptyPostmortem();
  return {
    ...base,
    title: 'Checkout API returned 502s',
    severity: 'SEV2',
    author: 'Dana Ortiz',
    services: ['checkout-api'],
    tags: ['deploy'],
    times: { ...base.times, startedAt: '2024-03-01T14:05:00Z', resolvedAt: '2024-03-01T15:20:00Z' },
    summary: 'A configuration change exhausted the connection pool of the checkout API.',
    rootCause: 'The pool size was read from an unset variable and defaulted to two connections.',
    timeline: [{ at: '2024-03-01T14:05:00Z', written: '14:05', approximate: false, text: 'Deploy of checkout-api 4.2.0', actor: 'Dana Ortiz', kind: 'change', source: null }],
    actionItems: [
      { ...newActionItem('Fail the deploy when the pool size is unset'), id: 'AI-1', owner: 'Dana Ortiz', due: '2024-03-15', priority: 'P1' },
      { ...newActionItem('Alert on pool saturation'), owner: 'Lee Park', due: 'next sprint', priority: 'P2' },
    ],
    ...overrides,
  };
}

/**
 * The API body of a Kafka incident for the similar-incident tests: every one shares its service, failure mode,
 * trigger, contributing-factor category and most of its words with the others.
 */
export function kafkaIncident(title: string, restricted = false): Record<string, unknown> {
  return {
    title,
    restricted,
    services: ['kafka-cluster'],
    summary: 'Consumers lagged behind the brokers for an hour after the broker upgrade; orders queued.',
    rootCause: 'The broker upgrade changed the partition leadership and consumers rebalanced in a loop.',
    contributingFactors: [{ text: 'The upgrade ran in working hours without a canary broker.', category: 'process' }],
    extraFrontMatter: { failureMode: 'consumer rebalance loop' },
  };
}

/** API bodies of four unrelated incidents, beside which the Kafka ones stand out. */
export const UNRELATED_INCIDENTS: Record<string, Record<string, unknown>> = {
  dns: { title: 'Certificate expired on the DNS resolver', services: ['dns'], summary: 'The resolver certificate expired at midnight and lookups failed.' },
  disk: { title: 'Disk full on the build agents', services: ['ci'], summary: 'Build agents ran out of disk space and jobs failed.' },
  login: { title: 'Login page slow after a cache eviction', services: ['auth'], summary: 'The session cache evicted every entry and logins took seconds.' },
  billing: { title: 'Invoices sent twice', services: ['billing'], summary: 'A retry sent each invoice of the day twice.' },
};
