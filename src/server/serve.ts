/** Running the server: open the store, make the first admin, listen, and close everything in order on request. */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { openStore, type StoreOptions } from '../store/open-store.js';
import { buildApp } from './app.js';
import { ensureAdmin, type AdminBootstrap } from './bootstrap-admin.js';

/** Everything `debrief serve` needs, already resolved from flags and environment. */
export interface ServerConfig {
  host: string;
  port: number;
  /** Where the data lives (a SQLite data directory or a PostgreSQL URL). */
  store: StoreOptions;
  /** The first admin, for an empty database. */
  admin: { email?: string; password?: string };
  secureCookies: boolean;
  trustProxy: boolean;
  logger: FastifyBaseLogger;
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
  const store = await openStore(config.store);
  try {
    const admin = await ensureAdmin(store, config.admin);
    const app = await buildApp({ store, logger: config.logger, secureCookies: config.secureCookies, trustProxy: config.trustProxy });
    closeConnectionsWhileStopping(app);
    app.addHook('onClose', async () => store.close());
    const url = await app.listen({ host: config.host, port: config.port });
    return { url, admin, close: () => app.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
