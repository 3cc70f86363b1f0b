import type { BrowserContext, Page } from '@playwright/test';

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/**
 * Evaluates an expression inside the extension's content-script world of a page
 * (Chrome's "isolated world"), through the DevTools protocol: the only way to
 * see exactly what our content script can see.
 */
export async function evaluateInContentScript(
  context: BrowserContext,
  page: Page,
  extensionName: string,
  expression: string,
): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let world: ExecutionContext | undefined;
  while (!(world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === extensionName))) {
    if (Date.now() > deadline) throw new Error(`No content-script world named "${extensionName}" in ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const result = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
  return result.result.value;
}
