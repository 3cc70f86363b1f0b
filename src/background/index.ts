import browser, { type Runtime } from 'webextension-polyfill';
import { routeMessage } from './router';
import { restrictStorageToTrustedContexts } from './settings-store';
import { welcomeOnInstall } from './welcome';

// Listeners are registered synchronously at top level: Chrome only delivers events
// to listeners that exist when the worker starts, and the worker stops when idle.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender, browser.runtime.id),
);

// Every worker start runs this. The onStartup listener is what makes Chrome start
// the worker with the browser, before a CleverTap tab's content script can ask.
void restrictStorageToTrustedContexts();
browser.runtime.onStartup.addListener(() => {});
browser.runtime.onInstalled.addListener((details) => void welcomeOnInstall(details));
