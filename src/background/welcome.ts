
/** The options page with its welcome: what a marketer sees right after installing. */
export const WELCOME_PAGE = 'src/options/index.html?welcome';
const WELCOMED_KEY = 'welcomed';

/**
 * A first install opens the options page with the welcome, where the first thing to
 * do (connect a Sendbird app) is. An update, a reload or Chrome's own update opens
 * nothing: the marketer is set up, or already knows where the settings are.
 * Chrome also reports "install" each time it starts with an unpacked extension named on
 * its command line (developers, the demo, the browser tests); extension storage survives
 * that and is removed with the extension, so the flag below makes it once per install.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  if ((await chrome.storage.local.get(WELCOMED_KEY))[WELCOMED_KEY]) return;
  await chrome.storage.local.set({ [WELCOMED_KEY]: true });
  await chrome.tabs.create({ url: chrome.runtime.getURL(WELCOME_PAGE) });
}
