/**
 * Whether CleverTap draws `element` dark: its first opaque background, by luminance.
 * Our shadow hosts take `data-theme` from this (see palette.ts), so the picker and the
 * setup assistant match the page around them, not the system setting.
 */
export function drawnDark(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  // Nothing painted: the browser's canvas, which is dark only if the page opts in.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return scheme.includes('dark') && (!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
}

/** Sets the host's data-theme from the page around it. */
export function followPageTheme(host: HTMLElement, around: Element): void {
  host.dataset.theme = drawnDark(around) ? 'dark' : 'light';
}
