// Deterministic postmortem documents for the API benchmark: 6 action items and 15 timeline events each.
import { seededRandom } from '../lint/generate.js';

export const ACTION_ITEMS_EACH = 6;
export const EVENTS_EACH = 15;

const SERVICES = ['checkout-api', 'payments', 'search', 'auth-gateway', 'billing-worker', 'ingest-pipeline', 'cdn-edge', 'kafka-cluster', 'postgres-primary', 'k8s-ingress'];
const TAGS = ['deploy', 'config', 'capacity', 'dependency', 'certificate', 'dns', 'database', 'network'];
const OWNERS = ['alice@example.com', 'bob@example.com', 'carol@example.com', 'dmitri@example.com', 'erin@example.com'];
const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
const STATUSES = ['draft', 'in_review', 'final', 'published'];
const ACTION_STATUSES = ['open', 'in_progress', 'done', 'verified', 'wont_do'];
const KINDS = ['alert', 'investigation', 'escalation', 'decision', 'mitigation', 'communication', 'change'];
const WORDS =
  'latency requests error rate increased dashboards alert fired on-call engineer investigated rollback mitigated queue backlog drained customers timeouts retries amplified load cluster nodes memory pressure evicted pods connection pool exhausted database replicas lagged cache ratio dropped traffic shifted region failover completed status page updated certificate expired migration locked table'.split(
    ' ',
  );

/** Words the search benchmark looks for (all of them occur in the generated prose). */
export const SEARCH_WORDS = ['rollback', 'certificate', 'failover', 'backlog', 'replicas', 'migration', 'timeouts', 'evicted'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function sentence(rand) {
  const words = Array.from({ length: 8 + Math.floor(rand() * 10) }, () => pick(rand, WORDS));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand, sentences) {
  return Array.from({ length: sentences }, () => sentence(rand)).join(' ');
}

function iso(ms) {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** The n-th benchmark postmortem (a complete, valid document). */
export function benchPostmortem(n) {
  const rand = seededRandom(n + 1);
  const start = Date.UTC(2020, 0, 1) + Math.floor(rand() * 5 * 365 * 24 * 60) * 60_000;
  const minutes = Array.from({ length: EVENTS_EACH }, (_, i) => i * (2 + Math.floor(rand() * 6)));
  const at = (i) => iso(start + minutes[i] * 60_000);
  const service = pick(rand, SERVICES);
  const timeline = minutes.map((_, i) => ({
    at: at(i),
    written: at(i),
    approximate: false,
    text: sentence(rand),
    actor: pick(rand, OWNERS),
    kind: i === 0 ? 'alert' : i === EVENTS_EACH - 1 ? 'resolution' : pick(rand, KINDS),
    source: 'typed',
  }));
  const actionItems = Array.from({ length: ACTION_ITEMS_EACH }, (_, i) => ({
    id: `A${i + 1}`,
    title: `Add a guard to ${service} so that ${sentence(rand).toLowerCase()}`,
    rationale: sentence(rand),
    owner: pick(rand, OWNERS),
    due: iso(start + (20 + Math.floor(rand() * 200)) * 86_400_000).slice(0, 10),
    priority: pick(rand, ['P1', 'P2', 'P3']),
    status: pick(rand, ACTION_STATUSES),
    ticket: `OPS-${1000 + n * ACTION_ITEMS_EACH + i}`,
    verification: sentence(rand),
  }));
  return {
    id: `pm-${String(n).padStart(5, '0')}`,
    title: `${service}: ${sentence(rand).slice(0, 60)}`,
    severity: pick(rand, SEVERITIES),
    status: pick(rand, STATUSES),
    kind: 'full',
    author: pick(rand, OWNERS),
    commander: pick(rand, OWNERS),
    services: [service],
    teams: ['SRE'],
    tags: [pick(rand, TAGS), pick(rand, TAGS)].filter((t, i, all) => all.indexOf(t) === i),
    restricted: false,
    times: { startedAt: at(0), detectedAt: at(1), acknowledgedAt: at(2), mitigatedAt: at(EVENTS_EACH - 2), resolvedAt: at(EVENTS_EACH - 1) },
    detection: { method: 'monitoring', by: 'alertmanager' },
    summary: paragraph(rand, 2),
    whatHappened: paragraph(rand, 5),
    impact: {
      text: paragraph(rand, 2),
      usersAffected: `${Math.floor(rand() * 40)}%`,
      errorRate: `${Math.floor(rand() * 30)}%`,
      failedTransactions: String(Math.floor(rand() * 10_000)),
      revenueImpact: null,
      supportTickets: String(Math.floor(rand() * 200)),
      slaTarget: '99.9%',
      slaAchieved: '99.5%',
      dataLoss: 'none',
      securityExposure: 'none',
    },
    timeline,
    rootCause: paragraph(rand, 3),
    whys: Array.from({ length: 5 }, () => sentence(rand)),
    contributingFactors: [{ text: sentence(rand), category: 'technical', actionItems: ['A1', 'A2'] }],
    wentWell: [sentence(rand)],
    wentPoorly: [sentence(rand)],
    surprises: [],
    luckyBreaks: [],
    lessons: [sentence(rand)],
    actionItems,
    review: { reviewers: [pick(rand, OWNERS)], meetingAt: null, attendees: [], approvals: [] },
    otherSections: [],
  };
}
