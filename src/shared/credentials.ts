import { z } from 'zod/mini';
import { t } from './i18n';
import { lazily } from './lazily';

/**
 * What the marketer saves on the options page, and the rules it must meet before
 * anything is sent to Sendbird. Pure: used by the options page and the background.
 * The schema checks it in messages and in storage (built on first use: lazily.ts).
 */
export const credentialsSchema = lazily(() =>
  z.object({
    appId: z.string().check(z.maxLength(200)),
    apiToken: z.string().check(z.maxLength(500)),
    /** Empty means the default host for the app (see defaultApiHost). */
    apiHost: z.string().check(z.maxLength(500)),
    /**
     * The CleverTap integration token (Sendbird Dashboard > Business Messaging >
     * Integrations > CleverTap), for the webhook setup assistant. Optional.
     */
    integrationToken: z.optional(z.string().check(z.maxLength(500))),
  }),
);
export type Credentials = z.infer<ReturnType<typeof credentialsSchema>>;

export type CredentialField = keyof Credentials;
export type FieldErrors = Partial<Record<CredentialField, string>>;

// Sendbird App IDs are UUIDs, e.g. 9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23.
const APP_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The extension may only call hosts its manifest grants: https://*.sendbird.com. */
const ALLOWED_HOST_SUFFIX = '.sendbird.com';

/** `api-<app id>`: the first label of every Sendbird host of an app (the API and the notifications endpoints). */
export function appHostLabel(appId: string): string {
  return `api-${appId.trim().toLowerCase()}`;
}

export function defaultApiHost(appId: string): string {
  return `https://${appHostLabel(appId)}.sendbird.com`;
}

export function validateAppId(value: string): string | undefined {
  const appId = value.trim();
  if (!appId) return t('error_appIdMissing');
  if (!APP_ID_PATTERN.test(appId)) {
    return t('error_appIdShape');
  }
  return undefined;
}

export function validateApiToken(value: string): string | undefined {
  if (!value.trim()) return t('error_apiTokenMissing');
  if (/\s/.test(value.trim())) return t('error_apiTokenSpaces');
  return undefined;
}

export function validateIntegrationToken(value: string): string | undefined {
  if (/\s/.test(value.trim())) return t('error_tokenSpaces');
  return undefined;
}

export function validateApiHost(value: string): string | undefined {
  const raw = value.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return t('error_hostNotUrl');
  }
  if (url.protocol !== 'https:') return t('error_hostNotHttps');
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    return t('error_hostHasPath');
  }
  if (!url.hostname.endsWith(ALLOWED_HOST_SUFFIX)) {
    return t('error_hostNotSendbird');
  }
  return undefined;
}

export function validateCredentials(credentials: Credentials): FieldErrors {
  const errors: FieldErrors = {};
  const appId = validateAppId(credentials.appId);
  const apiToken = validateApiToken(credentials.apiToken);
  const apiHost = validateApiHost(credentials.apiHost);
  const integrationToken = validateIntegrationToken(credentials.integrationToken ?? '');
  if (integrationToken) errors.integrationToken = integrationToken;
  if (appId) errors.appId = appId;
  if (apiToken) errors.apiToken = apiToken;
  if (apiHost) errors.apiHost = apiHost;
  return errors;
}

/** Trims what the marketer typed and reduces a custom host to its origin. */
export function normalizeCredentials(credentials: Credentials): Credentials {
  const apiHost = credentials.apiHost.trim();
  return {
    appId: credentials.appId.trim(),
    apiToken: credentials.apiToken.trim(),
    apiHost: apiHost ? new URL(apiHost).origin : '',
    integrationToken: (credentials.integrationToken ?? '').trim(),
  };
}

/** The host requests go to: the custom one if set, else the app's default. */
export function effectiveApiHost(credentials: Pick<Credentials, 'appId' | 'apiHost'>): string {
  return credentials.apiHost || defaultApiHost(credentials.appId);
}
