/**
 * The one rule for which image hosts a template preview may load without asking.
 *
 * Sendbird's own hosts load at once: `sendbird.com` and its subdomains (template
 * images uploaded in Sendbird's dashboard are served from there, e.g.
 * `file-<region>.sendbird.com`). They are the hosts the extension already trusts with
 * the API token (manifest `host_permissions` https://*.sendbird.com/*), run by the
 * company that holds the app's templates, so a request there tells nobody anything
 * new. Any other host is the template author's choice (a CDN, or a tracker): loading
 * it tells that host that someone opened the template, when and from which network,
 * so it loads only after the viewer asks ("Show images from <host>"), remembered per
 * host (src/background/image-consent-store.ts).
 */
export const SENDBIRD_IMAGE_DOMAINS = ['sendbird.com'] as const;

/** A DNS host name as URL parsing gives it (lower case, punycode), at most 253 characters. */
export const HOST_NAME_PATTERN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** How many allowed hosts are kept; the oldest choice goes first beyond that. */
export const MAX_ALLOWED_IMAGE_HOSTS = 200;

/** The host name of an image URL (lower case, no port), or undefined. */
export function imageHostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return HOST_NAME_PATTERN.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** True for sendbird.com and its subdomains, compared by whole labels (notsendbird.com is not). */
export function isSendbirdImageHost(host: string): boolean {
  const name = host.toLowerCase();
  return SENDBIRD_IMAGE_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`));
}

/** Whether an image from `url` may load now: Sendbird's hosts always, others once allowed. */
export function mayLoadImage(url: string, allowedHosts: ReadonlySet<string>): boolean {
  const host = imageHostOf(url);
  return host !== undefined && (isSendbirdImageHost(host) || allowedHosts.has(host));
}
