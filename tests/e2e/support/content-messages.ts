import type { BrowserContext, Page } from '@playwright/test';
import { evaluateInContentScript } from '../../support/isolated-world';
import pkg from '../../../package.json' with { type: 'json' };

/** A message our content script sent to the background, its reply once it came, and whether a dialog was open when it went. */
export interface RecordedMessage {
  sent: { type: string; payload: Record<string, unknown> };
  reply?: unknown;
  dialogOpen: boolean;
}

/**
 * Records, inside our content script's own world, every message it sends to
 * the background from now on; the returned function reads what was recorded.
 */
export async function recordContentScriptMessages(context: BrowserContext, page: Page): Promise<() => Promise<RecordedMessage[]>> {
  await evaluateInContentScript(
    context,
    page,
    pkg.displayName,
    `(() => {
      const original = chrome.runtime.sendMessage.bind(chrome.runtime);
      globalThis.__recordedMessages = [];
      chrome.runtime.sendMessage = (...args) => {
        const callback = typeof args[args.length - 1] === 'function' ? args.pop() : null;
        const entry = { sent: args[0], dialogOpen: Boolean(document.querySelector('[role="dialog"]')) };
        globalThis.__recordedMessages.push(entry);
        const record = (reply) => { entry.reply = reply; return reply; };
        if (callback) return original(...args, (reply) => callback(record(reply)));
        return original(...args).then(record);
      };
      return true;
    })()`,
  );
  return async () => JSON.parse((await evaluateInContentScript(context, page, pkg.displayName, 'JSON.stringify(globalThis.__recordedMessages)')) as string);
}
