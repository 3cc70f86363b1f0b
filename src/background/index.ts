import { routeMessage } from './router';
import { restrictStorageToTrustedContexts } from './settings-store';
import { welcomeOnInstall } from './welcome';

// Listeners are registered synchronously at top level: Chrome only delivers events
// to listeners that exist when the worker starts, and the worker stops when idle.
// The worker uses chrome.* itself, not webextension-polyfill: importing the polyfill
// made each start instantiate every extension API Chromium offers (the bundler's
// module interop walks all properties of the native `browser`), about a third of
// the worker's top-level time in a CPU profile of its start. Chrome's MV3 APIs
// return promises already; only onMessage needs its answer through sendResponse.
chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  void routeMessage(message, sender, chrome.runtime.id).then(sendResponse);
  return true;
});

// Every worker start runs this. The onStartup listener is what makes Chrome start
// the worker with the browser, before a CleverTap tab's content script can ask.
void restrictStorageToTrustedContexts();
chrome.runtime.onStartup.addListener(() => {});
chrome.runtime.onInstalled.addListener((details) => void welcomeOnInstall(details));
