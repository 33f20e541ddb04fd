/**
 * The guard on the addresses admins configure in integrations (a Jira site, a Linear, GitHub, Slack or PagerDuty API
 * address): the notification receivers' guard (channels/ssrf-guard.ts), so that no integration makes Debrief call
 * a link-local or metadata address (169.254.169.254), nor a private or loopback one unless the instance allows
 * private addresses (DEBRIEF_NOTIFY_PRIVATE_ADDRESSES=allow). Checked when an integration is saved, and again when
 * the live fetch calls a stored integration's address.
 */
import { InputError } from '../core/errors.js';
import { validateIntegration } from '../core/integrations.js';
import { checkReceiverUrl, checkTarget, type AddressPolicy } from './channels/ssrf-guard.js';

/** The settings of an integration that are addresses Debrief calls. */
const URL_SETTINGS = ['site', 'apiUrl'] as const;

/** The same error about `settings.<key>` instead of `url`. */
function atSetting(error: unknown, key: string): unknown {
  if (!(error instanceof InputError)) return error;
  const message = error.message.replace(/^url: /, '');
  return new InputError(`settings.${key}: ${message}`, [{ path: `settings.${key}`, message }]);
}

/**
 * Checks an integration as an admin wrote it (`creating` one, or changing one): first as the store does (InputError
 * naming each wrong field), then the addresses among the settings given (a default, the vendor's, is not asked
 * about); InputError at `settings.<key>` for one that may not be called.
 */
export async function checkIntegrationUrls(input: { settings?: Readonly<Record<string, unknown>> | undefined }, creating: boolean, policy: AddressPolicy): Promise<void> {
  validateIntegration(input, creating);
  const { settings } = input;
  for (const key of URL_SETTINGS) {
    const url = settings?.[key];
    if (typeof url !== 'string' || url.trim() === '') continue;
    try {
      await checkReceiverUrl(url.trim(), policy);
    } catch (error) {
      throw atSetting(error, key);
    }
  }
}

/** Checks a stored integration's API address before it is called; InputError naming the integration when it may not be. */
export async function checkStoredApiUrl(url: string, integration: string, policy: AddressPolicy): Promise<void> {
  try {
    await checkTarget(url, policy);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^url: /, '') : String(error);
    throw new InputError(`integration ${integration}: its API address may not be called: ${reason}; an admin changes it on the Integrations page`);
  }
}
