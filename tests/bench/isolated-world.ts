/**
 * A DevTools session on a page that can evaluate in our content script's
 * isolated world and in the page's main world, kept open across calls (the
 * helper in tests/support/isolated-world.ts opens one per call). Timestamps
 * taken in either world share the page's performance.now() origin.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { EXTENSION_NAME } from './env';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

export class PageWorlds {
  private constructor(
    readonly session: CDPSession,
    private readonly contexts: ExecutionContext[],
  ) {}

  static async attach(context: BrowserContext, page: Page): Promise<PageWorlds> {
    const session = await context.newCDPSession(page);
    const contexts: ExecutionContext[] = [];
    session.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
    session.on('Runtime.executionContextDestroyed', (event: { executionContextId: number }) => {
      const at = contexts.findIndex((c) => c.id === event.executionContextId);
      if (at >= 0) contexts.splice(at, 1);
    });
    session.on('Runtime.executionContextsCleared', () => (contexts.length = 0));
    await session.send('Runtime.enable');
    return new PageWorlds(session, contexts);
  }

  /** Waits for our content script's world (it is created at document_idle). */
  async contentScriptWorld(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const world = this.contexts.find((c) => c.auxData?.type === 'isolated' && c.name === EXTENSION_NAME);
      if (world) return world.id;
      if (Date.now() > deadline) throw new Error(`No content-script world named "${EXTENSION_NAME}"`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async evaluateInContentScript<T>(expression: string): Promise<T> {
    return this.evaluate<T>(expression, await this.contentScriptWorld());
  }

  async evaluate<T>(expression: string, contextId?: number): Promise<T> {
    const result = await this.session.send('Runtime.evaluate', {
      expression,
      ...(contextId === undefined ? {} : { contextId }),
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as T;
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => {});
  }
}
