/**
 * Key → results shown, timed inside the page where the typing happens. A probe
 * (installed through DevTools, nothing in src/ changes) stamps each keydown in
 * the capture phase (or, for a character typed without one, its beforeinput), then every DOM mutation under the results' root (forcing
 * style and layout first, so the stamp is "laid out", not just "in the DOM"),
 * and the input event once the surface's own handler has run. A keystroke is
 * done when nothing has changed for SETTLE_MS; its time is the last stamp minus
 * the keydown. Work the surface defers (a transition, an idle callback) is
 * counted, because it shows up as the later mutation it makes.
 */
import type { Locator, Page } from '@playwright/test';

export const SETTLE_MS = 60;

/** `root` is an expression for the node whose subtree shows the results (a shadow root or the document). */
export const typingProbe = (root: string) => String.raw`(() => {
  const root = ${root};
  if (!root) throw new Error('no results root');
  const t = (globalThis.__sbTyping = { run: null });
  const now = () => performance.now();
  const layout = () => void document.documentElement.offsetHeight;
  addEventListener('keydown', () => { t.run = { t0: now(), last: null, typed: false }; }, true);
  // A character typed with no keydown (Playwright inserts characters off the US layout, e.g. Korean, as
  // text: beforeinput and input only) starts its own run; a keydown's own beforeinput does not.
  addEventListener('beforeinput', () => { const r = t.run; if (r && !r.typed) r.typed = true; else t.run = { t0: now(), last: null, typed: true }; }, true);
  root.addEventListener('input', () => { const r = t.run; if (r) { layout(); r.last = now(); } });
  new MutationObserver(() => { const r = t.run; if (r) { layout(); r.last = now(); } }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  return true;
})()`;

export const TYPING_SETTLED = `new Promise((resolve, reject) => {
  const t = globalThis.__sbTyping;
  const started = performance.now();
  const check = () => {
    const r = t.run;
    const now = performance.now();
    if (r && r.last != null && now - r.last >= ${SETTLE_MS}) return resolve(r.last - r.t0);
    if (now - started > 20000) return reject(new Error('no result within 20 s: ' + JSON.stringify(r)));
    setTimeout(check, 10);
  };
  check();
})`;

/**
 * Types each query a character at a time into `box` (cleared first), waiting
 * for each keystroke to settle; `evaluate` runs an expression in the probe's world.
 */
export async function typeQueries(page: Page, box: Locator, queries: readonly string[], evaluate: (expression: string) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (const query of queries) {
    await box.fill('');
    await box.focus();
    for (const character of query) {
      await page.keyboard.type(character);
      samples.push((await evaluate(TYPING_SETTLED)) as number);
    }
  }
  return samples;
}
