/**
 * Runs inside a Chromium page (bundled by tests/bench/bundle.ts): the shared
 * template preview rendered with react-dom into the real DOM, as the popup and
 * the picker render it, with its stylesheet in the document.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { previewCss, sampleValues, TemplatePreview } from '../../src/shared/preview';
import type { Template } from '../../src/shared/template';

// A plain page has no chrome.i18n: the preview's words read as their message keys here,
// which the timings do not depend on.
const page = globalThis as unknown as { chrome?: unknown };
page.chrome ??= { i18n: { getMessage: () => '', getUILanguage: () => 'en' } };

function time(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function setUp(): HTMLElement {
  if (!document.querySelector('style[data-bench-preview]')) {
    const style = document.createElement('style');
    style.setAttribute('data-bench-preview', '');
    style.textContent = previewCss;
    document.head.append(style);
  }
  const container = document.createElement('div');
  container.style.width = '360px';
  document.body.append(container);
  return container;
}

/** Mount (render + commit + style and layout forced) and re-render after one variable edit. */
function benchPreview(template: Template, runs: number, warmup: number) {
  const container = setUp();
  const values = sampleValues(template);
  const render = (root: ReturnType<typeof createRoot>, v: Record<string, string>) => {
    flushSync(() => root.render(createElement(TemplatePreview, { template, values: v, appearance: 'light' })));
    container.getBoundingClientRect();
  };
  const mount: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const root = createRoot(container);
    const ms = time(() => render(root, values));
    root.unmount();
    if (i >= warmup) mount.push(ms);
  }
  const edit: number[] = [];
  const root = createRoot(container);
  render(root, values);
  const name = template.variables[0]?.name;
  for (let i = 0; i < warmup + runs; i++) {
    const edited = name ? { ...values, [name]: `${values[name] ?? ''}${'x'.repeat((i % 7) + 1)}` } : { ...values };
    const ms = time(() => render(root, edited));
    if (i >= warmup) edit.push(ms);
  }
  const nodes = container.querySelectorAll('*').length;
  root.unmount();
  container.remove();
  return { mount, edit, nodes };
}

(globalThis as unknown as { __benchPreview: unknown }).__benchPreview = { benchPreview };
