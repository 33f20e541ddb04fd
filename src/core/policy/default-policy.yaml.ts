/** The default policy as a commented YAML document: what `readPolicy` gives for an empty file, and a starting point for one. */

/** The default policy, every key commented; it parses to the schema's defaults (a test holds the two together). */
export const DEFAULT_POLICY_YAML = `# Debrief policy: when a postmortem is owed, how deep it goes, and its deadlines.
# Every key is optional; a key left out takes the value shown here. Durations: 30m, 24h, 90d, 2w, 1h30m.
owed:                            # whether a postmortem is owed for an incident, and of what depth
  triggers:                      # any one that applies makes a postmortem owed; false, 0 or null switches one off
    customerImpactMinutes: 15    # customer-visible impact of at least this many minutes
    slaBreached: true            # an SLA was breached (or credits are owed)
    dataLoss: true               # data was lost
    securityExposure: true       # data or systems were exposed
    escalated: true              # the on-call escalated (a second responder, another team, management)
    teams: 2                     # at least this many teams were involved
    nearMiss: true               # it could have been severe and was not
    newFailureMode: false        # its failure mode is one no other incident has had
  skips:                         # why none is owed when no trigger applies (a skip never overrides a trigger)
    underMinutes: 5              # the incident lasted less than this many minutes (started to resolved)
    autoResolved: true           # it ended on its own, with nobody acting
    noCustomerImpact: true       # customers saw no impact (0 minutes)
  depth:                         # which template an owed postmortem uses, by severity
    full: [SEV1, SEV2]           # severities that owe the full template
    lightweight: [SEV3, SEV4]    # severities that owe the lightweight one (summary, what happened, one action item)
    unknownSeverity: full        # the depth while the incident has no severity (full or lightweight)
  repeats:                       # a failure that recurs owes a full postmortem whatever its severity
    count: 3                     # the count-th incident with a shared service and the same failure mode...; 0 switches repeats off
    within: 90d                  # ...starting within this window before it
deadlines:                       # counted from the incident's resolution
  draft: 24h                     # the draft is written (a summary, or status past draft)
  meeting: 48h                   # the review meeting has taken place
  publish: 72h                   # the postmortem is final or published
  dueSoon: 4h                    # a deadline this close is due soon (reminders go out then)
  bySeverity: {}                 # overrides of draft, meeting and publish by severity, e.g. SEV1: { draft: 12h }
actionItems:                     # the action items of postmortems
  dueDays: { P1: 15, P2: 30, P3: 60 }   # days from today to the due date the editor proposes, by priority
  escalateOverdue: 7d            # an open item this long past its due date is escalated
  requireVerification: true      # only verified items count as closed (when false, done items count too)
digest:                          # the weekly review digest for the postmortem sheriff
  day: monday                    # the day it goes out (monday to sunday)
  time: "09:00"                  # the time of day it goes out (24-hour HH:MM)
  timeZone: UTC                  # the IANA time zone of that day and time, e.g. Europe/London
completion:                      # the action-item completion rate
  window: 90d                    # the window over which the rate is computed
  alarmBelow: 0.7                # the rate (0 to 1) under which it raises an alarm
`;
