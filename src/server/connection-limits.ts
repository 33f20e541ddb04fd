/**
 * How long a client may take and how many may be connected at once: a client that sends a byte now and then, or
 * opens connections and sends nothing, must not hold the server's sockets for as long as it likes.
 */
import type { FastifyHttpOptions, FastifyInstance } from 'fastify';
import type { Server } from 'node:http';

/** The limits on one connection and on all of them. */
export interface ConnectionLimits {
  /** The whole request, headers and body, must have arrived within this (408 and closed after). */
  requestTimeoutMs: number;
  /** The headers must have arrived within this (408 and closed after); never more than `requestTimeoutMs`. */
  headersTimeoutMs: number;
  /** A connection with no traffic either way, even while its answer is being worked out, is closed after this. */
  idleTimeoutMs: number;
  /** How long a kept-alive connection waits for its next request. */
  keepAliveTimeoutMs: number;
  /** Connections beyond this many at once are closed as they come in. */
  maxConnections: number;
}

/**
 * A 2 MB body in 30 s is 70 KB/s, far below any real client. The keep-alive wait is Node's own default (Fastify
 * would keep idle connections 72 s); behind a load balancer that reuses connections, it should exceed the
 * balancer's idle timeout.
 */
export const CONNECTION_DEFAULTS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
};

/** The limits with defaults for what `limits` leaves out. */
export function connectionLimits(limits: Partial<ConnectionLimits> = {}): ConnectionLimits {
  return { ...CONNECTION_DEFAULTS, ...limits };
}

/** Fastify's server options for `limits`. */
export function timeoutOptions(limits: ConnectionLimits): FastifyHttpOptions<Server> {
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout,
      // Node looks for requests past these timeouts only this often (every 30 s by default, which would let a
      // 10 s limit run to 40 s).
      connectionsCheckingInterval: Math.min(1_000, Math.max(25, Math.floor(headersTimeout / 10))),
    },
  };
}

/** Caps the connections of the app's server at `limits.maxConnections`. */
export function capConnections(app: FastifyInstance, limits: ConnectionLimits): void {
  app.server.maxConnections = limits.maxConnections;
}
