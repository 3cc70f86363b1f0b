import { HOST_NAME_PATTERN, isSendbirdImageHost, MAX_ALLOWED_IMAGE_HOSTS } from '../shared/image-hosts';

/**
 * The image hosts the viewer allowed in template previews ("Show images from
 * <host>"), newest last, in storage.local (trusted contexts only: a CleverTap page
 * and our content script cannot read or write it; the content script asks us, and
 * only on the viewer's own click). Sendbird's hosts are never listed: they always load.
 */
const IMAGE_HOSTS_KEY = 'imageHosts.v1';

export async function loadAllowedImageHosts(): Promise<string[]> {
  const stored = (await chrome.storage.local.get(IMAGE_HOSTS_KEY))[IMAGE_HOSTS_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.filter((host): host is string => typeof host === 'string' && HOST_NAME_PATTERN.test(host)).slice(-MAX_ALLOWED_IMAGE_HOSTS);
}

/** Remembers `host` (a valid host name, checked by the message schema); answers the list as stored. */
export async function allowImageHost(host: string): Promise<string[]> {
  const hosts = await loadAllowedImageHosts();
  if (isSendbirdImageHost(host) || hosts.includes(host)) return hosts;
  const updated = [...hosts, host].slice(-MAX_ALLOWED_IMAGE_HOSTS);
  await chrome.storage.local.set({ [IMAGE_HOSTS_KEY]: updated });
  return updated;
}
