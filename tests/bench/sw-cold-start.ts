/**
 * 8. Service worker cold start: from a stopped worker to the first answered
 * message. The worker is stopped through DevTools (ServiceWorker.stopAllWorkers
 * on the options page's session, which lives in the extension's storage
 * partition) and we wait until DevTools reports it "stopped"; then the options
 * page times a setup.status round trip (sendMessage to reply, in the page).
 * Warm round trips (worker running) alternate with cold ones. The floor is the
 * same measurement on the same build with the worker replaced by a one-line
 * message listener: Chromium's own price for starting an extension worker.
 */
import type { CDPSession } from '@playwright/test';
import { type BenchEnv, type ExtensionBrowser, message } from './env';
import { sampled, type Row } from './report';
import { sleep, summarize } from './stats';

interface Version {
  versionId: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
  scriptURL: string;
}

async function stopWorker(session: CDPSession, status: Map<string, Version>, extensionId: string): Promise<void> {
  await session.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 10_000;
  const ours = () => [...status.values()].filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
  while (!ours().every((v) => v.runningStatus === 'stopped')) {
    if (Date.now() > deadline) throw new Error(`service worker did not stop: ${JSON.stringify(ours())}`);
    await sleep(10);
  }
}

interface Probe {
  session: CDPSession;
  status: Map<string, Version>;
  browser: ExtensionBrowser;
}

async function probe(browser: ExtensionBrowser): Promise<Probe> {
  const session = await browser.context.newCDPSession(browser.optionsPage);
  const status = new Map<string, Version>();
  session.on('ServiceWorker.workerVersionUpdated', (event: { versions: Version[] }) => {
    for (const version of event.versions) status.set(version.versionId, version);
  });
  await session.send('ServiceWorker.enable');
  return { session, status, browser };
}

/** Stops the extension's service worker and waits until DevTools reports it stopped. */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const { session, status } = await probe(browser);
  try {
    await sleep(20);
    await stopWorker(session, status, browser.extensionId);
  } finally {
    await session.detach().catch(() => {});
  }
}

/** One warm round trip, then stop the worker and time the first message that wakes it. */
async function coldAndWarm({ session, status, browser }: Probe): Promise<{ cold: number; warm: number }> {
  const first = await message(browser.optionsPage, 'setup.status', {});
  if (!first.reply.ok) throw new Error(`setup.status failed: ${JSON.stringify(first.reply)}`);
  await sleep(50);
  const warm = await message(browser.optionsPage, 'setup.status', {});
  await stopWorker(session, status, browser.extensionId);
  // A moment for the stopped worker's thread to be torn down, as it would be after 30 s idle.
  await sleep(100);
  const cold = await message(browser.optionsPage, 'setup.status', {});
  if (!cold.reply.ok) throw new Error(`setup.status after stop failed: ${JSON.stringify(cold.reply)}`);
  return { cold: cold.ms, warm: warm.ms };
}

export async function measureServiceWorkerColdStart(env: BenchEnv): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const ours = await probe(await env.withExtension());
  const floor = await probe(await env.floor());
  const runs = env.runs(10);
  const samples = { cold: [] as number[], warm: [] as number[], floorCold: [] as number[], floorWarm: [] as number[] };
  try {
    for (let i = 0; i <= runs; i++) {
      // Alternate which extension goes first.
      const order = i % 2 === 0 ? [ours, floor] : [floor, ours];
      for (const target of order) {
        const { cold, warm } = await coldAndWarm(target);
        if (i === 0) continue;
        if (target === ours) {
          samples.cold.push(cold);
          samples.warm.push(warm);
        } else {
          samples.floorCold.push(cold);
          samples.floorWarm.push(warm);
        }
      }
    }
  } finally {
    await ours.session.detach().catch(() => {});
    await floor.session.detach().catch(() => {});
  }
  const median = (values: number[]) => summarize(values).median;
  const section = 'sw-cold-start';
  return {
    rows: [
      sampled(section, 'stopped worker → setup.status answered (options page)', 'ms', samples.cold, {
        warmup: 1,
        floor: median(samples.floorCold),
        floorKind: 'measured',
        floorNote: 'same, worker replaced by a one-line listener (median)',
        note: `ServiceWorker.stopAllWorkers, wait for "stopped", then one message: starting the worker, loading and evaluating its modules, the handler; ${(median(samples.cold) - median(samples.floorCold)).toFixed(1)} ms above the floor`,
      }),
      sampled(section, 'stopped one-line worker → answered (floor)', 'ms', samples.floorCold, { warmup: 1, note: 'Chromium starting an extension service worker that does nothing' }),
      sampled(section, 'running worker → setup.status answered', 'ms', samples.warm, {
        warmup: 1,
        floor: median(samples.floorWarm),
        floorKind: 'measured',
        floorNote: 'one-line worker, running (median)',
        note: 'alternates with the cold runs',
      }),
    ],
    details: { swColdStart: samples },
  };
}
