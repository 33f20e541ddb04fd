/** Building blocks for postmortem values: an empty document and an empty action item. */
import type { ActionItem, Impact, Postmortem } from './postmortem.schema.js';

/** An impact with no prose and no numbers. */
export function emptyImpact(): Impact {
  return {
    text: '',
    usersAffected: null,
    errorRate: null,
    failedTransactions: null,
    revenueImpact: null,
    supportTickets: null,
    slaTarget: null,
    slaAchieved: null,
    dataLoss: null,
    securityExposure: null,
  };
}

/** A postmortem with every field present and empty: the starting point of parsers and templates. */
export function emptyPostmortem(): Postmortem {
  return {
    id: null,
    title: '',
    severity: null,
    status: 'draft',
    kind: 'full',
    author: null,
    commander: null,
    services: [],
    teams: [],
    tags: [],
    restricted: false,
    times: { startedAt: null, detectedAt: null, acknowledgedAt: null, mitigatedAt: null, resolvedAt: null },
    detection: { method: null, by: null },
    summary: '',
    whatHappened: '',
    impact: emptyImpact(),
    timeline: [],
    rootCause: '',
    whys: [],
    contributingFactors: [],
    wentWell: [],
    wentPoorly: [],
    surprises: [],
    luckyBreaks: [],
    lessons: [],
    actionItems: [],
    review: { reviewers: [], meetingAt: null, attendees: [], approvals: [] },
    otherSections: [],
    extraFrontMatter: {},
  };
}

/** An open action item with only a title. */
export function newActionItem(title: string): ActionItem {
  return {
    id: null,
    title,
    rationale: null,
    owner: null,
    due: null,
    priority: null,
    status: 'open',
    ticket: null,
    verification: null,
  };
}
