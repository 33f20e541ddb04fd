/** Running the server: open the store, make the first admin, listen, and close everything in order on request. */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { openStore, type StoreOptions } from '../store/open-store.js';
import type { SessionPolicy, Store } from '../store/store.types.js';
import type { ApiRateLimits } from './api-rate-limit.js';
import { buildApp, type TrustedProxies } from './app.js';
import { ensureAdmin, type AdminBootstrap } from './bootstrap-admin.js';
import type { ConnectionLimits } from './connection-limits.js';
import type { ReviewPolicy } from '../core/approvals.js';
import type { NotificationSettings } from './routes/channels.js';
import type { InstanceSettings } from './routes/settings.js';
import type { OidcSettings } from './oidc-client.js';
import type { FetchSource } from '../importers/live-fetch.js';

/** Everything `debrief serve` needs, already resolved from flags and environment. */
export interface ServerConfig {
  host: string;
  port: number;
  /** Where the data lives (a SQLite data directory or a PostgreSQL URL). */
  store: StoreOptions;
  /** The first admin, for an empty database. */
  admin: { email?: string; password?: string };
  secureCookies: boolean;
  trustProxy: TrustedProxies;
  /** How long web sessions last (the app's default when left out). */
  sessions?: SessionPolicy;
  /** The API's rate limits (the app's default when left out). */
  rateLimits?: ApiRateLimits;
  logger: FastifyBaseLogger;
  /** Timeouts and the connection cap; the defaults (CONNECTION_DEFAULTS) for what is left out. */
  connections?: Partial<ConnectionLimits>;
  /** How many approvals final needs (the app's default when left out). */
  review?: ReviewPolicy;
  /** Where ticket keys link to (none when left out). */
  settings?: InstanceSettings;
  /** What notifications may reach (no private address when left out). */
  notifications?: NotificationSettings;
  /** Sign-in with an OpenID Connect provider (none when left out). */
  oidc?: OidcSettings;
  /** Where the timeline import fetches live from (the vendors' APIs when left out). */
  fetchApis?: Partial<Record<FetchSource, string>>;
  /** Work that runs beside the server on the same store (the practice's scheduler), stopped before the store closes. */
  background?: (store: Store) => Promise<{ stop(): Promise<void> } | null>;
}

/** A listening server. */
export interface RunningServer {
  /** The address it listens on, e.g. `http://127.0.0.1:4000`. */
  url: string;
  /** What the first start did about the admin account. */
  admin: AdminBootstrap;
  /** Stops accepting connections, lets in-flight requests finish, then closes the store. */
  close(): Promise<void>;
}

/** Answers sent while shutting down close their connection, so that keep-alive clients do not hold the shutdown up. */
function closeConnectionsWhileStopping(app: FastifyInstance): void {
  let stopping = false;
  app.addHook('preClose', async () => {
    stopping = true;
  });
  // A callback hook, not an async one: it runs on every answer, and a promise per answer is measurable.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (stopping) reply.header('connection', 'close');
    done(null, payload);
  });
}

/** Opens the store (migrating it), bootstraps the admin, and starts listening. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  // Every security event (sign-ins, account, token and access changes) goes to the log as well as the audit table.
  const store = await openStore({ ...config.store, onAudit: (event) => config.logger.info({ audit: event }, `audit: ${event.action} ${event.outcome}`) });
  let background: { stop(): Promise<void> } | null = null;
  try {
    const admin = await ensureAdmin(store, config.admin);
    const app = await buildApp({
      store,
      logger: config.logger,
      secureCookies: config.secureCookies,
      trustProxy: config.trustProxy,
      connections: config.connections,
      ...(config.sessions === undefined ? {} : { sessions: config.sessions }),
      ...(config.rateLimits === undefined ? {} : { rateLimits: config.rateLimits }),
      ...(config.review === undefined ? {} : { review: config.review }),
      ...(config.settings === undefined ? {} : { settings: config.settings }),
      ...(config.notifications === undefined ? {} : { notifications: config.notifications }),
      ...(config.oidc === undefined ? {} : { oidc: config.oidc }),
      ...(config.fetchApis === undefined ? {} : { fetchApis: config.fetchApis }),
    });
    closeConnectionsWhileStopping(app);
    background = config.background === undefined ? null : await config.background(store);
    app.addHook('onClose', async () => {
      await background?.stop();
      await store.close();
    });
    const url = await app.listen({ host: config.host, port: config.port });
    return { url, admin, close: () => app.close() };
  } catch (error) {
    await background?.stop();
    await store.close();
    throw error;
  }
}
