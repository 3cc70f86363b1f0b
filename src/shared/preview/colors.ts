/**
 * Sendbird writes template colors as #AARRGGBB (alpha first, as Android does),
 * not CSS's #RRGGBBAA. Sendbird's own web renderer (`colorTransform` in
 * @sendbird/uikit-message-template, and `convertArgbToRgba` in uikit-react)
 * moves the alpha pair to the end: `#${s.slice(3)}${s[1]}${s[2]}` for 9
 * characters and `#${s.slice(2)}${s[1]}` for 5. Six- and three-digit colors
 * pass through. We do exactly the same, once, after variables are filled in.
 */
export function argbToCss(value: string): string {
  if (!value.startsWith('#')) return value;
  if (value.length === 9) return `#${value.slice(3)}${value.slice(1, 3)}`;
  if (value.length === 5) return `#${value.slice(2)}${value.slice(1, 2)}`;
  return value;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL = /^(?:rgba?|hsla?)\(\s*[-+0-9.%\s,/deg]+\)$/i;
const KEYWORD = /^[a-z]{3,20}$/i;

/**
 * A Sendbird color as a CSS color, or undefined when it is not one we can use
 * (an unfilled `{placeholder}`, garbage, anything that is not a plain color).
 * Only hex, rgb()/hsl() with numbers, and single keywords pass: nothing that
 * could carry a url() or break out of the declaration.
 */
export function toCssColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const converted = argbToCss(trimmed);
  if (HEX.test(converted) || FUNCTIONAL.test(converted) || KEYWORD.test(converted)) return converted;
  return undefined;
}
