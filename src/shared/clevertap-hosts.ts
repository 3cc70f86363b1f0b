/**
 * The one trust rule for CleverTap hosts. A dashboard is trusted only on one of
 * CleverTap's own regions, compared as an exact origin (scheme, host and default
 * port); any other `*.dashboard.clevertap.com` subdomain gets no privileged answer.
 *
 * Regions as CleverTap documents them (dashboard URL per region):
 * https://developer.clevertap.com/docs/common-api-components ("Region") and
 * https://developer.clevertap.com/docs/idc: eu1 (default), in1, us1, sg1, aps3
 * (Indonesia), mec1 (Middle East, UAE). sk1 is added because our issue tracker
 * names it as a CleverTap dashboard region in use.
 */
export const CLEVERTAP_DASHBOARD_REGIONS = ['eu1', 'in1', 'us1', 'sg1', 'aps3', 'mec1', 'sk1'] as const;

export type ClevertapRegion = (typeof CLEVERTAP_DASHBOARD_REGIONS)[number];

const TRUSTED_ORIGINS: ReadonlySet<string> = new Set(CLEVERTAP_DASHBOARD_REGIONS.map((region) => `https://${region}.dashboard.clevertap.com`));

/** True only for the exact origin of an allowlisted CleverTap dashboard region. */
export function isTrustedDashboardOrigin(origin: string | undefined | null): boolean {
  return typeof origin === 'string' && TRUSTED_ORIGINS.has(origin);
}
