/**
 * The HTML "focus fixup rule" as Chromium applies it: a focused element that
 * becomes disabled loses the focus, which falls to <body>. happy-dom leaves the
 * focus on the disabled element, so without this a test of "the focus stays on
 * the control" could not fail. Returns the stop. tests/unit/setup.ts follows it in
 * every test; the tests that also call it (written before) just add a second observer.
 */
export function followFocusFixup(): () => void {
  const observer = new MutationObserver(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !('disabled' in active) || active.disabled !== true) return;
    // happy-dom's blur() refuses a disabled element: the element is said to be enabled for the call only (no DOM change).
    Object.defineProperty(active, 'disabled', { value: false, configurable: true });
    try {
      active.blur();
    } finally {
      delete (active as { disabled?: boolean }).disabled;
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
  return () => observer.disconnect();
}
