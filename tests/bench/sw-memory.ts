/**
 * 10. Service worker memory: the worker's JS heap (Runtime.getHeapUsage after
 * HeapProfiler.collectGarbage twice), taken through a DevTools session on the
 * worker's own target, after a full sync of 20,000 templates (templates.list
 * "force" from the options page), against the same worker freshly started
 * (stopped, woken by one setup.status) as the reference. Taken twice: 3 s after
 * the answer (the renderable templates may still be being written then: that
 * is memory in use, not kept) and once those writes are committed (the
 * templates store, read from an extension page, holds every record): what the
 * worker keeps.
 */
import type { CDPSession } from '@playwright/test';
import { generateCatalogue } from '../fakes/sendbird';
import { type BenchEnv, type ExtensionBrowser, message, templateRecordsWritten } from './env';
import { sampled, type Row } from './report';
import { sleep, summarize } from './stats';
import { stopServiceWorker } from './sw-cold-start';

/** A DevTools session on the extension's service worker, through the options page's session (Target.sendMessageToTarget). */
async function workerHeap(browser: ExtensionBrowser): Promise<number> {
  const session: CDPSession = await browser.context.newCDPSession(browser.optionsPage);
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
    if (!worker) throw new Error('the service worker is not running');
    const { sessionId } = (await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
    let nextId = 0;
    const pending = new Map<number, (result: unknown) => void>();
    session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (reply.id !== undefined) pending.get(reply.id)?.(reply.result);
    });
    const send = (method: string) =>
      new Promise<unknown>((resolve) => {
        const id = ++nextId;
        pending.set(id, resolve);
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      });
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const usage = (await send('Runtime.getHeapUsage')) as { usedSize: number };
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return usage.usedSize;
  } finally {
    await session.detach().catch(() => {});
  }
}


export async function measureServiceWorkerMemory(env: BenchEnv): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const browser = await env.withExtension();
  const count = 20_000;
  env.serveCatalogue(generateCatalogue(count));
  const runs = env.runs(3);
  const fresh: number[] = [];
  const afterSettle: number[] = [];
  const afterSync: number[] = [];
  for (let i = 0; i < runs; i++) {
    await stopServiceWorker(browser);
    await message(browser.optionsPage, 'setup.status', {});
    fresh.push(await workerHeap(browser));
    await env.syncCatalogue(count);
    await sleep(3_000);
    afterSettle.push(await workerHeap(browser));
    // The records are written in chunks after the answer: wait until all are.
    await templateRecordsWritten(browser.optionsPage, count);
    afterSync.push(await workerHeap(browser));
  }
  const MB = 1024 * 1024;
  env.serveCatalogue(undefined);
  await env.clearCatalogueCache();
  return {
    rows: [
      sampled('sw-memory', `service worker JS heap after a ${count.toLocaleString('en-US')}-template sync, after GC`, 'MB', afterSync.map((b) => b / MB), {
        floor: summarize(fresh).median / MB,
        floorKind: 'measured',
        floorNote: 'the same worker freshly started (median)',
        note: 'Runtime.getHeapUsage on the worker target after two HeapProfiler.collectGarbage; sync forced from the options page, taken once the template records are committed',
      }),
      sampled('sw-memory', `service worker JS heap 3 s after a ${count.toLocaleString('en-US')}-template sync answered, after GC`, 'MB', afterSettle.map((b) => b / MB), {
        floor: summarize(fresh).median / MB,
        floorKind: 'measured',
        floorNote: 'the same worker freshly started (median)',
        note: 'as above, but at a fixed 3 s: the template records may still be being written (memory in use, released when they are)',
      }),
    ],
    details: { swMemory: { fresh, afterSettle, afterSync } },
  };
}
