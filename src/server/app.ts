/** The Fastify app of `debrief serve`: plugins, authentication, error mapping, OpenAPI and every route. */
import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { SessionPolicy, Store } from '../store/store.types.js';
import { DEFAULT_API_RATE_LIMITS, installApiRateLimit, type ApiRateLimits } from './api-rate-limit.js';
import { DEFAULT_SESSION_POLICY, installAuth } from './auth.js';
import { capConnections, connectionLimits, timeoutOptions, type ConnectionLimits } from './connection-limits.js';
import { registerContentTypes } from './content-types.js';
import { installErrorHandling, sendError } from './errors.js';
import { installNulGuard } from './nul-guard.js';
import { registerOpenApi } from './openapi.js';
import { DEFAULT_REVIEW_POLICY, type ReviewPolicy } from '../core/approvals.js';
import { postmortemLinter, type LinterOptions } from './postmortem-linter.js';
import { actionItemRoutes } from './routes/action-items.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { oidcClient, type OidcSettings } from './oidc-client.js';
import { oidcRoutes } from './routes/oidc.js';
import { approvalRoutes } from './routes/approvals.js';
import { hookRoutes } from './routes/hooks.js';
import { incidentRoutes } from './routes/incidents.js';
import { integrationRoutes } from './routes/integrations.js';
import { meetingKitRoutes } from './routes/meeting-kit.js';
import { metricsRoutes } from './routes/metrics.js';
import { practiceViewRoutes } from './routes/practice-views.js';
import { channelRoutes, type NotificationSettings } from './routes/channels.js';
import { practiceSettingsRoutes } from './routes/practice-settings.js';
import { sloRoutes } from './routes/slos.js';
import { commentRoutes } from './routes/comments.js';
import { healthRoutes } from './routes/health.js';
import { postmortemRoutes } from './routes/postmortems.js';
import { revisionRoutes } from './routes/revisions.js';
import { similarRoutes } from './routes/similar.js';
import { reportRoutes } from './routes/reports.js';
import { timelineImportRoutes } from './routes/timeline-import.js';
import { settingsRoutes, type InstanceSettings } from './routes/settings.js';
import { tokenRoutes } from './routes/tokens.js';
import { trashRoutes } from './routes/trash.js';
import { userRoutes } from './routes/users.js';
import { installSecurityHeaders, setSecurityHeaders } from './security-headers.js';
import { registerWebApp } from './web-app.js';
import { workflowRoutes } from './routes/workflow.js';
import { exportRoutes } from './routes/export.js';
import type { FetchSource } from '../importers/live-fetch.js';
import { publicVersionRoutes } from './routes/public-versions.js';
import { registerPublicPages } from './routes/public-pages.js';

/** The largest request body accepted (413 above). */
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** What the app is built from. */
export interface AppOptions {
  store: Store;
  /** A pino logger for request logs; without one the app logs nothing. */
  logger?: FastifyBaseLogger;
  /** Mark the session cookie Secure even on plain-HTTP requests (behind a TLS-terminating proxy). */
  secureCookies?: boolean;
  /**
   * Which proxies' X-Forwarded-For/-Proto to believe (client address for rate limits and the audit log, https for
   * Secure cookies): how many hops, or which addresses (CIDR ranges allowed); never all of them.
   */
  trustProxy?: TrustedProxies;
  /** How long web sessions last (default 12 hours, and 30 minutes idle). */
  sessions?: SessionPolicy;
  /** The API's rate limits per minute (default 1,200 per token or session, 3,000 per address). */
  rateLimits?: ApiRateLimits;
  /** Request, header, idle and keep-alive timeouts and the connection cap (defaults: CONNECTION_DEFAULTS). */
  connections?: Partial<ConnectionLimits>;
  /** Which documents are linted on worker threads, how many threads, how many may wait (defaults: LINTER_DEFAULTS). */
  lint?: Partial<LinterOptions>;
  /** How many approvals a postmortem needs to become final (default 1). */
  review?: ReviewPolicy;
  /** Where ticket keys link to (none by default). */
  settings?: InstanceSettings;
  /** Sign-in with an OpenID Connect provider (none by default: local passwords only). */
  oidc?: OidcSettings;
  /** What notifications and the addresses configured in integrations may reach (by default no private, loopback or unique-local address). */
  notifications?: NotificationSettings;
  /** Where the timeline import fetches live from, per tool (by default the vendors' own APIs). */
  fetchApis?: Partial<Record<FetchSource, string>>;
}

/** The proxies whose forwarding headers are believed: none, a number of hops, or a list of addresses and ranges. */
export type TrustedProxies = false | number | string[];

/** Fastify's trustProxy for a setting: a hop count becomes "the nearest N hops" (what proxy-addr does with a number). */
function proxyTrust(trusted: TrustedProxies): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trusted === 'number' ? (_address, hop) => hop < trusted : trusted;
}

/** Builds the app (not listening): tests call `app.inject`, `debrief serve` calls `listen`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const limits = connectionLimits(options.connections);
  const headers = { https: options.secureCookies ?? false };
  const app = Fastify({
    ...timeoutOptions(limits),
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: proxyTrust(options.trustProxy ?? false),
    // Requests that still arrive while shutting down are answered (with Connection: close), not refused.
    return503OnClosing: false,
    // What the router refuses before any route runs (a path with broken escapes, `/api/v1/%ZZ`) gets the same
    // error shape (and headers: no hook sees these) as everything else, not Fastify's own.
    frameworkErrors: (error, request, reply) => sendError(error, request, setSecurityHeaders(request, reply, headers)),
  });
  capConnections(app, limits);
  app.setValidatorCompiler(validatorCompiler);
  // Answers are built by typed presenters; the zod response schemas document them and need not re-check each one.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandling(app);
  // Before any plugin: its hooks reach every route, the not-found and the error answers.
  installSecurityHeaders(app, headers);
  registerContentTypes(app);
  installNulGuard(app);
  await app.register(cookie);
  // The per-address limit runs before authentication: its onRequest hook comes first.
  await installApiRateLimit(app, store, options.rateLimits ?? DEFAULT_API_RATE_LIMITS);
  const auth = { sessions: options.sessions ?? DEFAULT_SESSION_POLICY, secureCookies: options.secureCookies ?? false };
  installAuth(app, store, auth.sessions);
  await registerOpenApi(app);

  await app.register(healthRoutes, { store });
  const api = { prefix: '/api/v1', store };
  const oidc = options.oidc === undefined ? null : { settings: options.oidc, client: oidcClient(options.oidc, () => store.now()) };
  await app.register(authRoutes, { ...api, auth, oidc: oidc?.settings ?? null });
  await app.register(oidcRoutes, { ...api, auth, oidc });
  await app.register(postmortemRoutes, api);
  const linter = postmortemLinter(options.lint);
  app.addHook('onClose', async () => linter.close());
  const review = options.review ?? DEFAULT_REVIEW_POLICY;
  await app.register(workflowRoutes, { ...api, linter, review });
  await app.register(approvalRoutes, { ...api, review });
  await app.register(settingsRoutes, { prefix: '/api/v1', settings: options.settings ?? { ticketUrl: null }, review });
  await app.register(revisionRoutes, api);
  await app.register(similarRoutes, api);
  await app.register(exportRoutes, api);
  await app.register(timelineImportRoutes, { ...api, outbound: options.notifications ?? { allowPrivate: false }, ...(options.fetchApis === undefined ? {} : { fetchApis: options.fetchApis }) });
  await app.register(commentRoutes, api);
  await app.register(trashRoutes, api);
  await app.register(actionItemRoutes, { ...api, outbound: options.notifications ?? { allowPrivate: false } });
  await app.register(userRoutes, api);
  await app.register(tokenRoutes, api);
  await app.register(auditRoutes, api);
  await app.register(incidentRoutes, api);
  await app.register(practiceSettingsRoutes, api);
  await app.register(sloRoutes, api);
  await app.register(metricsRoutes, api);
  await app.register(reportRoutes, api);
  await app.register(meetingKitRoutes, api);
  await app.register(practiceViewRoutes, api);
  await app.register(channelRoutes, { ...api, notifications: options.notifications ?? { allowPrivate: false } });
  await app.register(integrationRoutes, { ...api, outbound: options.notifications ?? { allowPrivate: false }, ...(options.fetchApis === undefined ? {} : { fetchApis: options.fetchApis }) });
  await app.register(hookRoutes, api);
  await app.register(publicVersionRoutes, { ...api, internalDomains: options.settings?.internalDomains ?? [] });
  registerPublicPages(app, store, options.settings?.publicUrl ?? null);
  await registerWebApp(app);
  return app;
}
