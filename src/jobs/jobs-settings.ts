/**
 * The practice jobs' settings from the environment: how often the pass runs (DEBRIEF_SCHEDULER_INTERVAL seconds,
 * default 60, 0 for never), the SMTP server of e-mail channels (DEBRIEF_SMTP_URL, smtp:// or smtps://, with
 * DEBRIEF_SMTP_FROM), whether receivers in private ranges may be called (DEBRIEF_NOTIFY_PRIVATE_ADDRESSES=allow), and
 * the web app's address for links (DEBRIEF_PUBLIC_URL). Errors name the variable.
 */
import { InputError } from '../core/errors.js';
import type { SmtpSettings } from '../integrations/channels/send.js';

/** What the jobs run with. */
export interface JobsSettings {
  /** 0: the scheduler does not run. */
  intervalSeconds: number;
  smtp?: SmtpSettings;
  allowPrivate: boolean;
  publicUrl?: string;
}

/** The default interval of the pass, in seconds. */
export const DEFAULT_INTERVAL_SECONDS = 60;

/** A variable's value, or undefined when unset or blank. */
export function given(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** DEBRIEF_SMTP_URL and DEBRIEF_SMTP_FROM as the sender's settings, or undefined when no SMTP server is set. */
function smtpFrom(env: NodeJS.ProcessEnv): SmtpSettings | undefined {
  const text = given(env, 'DEBRIEF_SMTP_URL');
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError('DEBRIEF_SMTP_URL: not a URL; write it as smtp://user:password@host:587 (or smtps://… for TLS from the start)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new InputError(`DEBRIEF_SMTP_URL: must start with smtp:// or smtps://, not ${url.protocol}//`);
  const from = given(env, 'DEBRIEF_SMTP_FROM');
  if (from === undefined) throw new InputError('DEBRIEF_SMTP_FROM: required with DEBRIEF_SMTP_URL: the sender, such as "Debrief <debrief@example.com>"');
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return { host: url.hostname, port: url.port === '' ? (secure ? 465 : 587) : Number(url.port), secure, ...(user === '' ? {} : { auth: { user, pass: decodeURIComponent(url.password) } }), from };
}

/** DEBRIEF_NOTIFY_PRIVATE_ADDRESSES: whether receivers in private ranges may be called (allow; refuse is the default). */
export function allowPrivateFrom(env: NodeJS.ProcessEnv): boolean {
  const privateAddresses = given(env, 'DEBRIEF_NOTIFY_PRIVATE_ADDRESSES');
  if (privateAddresses !== undefined && privateAddresses !== 'allow' && privateAddresses !== 'refuse') {
    throw new InputError(`DEBRIEF_NOTIFY_PRIVATE_ADDRESSES: "${privateAddresses}" must be allow or refuse (the default)`);
  }
  return privateAddresses === 'allow';
}

/** DEBRIEF_PUBLIC_URL, the address people reach Debrief at, when set; InputError naming it when it is no http(s) URL. */
export function publicUrlFrom(env: NodeJS.ProcessEnv): string | undefined {
  const publicUrl = given(env, 'DEBRIEF_PUBLIC_URL');
  if (publicUrl !== undefined && !/^https?:\/\/\S+$/.test(publicUrl)) throw new InputError(`DEBRIEF_PUBLIC_URL: "${publicUrl}" is not an http(s) URL, such as https://debrief.example.com`);
  return publicUrl;
}

/** The jobs' settings from the environment. */
export function jobsSettingsFrom(env: NodeJS.ProcessEnv): JobsSettings {
  const interval = given(env, 'DEBRIEF_SCHEDULER_INTERVAL') ?? String(DEFAULT_INTERVAL_SECONDS);
  if (!/^\d{1,6}$/.test(interval)) throw new InputError(`DEBRIEF_SCHEDULER_INTERVAL: "${interval}" is not a whole number of seconds (default ${DEFAULT_INTERVAL_SECONDS}; 0 turns the scheduler off)`);
  const publicUrl = publicUrlFrom(env);
  const smtp = smtpFrom(env);
  return { intervalSeconds: Number(interval), allowPrivate: allowPrivateFrom(env), ...(smtp === undefined ? {} : { smtp }), ...(publicUrl === undefined ? {} : { publicUrl }) };
}
