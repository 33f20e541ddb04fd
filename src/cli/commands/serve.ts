/** `debrief serve`: run the HTTP API until SIGTERM or SIGINT, then shut down gracefully. */
import { pino } from 'pino';
import { InputError } from '../../core/errors.js';
import type { AdminBootstrap } from '../../server/bootstrap-admin.js';
import { jobsSettingsFrom } from '../../jobs/jobs-settings.js';
import { startJobs } from '../../jobs/start-jobs.js';
import { startServer, type ServerConfig } from '../../server/serve.js';
import { resolveStoreOptions } from '../../store/open-store.js';
import { writeErr } from '../output.js';
import { connectionLimitsFrom, instanceSettingsFrom, parseTrustProxy, rateLimitsFrom, reviewPolicyFrom, sessionPolicyFrom } from './serve-settings.js';
import { EXIT } from '../report-error.js';
import { oidcSettingsFrom, oidcStartLine } from './oidc-settings.js';
import { fetchApisFrom } from '../../importers/live-fetch.js';

/** The options `debrief serve` accepts (each also from the environment). */
export interface ServeOptions {
  host?: string;
  port?: string;
  dataDir?: string;
  databaseUrl?: string;
}

/** Where the server listens when neither flags nor environment say. */
export const SERVE_DEFAULTS = { host: '127.0.0.1', port: 4000 } as const;

function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text.trim()) || Number(text) > 65535) {
    throw new InputError(`--port: "${text}" is not a port number (0-65535; 0 picks a free one)`);
  }
  return Number(text);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The server's configuration: flags first, then DEBRIEF_* variables, then defaults (the store's as every command's). */
export function serveConfig(options: ServeOptions, env: NodeJS.ProcessEnv): Omit<ServerConfig, 'logger'> {
  const email = nonEmpty(env.DEBRIEF_ADMIN_EMAIL);
  const password = nonEmpty(env.DEBRIEF_ADMIN_PASSWORD);
  const oidc = oidcSettingsFrom(env);
  return {
    host: nonEmpty(options.host) ?? nonEmpty(env.DEBRIEF_HOST) ?? SERVE_DEFAULTS.host,
    port: parsePort(nonEmpty(options.port) ?? nonEmpty(env.DEBRIEF_PORT) ?? String(SERVE_DEFAULTS.port)),
    store: resolveStoreOptions({ dataDir: options.dataDir, databaseUrl: options.databaseUrl }, env),
    admin: { ...(email === undefined ? {} : { email }), ...(password === undefined ? {} : { password }) },
    secureCookies: env.DEBRIEF_SECURE_COOKIES === '1',
    trustProxy: parseTrustProxy(env.DEBRIEF_TRUST_PROXY),
    sessions: sessionPolicyFrom(env),
    rateLimits: rateLimitsFrom(env),
    connections: connectionLimitsFrom(env),
    review: reviewPolicyFrom(env),
    settings: instanceSettingsFrom(env),
    ...(oidc === null ? {} : { oidc }),
  };
}

/** Tells the operator about the admin account the first start created (a generated password, once). */
function reportAdmin(admin: AdminBootstrap): void {
  if (!admin.created) return;
  if (admin.password === undefined) {
    writeErr(`debrief serve: created the admin account ${admin.email} (password from DEBRIEF_ADMIN_PASSWORD)\n`);
    return;
  }
  writeErr(
    [
      'debrief serve: the database had no users, so an admin account was created:',
      `  email:    ${admin.email}`,
      `  password: ${admin.password}`,
      'This password is printed only this once: keep it now. (Set DEBRIEF_ADMIN_EMAIL and DEBRIEF_ADMIN_PASSWORD',
      'before the first start to choose them instead.)',
      '',
    ].join('\n'),
  );
}

/** Resolves on the first SIGTERM or SIGINT; a second one then ends the process the default way. */
function nextStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/** Runs `debrief serve` until it is told to stop. */
export async function serveCommand(options: ServeOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const config = serveConfig(options, env);
  const logger = pino({ level: nonEmpty(env.DEBRIEF_LOG_LEVEL) ?? 'info' });
  const stopped = nextStopSignal();
  const jobs = jobsSettingsFrom(env);
  const server = await startServer({ ...config, logger, notifications: { allowPrivate: jobs.allowPrivate }, fetchApis: fetchApisFrom(env), background: (store) => startJobs(store, config.store, jobs, logger) });
  reportAdmin(server.admin);
  if (config.oidc !== undefined) writeErr(oidcStartLine(config.oidc));
  writeErr(`debrief serve: listening on ${server.url} (API ${server.url}/api/v1, reference ${server.url}/api/docs)\n`);
  const signal = await stopped;
  writeErr(`debrief serve: ${signal} received; finishing requests in flight, then closing the database\n`);
  await server.close();
  writeErr('debrief serve: stopped\n');
  return EXIT.ok;
}
