/**
 * 7. Leaks: the Create Webhook Content dialog opened (picker ready) and
 * closed 20 times in one page; the JS heap, DOM nodes and event listeners
 * after the 20th close against after the 1st, each after a forced GC
 * (HeapProfiler.collectGarbage, twice). Runtime.getHeapUsage covers the whole
 * isolate, and our content script's isolated world lives in the page's isolate,
 * so the same cycles without the extension (second browser) give the page's
 * own growth to subtract. Twenty more cycles then show whether growth goes on
 * (a leak: every closed picker kept) or levels off (code being optimized,
 * caches filling once).
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { type BenchEnv, openCampaign, pickerRegion, webhookEditor } from './env';
import { sampled, type Row } from './report';
import { summarize } from './stats';

const CYCLES = 20;
/** Cycles 21-40 show whether growth goes on (a leak) or levels off (code warming up, caches filling). */
const MORE_CYCLES = 20;

interface Snapshot {
  heap: number;
  nodes: number;
  listeners: number;
}

interface LeakSample {
  heapGrowth: number;
  /** Heap after cycle 40 minus after cycle 20. */
  laterHeapGrowth: number;
  nodeGrowth: number;
  listenerGrowth: number;
  first: Snapshot;
  last: Snapshot;
}

async function snapshot(session: CDPSession): Promise<Snapshot> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const heap = await session.send('Runtime.getHeapUsage');
  const dom = await session.send('Memory.getDOMCounters');
  return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

async function cycle(page: Page, withPicker: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Go To Editor' }).click();
  const editor = webhookEditor(page);
  await editor.waitFor();
  if (withPicker) await pickerRegion(editor).locator('[role="listbox"] [role="option"]').first().waitFor({ state: 'attached' });
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await editor.waitFor({ state: 'detached' });
  if (withPicker) await page.locator('[data-sendbird-picker]').waitFor({ state: 'detached' });
}

async function run(context: BrowserContext, withPicker: boolean): Promise<LeakSample> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  try {
    await session.send('HeapProfiler.enable');
    await openCampaign(page);
    await cycle(page, withPicker);
    const first = await snapshot(session);
    for (let i = 1; i < CYCLES; i++) await cycle(page, withPicker);
    const last = await snapshot(session);
    for (let i = 0; i < MORE_CYCLES; i++) await cycle(page, withPicker);
    const later = await snapshot(session);
    return { heapGrowth: last.heap - first.heap, laterHeapGrowth: later.heap - last.heap, nodeGrowth: last.nodes - first.nodes, listenerGrowth: last.listeners - first.listeners, first, last };
  } finally {
    await session.detach().catch(() => {});
    await page.close();
  }
}

export async function measureLeaks(env: BenchEnv): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const [{ context: withExt }, without] = await Promise.all([env.withExtension(), env.plain()]);
  const reps = env.runs(2);
  const on: LeakSample[] = [];
  const off: LeakSample[] = [];
  // Alternate the arms.
  for (let i = 0; i < reps; i++) {
    on.push(await run(withExt, true));
    off.push(await run(without, false));
  }
  const section = 'leaks';
  const perCycle = (values: number[]) => values.map((v) => v / (CYCLES - 1));
  const offHeap = summarize(off.map((s) => s.heapGrowth)).median;
  const heapAfterFirst = summarize(on.map((s) => s.first.heap)).median;
  return {
    rows: [
      sampled(section, `JS heap growth per dialog cycle, with extension (after ${CYCLES}th vs after 1st close, / ${CYCLES - 1})`, 'B/cycle', perCycle(on.map((s) => s.heapGrowth)), {
        floor: 0,
        floorKind: 'ideal',
        floorNote: 'nothing kept',
        note: `page isolate after the 1st close: ${(heapAfterFirst / 1024).toFixed(0)} KB; page alone (no extension, same cycles): ${Math.round(offHeap / (CYCLES - 1))} B/cycle (median of ${off.length})`,
      }),
      sampled(section, 'JS heap growth per dialog cycle, without extension', 'B/cycle', perCycle(off.map((s) => s.heapGrowth)), {
        note: 'the sandbox page itself, same cycles',
      }),
      sampled(section, `JS heap growth per dialog cycle, with extension, cycles ${CYCLES + 1}–${CYCLES + MORE_CYCLES}`, 'B/cycle', on.map((s) => s.laterHeapGrowth / MORE_CYCLES), {
        floor: 0,
        floorKind: 'ideal',
        note: `whether growth goes on: without extension ${Math.round(summarize(off.map((s) => s.laterHeapGrowth / MORE_CYCLES)).median)} B/cycle over the same cycles`,
      }),
      sampled(section, 'DOM nodes growth per cycle, with extension', 'nodes/cycle', perCycle(on.map((s) => s.nodeGrowth)), {
        floor: 0,
        floorKind: 'ideal',
        note: `without extension: ${summarize(perCycle(off.map((s) => s.nodeGrowth))).median.toFixed(1)} nodes/cycle`,
      }),
      sampled(section, 'JS event listeners growth per cycle, with extension', 'listeners/cycle', perCycle(on.map((s) => s.listenerGrowth)), {
        floor: 0,
        floorKind: 'ideal',
        note: `without extension: ${summarize(perCycle(off.map((s) => s.listenerGrowth))).median.toFixed(1)} listeners/cycle`,
      }),
    ],
    details: { leaks: { cycles: CYCLES, with: on, without: off } },
  };
}
