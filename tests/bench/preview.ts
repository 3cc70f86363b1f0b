/**
 * 6. Preview: the shared template preview (src/shared/preview) rendered in
 * Chromium with react-dom into a 360 px container, its stylesheet in the
 * document: mount = createRoot + render (flushSync) + forced style and layout;
 * edit = re-render after one variable value changes. Every seed template is
 * measured briefly to confirm which is the heaviest; the carousel then gets the
 * full run count. Warm-up renders are left out.
 */
import { normalizeTemplate } from '../../src/background/sendbird/normalize-template';
import type { Template } from '../../src/shared/template';
import { seedCatalogue } from '../fakes/sendbird';
import { bundleForPage } from './bundle';
import type { BenchEnv } from './env';
import { sampled, type Row } from './report';
import { summarize } from './stats';

const CAROUSEL = 'new_arrivals_carousel';
const WARMUP = 20;

interface PreviewResult {
  mount: number[];
  edit: number[];
  nodes: number;
}

export async function measurePreview(env: BenchEnv): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const section = 'preview';
  let code: string;
  try {
    code = await bundleForPage('in-page-preview.ts');
  } catch (error) {
    const reason = `src/shared/preview could not be bundled (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    return { rows: [{ section, figure: `render the carousel (${CAROUSEL})`, unit: 'ms', notMeasured: reason }], details: {} };
  }
  const templates = seedCatalogue()
    .map((raw) => normalizeTemplate(raw))
    .flatMap((result) => (result.ok ? [result.template] : []));
  const carousel = templates.find((t) => t.key === CAROUSEL);
  if (!carousel) return { rows: [{ section, figure: `render the carousel (${CAROUSEL})`, unit: 'ms', notMeasured: `${CAROUSEL} is not in the seed catalogue` }], details: {} };

  const { context } = await env.withExtension();
  const page = await context.newPage();
  try {
    await page.setContent('<!doctype html><html><head></head><body></body></html>');
    await page.addScriptTag({ content: code });
    const bench = (template: Template, runs: number, warmup: number) =>
      page.evaluate(
        ([template, runs, warmup]) =>
          (globalThis as unknown as { __benchPreview: { benchPreview(t: unknown, r: number, w: number): PreviewResult } }).__benchPreview.benchPreview(template, runs, warmup),
        [template, runs, warmup] as const,
      );
    // Which seed template is heaviest to mount, by a short run each.
    const survey: { key: string; median: number; nodes: number }[] = [];
    for (const template of templates) {
      const result = await bench(template, 15, 5);
      survey.push({ key: template.key, median: summarize(result.mount).median, nodes: result.nodes });
    }
    survey.sort((a, b) => b.median - a.median);
    const runs = env.runs(100);
    const result = await bench(carousel, runs, WARMUP);
    const rank = survey.findIndex((s) => s.key === CAROUSEL) + 1;
    const heaviest = survey[0]!;
    return {
      rows: [
        sampled(section, `mount the carousel (${CAROUSEL}): render + commit + layout`, 'ms', result.mount, {
          warmup: WARMUP,
          note: `${result.nodes} DOM elements; ranks #${rank} of ${survey.length} seed templates by a 15-run survey (heaviest: ${heaviest.key}, ${heaviest.median.toFixed(2)} ms median, ${heaviest.nodes} elements)`,
        }),
        sampled(section, 'carousel re-render after a variable edit', 'ms', result.edit, { warmup: WARMUP, note: 'same root, one value changed per run' }),
      ],
      details: { preview: { carousel: result, survey } },
    };
  } finally {
    await page.close();
  }
}
