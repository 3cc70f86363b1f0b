/**
 * The extension's colours, light and dark, in one place: the extension pages
 * and every shadow root we draw inside CleverTap read them as `--sb-<name>`.
 */
export const PALETTE = {
  brand: ['#742ddd', '#742ddd'],
  bg: ['#ffffff', '#17171c'],
  surface: ['#f6f3fd', '#26232f'],
  text: ['#1b1b22', '#ececf1'],
  muted: ['#5d5d6b', '#a9a9b8'],
  border: ['#d3d3de', '#3d3d49'],
  primary: ['#6210cc', '#a77cff'],
  'primary-text': ['#ffffff', '#14001f'],
  focus: ['#2f6bff', '#8fb0ff'],
  danger: ['#b3261e', '#ffb4ab'],
  'danger-bg': ['#fdecea', '#3b1614'],
  success: ['#146c2e', '#8fd9a2'],
  'success-bg': ['#e7f5eb', '#11301b'],
  'info-bg': ['#eef1ff', '#23253a'],
  'warning-bg': ['#fff4d6', '#3a3014'],
  'warning-text': ['#4d3300', '#ffe4a3'],
  'warning-border': ['#c98a00', '#6b5416'],
  mark: ['#ffe58a', '#6b5a12'],
} as const satisfies Record<string, readonly [light: string, dark: string]>;

export type PaletteColor = keyof typeof PALETTE;

const tokens = (scheme: 0 | 1) =>
  Object.entries(PALETTE)
    .map(([name, values]) => `--sb-${name}:${values[scheme]};`)
    .join('');

/**
 * The palette as CSS. A page, or a shadow host without `data-theme`, follows
 * the system; a shadow host with `data-theme="light"` or `"dark"` is drawn so
 * whatever the system says (the picker matches the CleverTap dialog around it).
 */
export const paletteCss = /* @__PURE__ */ [
  `:root,:host{color-scheme:light dark;${tokens(0)}}`,
  `@media (prefers-color-scheme:dark){:root,:host(:not([data-theme='light'])){${tokens(1)}}}`,
  `:host([data-theme='light']){color-scheme:light}`,
  `:host([data-theme='dark']){color-scheme:dark;${tokens(1)}}`,
].join('\n');

/** A palette colour for an element of ours in CleverTap's own DOM, where our custom properties do not reach. */
export function paletteColor(name: PaletteColor, scheme: 'light' | 'dark' = 'light'): string {
  return PALETTE[name][scheme === 'light' ? 0 : 1];
}
