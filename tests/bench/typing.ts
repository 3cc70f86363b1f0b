/**
 * 5b. Search as the marketer meets it: key → results shown, in the picker's
 * Template combobox (CleverTap sandbox page) and in the popup's search box
 * (the popup page in a tab), with 20,000 templates cached. Each query of
 * QUERIES is typed a character at a time (see typing-probe.ts for how a
 * keystroke is timed); one untimed round first (first calls, JIT).
 */
import { generateCatalogue } from '../fakes/sendbird';
import { type BenchEnv, openCampaign, openEditor, pickerRegion } from './env';
import { PageWorlds } from './isolated-world';
import { popupUrl } from './popup';
import { sampled, type Row } from './report';
import { QUERIES } from './search';
import { typeQueries, typingProbe } from './typing-probe';

const FRAME_MS = 1000 / 60;

export async function measureTyping(env: BenchEnv): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const browser = await env.withExtension();
  const count = 20_000;
  env.serveCatalogue(generateCatalogue(count));
  await env.syncCatalogue(count);
  const rounds = env.runs(2);
  const keystrokes = QUERIES.reduce((total, q) => total + q.length, 0);
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};

  // The picker, in the campaign page's Create Webhook Content dialog.
  {
    const page = await browser.context.newPage();
    const worlds = await PageWorlds.attach(browser.context, page);
    try {
      await openCampaign(page);
      const editor = await openEditor(page);
      const region = pickerRegion(editor);
      await region.locator('[role="listbox"] [role="option"]').first().waitFor({ state: 'attached' });
      await worlds.evaluateInContentScript(typingProbe(`document.querySelector('[data-sendbird-picker]').shadowRoot`));
      const box = region.getByRole('combobox', { name: 'Template' });
      const samples: number[] = [];
      for (let round = 0; round <= rounds; round++) {
        const typed = await typeQueries(page, box, QUERIES, (expression) => worlds.evaluateInContentScript(expression));
        if (round > 0) samples.push(...typed);
      }
      rows.push(
        sampled('typing', `picker, key → options shown, ${count.toLocaleString('en-US')} templates`, 'ms', samples, {
          warmup: 1,
          floor: FRAME_MS,
          floorKind: 'bound',
          floorNote: 'one frame at 60 Hz: the budget a keystroke has to show its results',
          note: `${QUERIES.length} queries typed a character at a time (${keystrokes} keystrokes) × ${rounds} rounds; keydown (capture; beforeinput for a character typed without a keydown, e.g. Korean) → last mutation of the picker's shadow root, laid out`,
        }),
      );
      details[`typing:picker:${count}`] = samples;
    } finally {
      await worlds.detach();
      await page.close();
    }
  }

  // The popup's search box.
  {
    const page = await browser.context.newPage();
    try {
      await page.goto(popupUrl(browser.extensionId));
      await page.getByRole('listbox', { name: 'Templates' }).getByRole('option').first().waitFor();
      await page.evaluate(typingProbe('document'));
      const box = page.getByRole('searchbox', { name: 'Search templates' });
      const samples: number[] = [];
      for (let round = 0; round <= rounds; round++) {
        const typed = await typeQueries(page, box, QUERIES, (expression) => page.evaluate(expression));
        if (round > 0) samples.push(...typed);
      }
      rows.push(
        sampled('typing', `popup, key → list shown, ${count.toLocaleString('en-US')} templates`, 'ms', samples, {
          warmup: 1,
          floor: FRAME_MS,
          floorKind: 'bound',
          floorNote: 'one frame at 60 Hz: the budget a keystroke has to show its results',
          note: `same queries × ${rounds} rounds; keydown (capture; beforeinput for a character typed without a keydown, e.g. Korean) → last mutation of the popup document, laid out`,
        }),
      );
      details[`typing:popup:${count}`] = samples;
    } finally {
      await page.close();
    }
  }
  env.serveCatalogue(undefined);
  await env.clearCatalogueCache();
  return { rows, details };
}
