/**
 * The postmortem document: zod schemas are the single source of truth for the types,
 * for validation of JSON input and for the published JSON Schema.
 */
import { z } from 'zod';
import { ACTION_STATUSES, DETECTION_METHODS, EVENT_KINDS } from './vocabulary.js';

/** An ISO 8601 instant in UTC, e.g. `2024-03-01T14:05:00Z` (milliseconds allowed). */
export const utcInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, 'expected an ISO 8601 UTC instant such as 2024-03-01T14:05:00Z');

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2024-03-01');

const text = z.string();
const nullableText = z.string().nullable();
const list = z.array(z.string());

export const severitySchema = z.enum(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
export const statusSchema = z.enum(['draft', 'in_review', 'final', 'published']);
export const kindSchema = z.enum(['full', 'lightweight', 'near_miss']);
export const eventKindSchema = z.enum(EVENT_KINDS);
export const detectionMethodSchema = z.enum(DETECTION_METHODS);
export const factorCategorySchema = z.enum(['process', 'technical', 'cultural', 'environmental']);
export const prioritySchema = z.enum(['P1', 'P2', 'P3']);
export const actionStatusSchema = z.enum(ACTION_STATUSES);

export const keyTimesSchema = z.strictObject({
  startedAt: utcInstant.nullable(),
  detectedAt: utcInstant.nullable(),
  acknowledgedAt: utcInstant.nullable(),
  mitigatedAt: utcInstant.nullable(),
  resolvedAt: utcInstant.nullable(),
});

export const detectionSchema = z.strictObject({
  method: detectionMethodSchema.nullable(),
  by: nullableText,
});

/** Impact: prose plus the numbers, each kept as written ("12%", "3,400 requests", "$1,200"). */
export const impactSchema = z.strictObject({
  text: text,
  usersAffected: nullableText,
  errorRate: nullableText,
  failedTransactions: nullableText,
  revenueImpact: nullableText,
  supportTickets: nullableText,
  slaTarget: nullableText,
  slaAchieved: nullableText,
  dataLoss: nullableText,
  securityExposure: nullableText,
});

export const timelineEventSchema = z.strictObject({
  /** The instant in UTC, or null when the written time could not be resolved. */
  at: utcInstant.nullable(),
  /** The time exactly as the source wrote it. */
  written: text,
  approximate: z.boolean(),
  text: text,
  actor: nullableText,
  kind: eventKindSchema.nullable(),
  source: nullableText,
});

export const contributingFactorSchema = z.strictObject({
  text: text,
  category: factorCategorySchema.nullable(),
  /** Ids of the action items that address this factor. */
  actionItems: list,
});

export const actionItemSchema = z.strictObject({
  id: nullableText,
  title: text,
  /** Why doing it prevents recurrence. */
  rationale: nullableText,
  owner: nullableText,
  /** As written; a real due date is `YYYY-MM-DD`. */
  due: nullableText,
  priority: prioritySchema.nullable(),
  status: actionStatusSchema,
  ticket: nullableText,
  /** How completion will be verified. */
  verification: nullableText,
});

export const reviewSchema = z.strictObject({
  reviewers: list,
  meetingAt: utcInstant.nullable(),
  attendees: list,
  approvals: z.array(z.strictObject({ by: text, at: utcInstant.nullable() })),
});

/** A section the model has no field for: kept, in order, so nothing a team wrote is lost. */
export const otherSectionSchema = z.strictObject({ heading: text, body: text });

/**
 * Front-matter keys the model has no field for (`url`, `keywords`, `company`, a publication `date`), with their
 * values as read: kept so that converting a document does not drop them. Documents stored before it existed
 * have none, hence the default.
 */
export const extraFrontMatterSchema = z.record(z.string(), z.unknown()).default({});

export const postmortemSchema = z.strictObject({
  id: nullableText,
  title: text,
  severity: severitySchema.nullable(),
  status: statusSchema,
  kind: kindSchema,
  author: nullableText,
  commander: nullableText,
  services: list,
  teams: list,
  tags: list,
  restricted: z.boolean(),
  times: keyTimesSchema,
  detection: detectionSchema,
  summary: text,
  whatHappened: text,
  impact: impactSchema,
  timeline: z.array(timelineEventSchema),
  rootCause: text,
  whys: list,
  contributingFactors: z.array(contributingFactorSchema),
  wentWell: list,
  wentPoorly: list,
  surprises: list,
  luckyBreaks: list,
  lessons: list,
  actionItems: z.array(actionItemSchema),
  review: reviewSchema,
  otherSections: z.array(otherSectionSchema),
  extraFrontMatter: extraFrontMatterSchema,
});

export type Severity = z.infer<typeof severitySchema>;
export type Status = z.infer<typeof statusSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type EventKind = z.infer<typeof eventKindSchema>;
export type DetectionMethod = z.infer<typeof detectionMethodSchema>;
export type FactorCategory = z.infer<typeof factorCategorySchema>;
export type Priority = z.infer<typeof prioritySchema>;
export type ActionStatus = z.infer<typeof actionStatusSchema>;
export type KeyTimes = z.infer<typeof keyTimesSchema>;
export type Impact = z.infer<typeof impactSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type ContributingFactor = z.infer<typeof contributingFactorSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type OtherSection = z.infer<typeof otherSectionSchema>;
export type Postmortem = z.infer<typeof postmortemSchema>;
