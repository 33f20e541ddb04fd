/** The `debrief` commander program: a table of commands whose code is imported only when run. */
import { Argument, Command, Option } from 'commander';
import type { Role } from '../core/access.js';
import type { Format } from '../lint/formatters/index.js';
import type { StoreOptions } from '../store/open-store.js';
import type { ActionItemAction, ActionItemOptions } from './commands/action-item.js';
import type { AuditOptions } from './commands/audit.js';
import type { ChannelAction, ChannelOptions } from './commands/channel.js';
import type { IntegrationAction, IntegrationOptions } from './commands/integration.js';
import type { DigestOptions } from './commands/digest.js';
import type { ReportOptions } from './commands/report.js';
import type { LintOptions } from './commands/lint.js';
import type { MetricsOptions } from './commands/metrics.js';
import type { NewOptions } from './commands/new.js';
import type { IncidentAction, IncidentOptions } from './commands/incident.js';
import type { PolicyAction, PolicyOptions } from './commands/policy.js';
import type { PostmortemAction, PostmortemOptions } from './commands/postmortem.js';
import type { ReviewAction, ReviewOptions } from './commands/review.js';
import type { ServeOptions } from './commands/serve.js';
import type { RedactOptions } from './commands/redact.js';
import type { PublicCommandAction, PublicOptions } from './commands/public.js';
import type { ShowOptions } from './commands/show.js';
import type { SimilarOptions } from './commands/similar.js';
import type { SignInAction } from './commands/sign-in.js';
import type { TimelineSource } from '../importers/sources.js';
import type { SloAction, SloOptions } from './commands/slo.js';
import type { TeamAction, TeamOptions } from './commands/team.js';
import type { TimelineAction, TimelineOptions } from './commands/timeline.js';
import type { TokenAction, TokenOptions } from './commands/token.js';
import type { UserAction, UserOptions } from './commands/user.js';
import { writeErr, writeOut } from './output.js';

/** One command: its usage and options (cheap to declare) and a runner that loads its module. */
interface CommandEntry {
  usage: string;
  summary: string;
  options: (command: Command) => Command;
  run: (command: Command) => Promise<number>;
}

/** Every value of a string union, checked by the compiler to be complete (the modules stay unloaded). */
function choices<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

const LINT_FORMATS = choices<Format>({ stylish: true, json: true, sarif: true, github: true });
const SHOW_FORMATS = choices<ShowOptions['format']>({ json: true, md: true, html: true });
const REDACT_FORMATS = choices<RedactOptions['format']>({ md: true, json: true });
const ROLES = choices<Role>({ viewer: true, editor: true, admin: true });
const USER_ACTIONS = choices<UserAction>({ create: true, list: true, 'set-role': true, disable: true, enable: true, 'set-password': true });
const TOKEN_ACTIONS = choices<TokenAction>({ create: true, list: true, revoke: true });
const SIGN_IN_ACTIONS = choices<SignInAction>({ show: true, 'local-passwords': true });
const POSTMORTEM_ACTIONS = choices<PostmortemAction>({ delete: true, deleted: true, undelete: true, similar: true, export: true });
const INCIDENT_ACTIONS = choices<IncidentAction>({ add: true, list: true, show: true, waive: true, unwaive: true });
const POLICY_ACTIONS = choices<PolicyAction>({ show: true, set: true, check: true, schema: true, versions: true });
const PUBLIC_ACTIONS = choices<PublicCommandAction>({ propose: true, show: true, save: true, publish: true, unpublish: true, history: true });
const ACTION_ITEM_ACTIONS = choices<ActionItemAction>({ status: true, verify: true, file: true });
const CHANNEL_ACTIONS = choices<ChannelAction>({ list: true, add: true, update: true, remove: true, deliveries: true });
const INTEGRATION_ACTIONS = choices<IntegrationAction>({ list: true, add: true, show: true, remove: true });
const TEAM_ACTIONS = choices<TeamAction>({ list: true, show: true, set: true, remove: true });
const SLO_ACTIONS = choices<SloAction>({ list: true, set: true, remove: true });
const TIMELINE_ACTIONS = choices<TimelineAction>({ import: true });
const TIMELINE_SOURCES = choices<TimelineSource>({ alertmanager: true, betterstack: true, csv: true, grafana: true, opsgenie: true, pagerduty: true, slack: true, statuspage: true });
const REVIEW_ACTIONS = choices<ReviewAction>({ status: true, approve: true, withdraw: true, move: true, comments: true, comment: true, resolve: true, reopen: true, kit: true });

/** Collects a repeatable option's values. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const TEXT_OR_JSON = (): Option => new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

/** `--data-dir` and `--database-url`: where the commands that open the store find it. */
function storeOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'where the SQLite database lives (env DEBRIEF_DATA_DIR; default ./debrief-data)')
    .option('--database-url <url>', 'use this PostgreSQL database instead, postgres://… (env DEBRIEF_DATABASE_URL)');
}

const COMMANDS: readonly CommandEntry[] = [
  {
    usage: 'lint <inputs...>',
    summary: 'check postmortems (files, directories, globs, or - for stdin)',
    options: (c) =>
      c
        .addOption(new Option('--format <format>', 'output format').choices(LINT_FORMATS).default('stylish'))
        .option('--config <file>', 'use this config file instead of looking one up')
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (counted even with --quiet)')
        .option('--quiet', 'report errors only'),
    run: async (c) => (await import('./commands/lint.js')).lintCommand(c.processedArgs[0] as string[], c.opts<LintOptions>()),
  },
  {
    usage: 'show <file>',
    summary: 'print a postmortem as JSON, as Markdown in our format, or as an HTML page (- for stdin)',
    options: (c) =>
      c
        .addOption(new Option('--format <format>', 'output format').choices(SHOW_FORMATS).default('json'))
        .option('--slos <file>', 'json: the SLOs for derived.impact (default: slos.yaml beside the postmortem, if there is one)'),
    run: async (c) => (await import('./commands/show.js')).showCommand(c.processedArgs[0] as string, c.opts<ShowOptions>()),
  },
  {
    usage: 'timeline',
    summary: 'timeline import --from SOURCE FILE…: events from PagerDuty, Opsgenie, Alertmanager, Grafana, Statuspage, Better Stack, Slack or CSV exports, into a postmortem (--into) or printed',
    options: (c) =>
      c
        .addArgument(new Argument('<action>', 'what to do').choices(TIMELINE_ACTIONS))
        .argument('[files...]', 'the export files (JSON, or one JSON value per line; CSV for csv); a directory or .zip holds many (a Slack export)')
        .addOption(new Option('--from <source>', 'the tool the files come from').choices(TIMELINE_SOURCES).makeOptionMandatory())
        .option('--into <file>', 'the postmortem (Markdown) to add the events to, written back in Debrief\'s format when something is added')
        .addOption(new Option('--format <format>', 'what to print: the timeline and what was done as JSON, or the timeline as Markdown').choices(['json', 'md']).default('json'))
        .option('--since <time>', 'keep Slack messages from this time on (ISO 8601, UTC without an offset; default: an hour before the --into postmortem\'s first key time)')
        .option('--until <time>', 'keep Slack messages up to this time (default: an hour after the --into postmortem\'s last key time)')
        .option('--columns <map>', 'csv: the columns by name, as time=When,text=Note,actor=Who,kind=Kind (default: found by their names)')
        .option('--timezone <zone>', 'csv: the IANA zone of times written without an offset (Europe/Paris)')
        .option('--fetch <id>', 'slack, pagerduty: fetch live instead of reading files: a Slack channel\'s id (conversations.history), a PagerDuty incident\'s id (its log entries)')
        .option('--token <token>', 'the API token for --fetch (env DEBRIEF_SLACK_TOKEN, DEBRIEF_PAGERDUTY_TOKEN; else the one an admin stored as a slack-api or pagerduty-api integration in the store of --data-dir or --database-url)')
        .option('--api-url <url>', 'the API to fetch from (default https://slack.com/api, https://api.pagerduty.com)')
        .option('--data-dir <dir>', '--fetch without a token: the store holding the stored token (env DEBRIEF_DATA_DIR; default ./debrief-data when it exists)')
        .option('--database-url <url>', '--fetch without a token: the PostgreSQL store holding the stored token (env DEBRIEF_DATABASE_URL)'),
    run: async (c) => (await import('./commands/timeline.js')).timelineCommand(c.processedArgs[0] as TimelineAction, c.processedArgs[1] as string[], c.opts<TimelineOptions>()),
  },
  {
    usage: 'new',
    summary: 'write a new postmortem from the template for its severity',
    options: (c) =>
      c
        .option('--severity <severity>', 'SEV1..SEV4, P1..P4, Critical, Major, Minor or Low')
        .option('--kind <kind>', 'full, lightweight or near-miss (default: follows the severity)')
        .option('--title <title>', 'the title')
        .option('--started <time>', 'the start of the incident, ISO 8601 (UTC when no offset is given)')
        .option('--resolved <time>', 'when it was resolved, ISO 8601 (UTC when no offset is given)')
        .option('-o, --output <file>', 'write to this file (never overwrites) instead of stdout'),
    run: async (c) => (await import('./commands/new.js')).newCommand(c.opts<NewOptions>()),
  },
  {
    usage: 'serve',
    summary: 'run the HTTP API server until SIGTERM or SIGINT',
    options: (c) =>
      storeOptions(
        c
          .option('--host <host>', 'address to listen on (env DEBRIEF_HOST; default 127.0.0.1)')
          .option('--port <port>', 'port to listen on, 0 for any free one (env DEBRIEF_PORT; default 4000)'),
      ),
    run: async (c) => (await import('./commands/serve.js')).serveCommand(c.opts<ServeOptions>()),
  },
  {
    usage: 'redact <file>',
    summary: 'print the public version of a postmortem: names, handles, e-mail and IP addresses, internal hosts and links, tickets, channels and secrets replaced (the list of redactions on stderr, or both as JSON)',
    options: (c) =>
      c
        .addOption(new Option('--format <format>', 'md: the redacted document on stdout, the redactions on stderr; json: both').choices(REDACT_FORMATS).default('md'))
        .option('--internal-domain <domain>', 'a domain whose hosts and links are internal (repeatable; also env DEBRIEF_INTERNAL_DOMAINS, comma-separated)', collect),
    run: async (c) => (await import('./commands/redact.js')).redactCommand(c.processedArgs[0] as string, c.opts<RedactOptions>()),
  },
  {
    usage: 'public',
    summary: 'the public version of a published postmortem: propose (redacted, each redaction listed), show, save --file (reviewed Markdown or JSON), publish (after checking nothing sensitive is left), unpublish, history',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(PUBLIC_ACTIONS))
          .argument('<id>', 'the postmortem')
          .requiredOption('--as <email>', 'the account that acts (an editor or admin who may see the postmortem)')
          .option('--file <file>', 'save: the public version, Markdown with "# Title" first (as propose prints it) or JSON (the body of PUT /api/v1/postmortems/{id}/public)')
          .option('--slug <slug>', 'save: the page\'s address, /public/postmortems/SLUG (default: from the title)')
          .option('--internal-domain <domain>', 'propose, save: a domain whose hosts and links are internal (repeat for more; adds to DEBRIEF_INTERNAL_DOMAINS)', collect)
          .addOption(TEXT_OR_JSON()),
      ),
    run: async (c) => (await import('./commands/public.js')).publicCommand(c.processedArgs[0] as PublicCommandAction, c.processedArgs[1] as string, c.opts<PublicOptions>()),
  },
  {
    usage: 'similar <file>',
    summary: 'the postmortems of a directory most like this one, and why (shared services, failure mode, trigger, factors, words)',
    options: (c) =>
      c
        .requiredOption('--in <dir>', 'the directory (or glob) of Markdown postmortems to compare with')
        .option('--limit <n>', 'how many to show', '5')
        .addOption(TEXT_OR_JSON()),
    run: async (c) => (await import('./commands/similar.js')).similarCommand(c.processedArgs[0] as string, c.opts<SimilarOptions>()),
  },
  {
    usage: 'schema',
    summary: 'print the JSON Schema of `debrief show --format json`',
    options: (c) => c,
    run: async () => (await import('./commands/schema.js')).schemaCommand(),
  },
  {
    usage: 'migrate',
    summary: 'create or update the database schema (every command that opens the database also does this)',
    options: storeOptions,
    run: async (c) => (await import('./commands/migrate.js')).migrateCommand(c.opts<StoreOptions>()),
  },
  {
    usage: 'dump',
    summary: 'write all data to stdout as JSON lines: a portable, lossless copy (debrief dump > file.jsonl)',
    options: storeOptions,
    run: async (c) => (await import('./commands/dump.js')).dumpCommand(c.opts<StoreOptions>()),
  },
  {
    usage: 'restore <file>',
    summary: 'load a dump (- for stdin) into an empty database, all or nothing',
    options: storeOptions,
    run: async (c) => (await import('./commands/restore.js')).restoreCommand(c.processedArgs[0] as string, c.opts<StoreOptions>()),
  },
  {
    usage: 'user',
    summary: 'manage accounts: create and set-password (the password is the first line of stdin), list, set-role, disable, enable',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(USER_ACTIONS))
          .option('--email <email>', 'the account (all but list)')
          .addOption(new Option('--role <role>', 'its role (create, set-role)').choices(ROLES))
          .option('--name <name>', 'its display name (create; default: the part of the e-mail before @)'),
      ),
    run: async (c) => (await import('./commands/user.js')).userCommand(c.processedArgs[0] as UserAction, c.opts<UserOptions>()),
  },
  {
    usage: 'sign-in',
    summary: 'how people sign in: show, or turn local passwords on or off (local-passwords on|off) beside the identity provider',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(SIGN_IN_ACTIONS))
          .addArgument(new Argument('[state]', 'local-passwords: on or off').choices(['on', 'off'])),
      ),
    run: async (c) => (await import('./commands/sign-in.js')).signInCommand(c.processedArgs[0] as SignInAction, c.processedArgs[1] as string | undefined, c.opts<StoreOptions>()),
  },
  {
    usage: 'token',
    summary: 'manage API tokens: create (prints only the token), list, revoke',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(TOKEN_ACTIONS))
          .option('--email <email>', 'the account the token acts as (list: only its tokens)')
          .option('--name <name>', 'the token\'s name (create: default cli-<time>; revoke: required)')
          .option('--expires-in-days <days>', 'create: how long it lasts, 1-365 (default 90)')
          .addOption(new Option('--role <role>', 'create: the most it may do, below its user\'s role').choices(ROLES)),
      ),
    run: async (c) => (await import('./commands/token.js')).tokenCommand(c.processedArgs[0] as TokenAction, c.opts<TokenOptions>()),
  },
  {
    usage: 'review',
    summary: 'the review of a stored postmortem: status (and its approvals), approve, withdraw (an approval), move --to STATUS; comments, comment, resolve and reopen (threads); kit (the meeting kit, or its .ics with --format ics)',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(REVIEW_ACTIONS))
          .argument('<id>', 'the postmortem')
          .requiredOption('--as <email>', 'the account that acts; its role and access apply (an approval is never by the author)')
          .option('--to <status>', 'move: draft, in_review, final or published')
          .option('--reason <text>', 'move: why a final or published postmortem is reopened to draft (required then)')
          .option('--body <text>', 'comment: its text (@name mentions a user)')
          .option('--about <anchor>', 'comment: section:<name> or action-item:<id or position> (default: the whole postmortem)')
          .option('--reply-to <comment>', 'comment: the first comment of the thread it answers')
          .option('--thread <comment>', 'resolve, reopen: the first comment of the thread')
          .addOption(new Option('--format <format>', 'output format (kit: also ics)').choices(['text', 'json', 'ics']).default('text')),
      ),
    run: async (c) => (await import('./commands/review.js')).reviewCommand(c.processedArgs[0] as ReviewAction, c.processedArgs[1] as string, c.opts<ReviewOptions>()),
  },
  {
    usage: 'postmortem',
    summary: 'delete a stored postmortem (kept 30 days), list the deleted ones, undelete one (admins); the stored postmortems most similar to one, or one exported as Markdown, HTML or JSON (anyone who may read it)',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(POSTMORTEM_ACTIONS))
          .argument('[id]', 'delete, similar, export: the postmortem; undelete: the deleted copy (from postmortem deleted)')
          .requiredOption('--as <email>', 'who acts (an admin, but for similar and export)')
          .option('--limit <n>', 'similar: how many, 1 to 20', '5')
          .addOption(new Option('--format <format>', 'deleted, similar: text or json; export: md (text is md), html or json').choices(['text', 'json', 'md', 'html']).default('text')),
      ),
    run: async (c) => (await import('./commands/postmortem.js')).postmortemCommand(c.processedArgs[0] as PostmortemAction, c.processedArgs[1] as string | undefined, c.opts<PostmortemOptions>()),
  },
  {
    usage: 'incident',
    summary: 'incidents: add (the policy decides whether a postmortem is owed, and drafts it), list, show, waive --reason, unwaive (admins)',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(INCIDENT_ACTIONS))
          .argument('[id]', 'show, waive, unwaive: the incident (INC-12)')
          .option('--as <email>', 'add, waive, unwaive: the account that acts (its role applies); list, show: the account that reads (without it, security incidents are redacted)')
          .option('--file <file>', 'add: the incident as JSON or YAML (the fields of POST /api/v1/incidents)')
          .option('--title <text>', 'add: what happened, in a line')
          .option('--severity <sev>', 'add: SEV1–SEV4 (P1–P4, critical, major, minor, low are read too)')
          .option('--started <time>', 'add: when impact started, 2024-03-01 14:05 (UTC) or ISO 8601')
          .option('--resolved <time>', 'add: when it was resolved (deadlines count from here)')
          .option('--service <name>', 'add: a service affected (repeat for more)', collect)
          .option('--team <name>', 'add: a team involved (repeat for more)', collect)
          .option('--impact-minutes <n>', 'add: minutes of customer-visible impact')
          .option('--sla-breached', 'add: an SLA was breached')
          .option('--data-loss', 'add: data was lost')
          .option('--security-exposure', 'add: data or systems were exposed (the postmortem is drafted restricted)')
          .option('--escalated', 'add: the on-call escalated')
          .option('--near-miss', 'add: it could have been severe')
          .option('--auto-resolved', 'add: it ended with nobody acting')
          .option('--failure-mode <label>', 'add: a short label such as disk-full, to recognise repeats')
          .option('--source <name>', 'add: where it came from (default cli)')
          .option('--reason <text>', 'waive: why no postmortem is needed')
          .addOption(new Option('--owed <owed>', 'list: only incidents that owe this').choices(['full', 'lightweight', 'none']))
          .addOption(TEXT_OR_JSON()),
      ),
    run: async (c) => (await import('./commands/incident.js')).incidentCommand(c.processedArgs[0] as IncidentAction, c.processedArgs[1] as string | undefined, c.opts<IncidentOptions>()),
  },
  {
    usage: 'policy',
    summary: 'the owed-postmortem policy: show, set FILE (admins; checked first), check INC-ID | --incident FILE, schema, versions',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(POLICY_ACTIONS))
          .argument('[argument]', 'set: the policy file (YAML); check: a recorded incident (INC-12)')
          .option('--as <email>', 'set: the admin who acts')
          .option('--incident <file>', 'check: an incident\'s facts as JSON or YAML instead of a recorded one')
          .option('--policy <file>', 'check: try this policy file instead of the one in force (nothing is kept)')
          .addOption(TEXT_OR_JSON()),
      ),
    run: async (c) => (await import('./commands/policy.js')).policyCommand(c.processedArgs[0] as PolicyAction, c.processedArgs[1] as string | undefined, c.opts<PolicyOptions>()),
  },
  {
    usage: 'team',
    summary: 'teams (lead, members, services): list, show NAME, set NAME (admins; replaces it), remove NAME (admins)',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(TEAM_ACTIONS))
          .argument('[name]', 'show, set, remove: the team')
          .option('--as <email>', 'set, remove: the admin who acts')
          .option('--lead <email>', 'set: the lead (escalations go there)')
          .option('--member <email>', 'set: a member (repeat for more)', collect)
          .option('--service <name>', 'set: a service the team owns (repeat for more)', collect)
          .addOption(TEXT_OR_JSON()),
      ),
    run: async (c) => (await import('./commands/team.js')).teamCommand(c.processedArgs[0] as TeamAction, c.processedArgs[1] as string | undefined, c.opts<TeamOptions>()),
  },
  {
    usage: 'slo',
    summary: 'service level objectives for impact arithmetic (availability, error budget used): list, set SERVICE --target 99.9 --window 30d (admins), remove SERVICE (admins)',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(SLO_ACTIONS))
          .argument('[service]', 'set, remove: the service, as postmortems list it')
          .option('--as <email>', 'set, remove: the admin who acts')
          .option('--target <percent>', 'set: the target in percent of good minutes, e.g. 99.9')
          .option('--window <days>', 'set: the rolling window, e.g. 30d or 4w', '30d')
          .addOption(TEXT_OR_JSON()),
      ),
    run: async (c) => (await import('./commands/slo.js')).sloCommand(c.processedArgs[0] as SloAction, c.processedArgs[1] as string | undefined, c.opts<SloOptions>()),
  },
  {
    usage: 'channel',
    summary: 'notification channels (admins change them): list, add --scope S --kind email|slack|webhook, update ID [--scope S], remove ID; deliveries [ID] (the log)',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(CHANNEL_ACTIONS))
          .argument('[id]', 'update, remove: the channel; deliveries: only this channel')
          .option('--as <email>', 'add, update, remove: the admin who acts')
          .option('--scope <scope>', 'add: instance, or team:NAME; update: move it there (left out, it stays); list: only this scope')
          .option('--name <name>', 'add, update: its name')
          .addOption(new Option('--kind <kind>', 'add, update: what it is').choices(['email', 'slack', 'webhook']))
          .option('--to <email>', 'email: an address (repeat for more)', collect)
          .option('--url <url>', 'slack: the incoming-webhook URL; webhook: the receiver')
          .option('--secret <whsec>', 'webhook: its Standard Webhooks secret (one is generated and printed once when left out)')
          .addOption(new Option('--outcome <outcome>', 'deliveries: only this outcome').choices(['sent', 'retry', 'failed', 'lease_expired']))
          .addOption(TEXT_OR_JSON()),
      ),
    run: async (c) => (await import('./commands/channel.js')).channelCommand(c.processedArgs[0] as ChannelAction, c.processedArgs[1] as string | undefined, c.opts<ChannelOptions>()),
  },
  {
    usage: 'integration',
    summary: 'integrations: alerting tools whose webhooks make incidents, trackers action items are filed in (admins change them; secrets need DEBRIEF_SECRET_KEY): list, add --kind pagerduty|alertmanager|opsgenie|grafana|jira|linear|github|slack-api|pagerduty-api --name N, show ID (hook path, deliveries), remove ID',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(INTEGRATION_ACTIONS))
          .argument('[id]', 'show, remove: the integration')
          .option('--as <email>', 'add, remove: the admin who acts')
          .addOption(new Option('--kind <kind>', 'add: the tool; list: only this kind').choices(['pagerduty', 'alertmanager', 'opsgenie', 'grafana', 'jira', 'linear', 'github', 'slack-api', 'pagerduty-api']))
          .option('--name <name>', 'add: its name')
          .option('--scope <scope>', 'add: instance (the default), or team:NAME (its incidents belong to that team)')
          .option('--set <key=value>', 'add: a setting of the kind, e.g. auth=basic, username=prom, header=X-Token (repeat for more)', collect)
          .option('--secret <secret>', 'add: the signing secret, token or password (PagerDuty: required; trackers: the API token, required; others: generated and printed once when left out)')
          .option('--webhook-secret <secret>', 'add, trackers: what the tracker signs its webhooks with')
          .addOption(TEXT_OR_JSON()),
      ),
    run: async (c) => (await import('./commands/integration.js')).integrationCommand(c.processedArgs[0] as IntegrationAction, c.processedArgs[1] as string | undefined, c.opts<IntegrationOptions>()),
  },
  {
    usage: 'action-item',
    summary: 'an action item on its way to closure: status --to STATUS (won\'t do needs --reason), verify --evidence (someone other than the owner), file (a ticket in the team\'s tracker)',
    options: (c) =>
      storeOptions(
        c
          .addArgument(new Argument('<action>', 'what to do').choices(ACTION_ITEM_ACTIONS))
          .argument('<postmortem>', 'the postmortem')
          .argument('<item>', 'the item: its id, or its position from 0')
          .requiredOption('--as <email>', 'the account that acts (a verifier other than the owner)')
          .option('--to <status>', 'status: open, in_progress, done or wont_do')
          .option('--reason <text>', 'status --to wont_do: why it will not be done')
          .option('--evidence <text>', 'verify: how you know it works, a note or a link')
          .option('--integration <id>', 'file: the tracker integration (default: the only one of the postmortem\'s teams, else of the instance)')
          .option('--public-url <url>', 'file: Debrief\'s address, for the link back in the ticket (default: DEBRIEF_PUBLIC_URL)')
          .addOption(new Option('--format <format>', 'file: output format').choices(['text', 'json']).default('text')),
      ),
    run: async (c) => (await import('./commands/action-item.js')).actionItemCommand(c.processedArgs[0] as ActionItemAction, c.processedArgs[1] as string, c.processedArgs[2] as string, c.opts<ActionItemOptions>()),
  },
  {
    usage: 'digest',
    summary: 'the weekly digest for the postmortem sheriff, now: postmortems owed and late, items overdue by owner, open P1s, verifications waiting, the completion rate',
    options: (c) => storeOptions(c.addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))),
    run: async (c) => (await import('./commands/digest.js')).digestCommand(c.opts<DigestOptions>()),
  },
  {
    usage: 'report',
    summary: 'the pattern report of a period: incidents by severity, shares by trigger, factor category and service, repeated failures, time to detect and resolve against the period before, action items',
    options: (c) =>
      storeOptions(
        c
          .option('--in <dir>', 'a directory (or glob) of Markdown postmortems, with no server')
          .option('--server', 'the store of debrief serve (with --as)')
          .option('--as <email>', '--server: the account whose access applies (restricted postmortems it may not read are not counted)')
          .option('--from <date>', 'the first day, YYYY-MM-DD (UTC; default: 90 days before --to)')
          .option('--to <date>', 'the last day, included, YYYY-MM-DD (UTC; default: today)')
          .addOption(new Option('--format <format>', 'md, json (the model), html (a page with charts) or csv (one row per postmortem)').choices(['md', 'json', 'html', 'csv']).default('md')),
      ),
    run: async (c) => (await import('./commands/report.js')).reportCommand(c.opts<ReportOptions>()),
  },
  {
    usage: 'metrics',
    summary: 'the action-item completion rate: of the items created in the last 90 days whose due date has passed, the share closed on time',
    options: (c) =>
      storeOptions(c.option('--team <name>', 'only the items of this team\'s postmortems').option('--owner <name>', 'only the items of this owner').addOption(TEXT_OR_JSON())),
    run: async (c) => (await import('./commands/metrics.js')).metricsCommand(c.opts<MetricsOptions>()),
  },
  {
    usage: 'audit',
    summary: 'print the audit log of security events, newest first: sign-ins, account, token and access changes',
    options: (c) =>
      storeOptions(
        c
          .option('--action <action>', 'only this action, e.g. auth.login_failed')
          .option('--email <email>', 'only events done by or to this account')
          .option('--limit <n>', 'how many events (1-500, default 100)')
          .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
      ),
    run: async (c) => (await import('./commands/audit.js')).auditCommand(c.opts<AuditOptions>()),
  },
];

/** Builds the program; the chosen command's exit code is handed to `setExitCode`. */
export function buildProgram(version: string, setExitCode: (code: number) => void): Command {
  const program = new Command('debrief')
    .description('Blameless incident postmortems: write, lint, render.')
    .version(version, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run `debrief --help` for usage)')
    .configureOutput({
      writeOut,
      writeErr,
      outputError: (message, write) => write(`debrief: ${message.replace(/^error: /, '')}`),
    });
  for (const entry of COMMANDS) {
    const command = program.command(entry.usage).description(entry.summary);
    entry.options(command).action(async (...args: unknown[]) => {
      setExitCode(await entry.run(args.at(-1) as Command));
    });
  }
  return program;
}
