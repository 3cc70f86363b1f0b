/**
 * The product mark, in one place: a Sendbird-purple tile holding a message
 * template card (header bar, two lines of text) with an orange "send" badge,
 * the extension's job: a Sendbird template, sent from CleverTap. The toolbar
 * icons (tests/tools/make-icons.ts renders them), the Messaging Channels tile,
 * the picker header, the popup and the options page all draw it from here.
 * Drawn on a 32-unit grid so the 16 px icon lands on whole pixels.
 */
type Shape = readonly [tag: 'rect' | 'circle' | 'path', attributes: Readonly<Record<string, string | number>>];

export const PRODUCT_MARK_VIEWBOX = '0 0 32 32';

export const PRODUCT_MARK_SHAPES: readonly Shape[] = [
  ['rect', { width: 32, height: 32, rx: 7, fill: '#742ddd' }],
  // The template card, and its header bar and two lines of text.
  ['rect', { x: 5, y: 7, width: 19, height: 16, rx: 3, fill: '#ffffff' }],
  ['path', { d: 'M5 10a3 3 0 0 1 3-3h13a3 3 0 0 1 3 3v1H5z', fill: '#d9c7fb' }],
  ['rect', { x: 8, y: 14, width: 12, height: 2, rx: 1, fill: '#742ddd' }],
  ['rect', { x: 8, y: 18, width: 7, height: 2, rx: 1, fill: '#742ddd' }],
  // The send badge: an orange disc ringed in the tile's purple, with an arrow.
  ['circle', { cx: 23.5, cy: 22.5, r: 7, fill: '#ff6b35', stroke: '#742ddd', 'stroke-width': 2 }],
  ['path', { d: 'M20 22.5h6.5m-2.75-3 3 3-3 3', fill: 'none', stroke: '#ffffff', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }],
];

/** The mark as SVG markup (for the content script's tile, which has no React, and the icon tool). */
export function productMarkSvg(size: number | string = '100%'): string {
  const shapes = PRODUCT_MARK_SHAPES.map(([tag, attributes]) => `<${tag} ${Object.entries(attributes).map(([name, value]) => `${name}="${value}"`).join(' ')}/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${PRODUCT_MARK_VIEWBOX}" width="${size}" height="${size}" aria-hidden="true" focusable="false">${shapes}</svg>`;
}
