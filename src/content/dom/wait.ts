/** Resolves with the first truthy value of `probe`, checked on every DOM change and frame. */
export function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 2_000, root: Node = document.documentElement): Promise<T | null> {
  const first = probe();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    let frame = 0;
    const finish = (value: T | null) => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve(value);
    };
    const check = () => {
      const value = probe();
      if (value) finish(value);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    const tick = () => {
      check();
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const timer = setTimeout(() => finish(probe() || null), timeoutMs);
  });
}
