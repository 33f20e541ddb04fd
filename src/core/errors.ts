/** Typed domain errors: they say what is wrong and where, and know nothing of HTTP or exit codes. */

/** Base of every error Debrief raises on purpose; anything else is a bug. */
export class DebriefError extends Error {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input (a file, a field, an argument) is wrong; the message says what, where and what to do. */
export class InputError extends DebriefError {}

/** A thing that was asked for does not exist. */
export class NotFoundError extends DebriefError {}

/** The change conflicts with the current state (stale version, illegal transition). */
export class ConflictError extends DebriefError {}

/** The caller may not do this. */
export class ForbiddenError extends DebriefError {}

/** Too many attempts for now (sign-ins, requests); `retryAfterSeconds` says when to try again. */
export class RateLimitedError extends DebriefError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, { retryAfterSeconds });
  }
}

/** The work cannot be taken on now (a full queue); it is worth trying again after `retryAfterSeconds`. */
export class BusyError extends DebriefError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, { retryAfterSeconds });
  }
}
