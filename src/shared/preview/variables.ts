import { own } from '../own';
import { PLACEHOLDER_PATTERN, type Template, type TemplateVariable } from '../template';

export type Appearance = 'light' | 'dark';

/**
 * One run of filled-in text. `value` came from a variable; `unfilled` is a
 * template variable with no value (shown as `{name}`, marked); `unknown` is a
 * placeholder that is not a template variable (a view variable like
 * `{@score}`, a typo): Sendbird's clients leave those as they are, so do we.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; text: string; name: string }
  | { kind: 'unfilled'; text: string; name: string }
  | { kind: 'unknown'; text: string; name: string };

export interface FillContext {
  /** Variable values by name; '' means "not filled". */
  values: Readonly<Record<string, string>>;
  /** Names of the template's own variables. */
  known: ReadonlySet<string>;
  /** Color variables for the chosen appearance, by name. */
  colors: ReadonlyMap<string, string>;
}


export function createFillContext(template: Pick<Template, 'variables' | 'colorVariables'>, values: Readonly<Record<string, string>>, appearance: Appearance): FillContext {
  const colors = new Map<string, string>();
  for (const color of template.colorVariables ?? []) {
    if (!color || typeof color.name !== 'string') continue;
    const value = appearance === 'dark' ? color.dark || color.light : color.light;
    if (typeof value === 'string') colors.set(color.name, value.trim());
  }
  const known = new Set((template.variables ?? []).map((variable) => variable?.name).filter((name): name is string => typeof name === 'string'));
  return { values, known, colors };
}

/**
 * Fills `{name}` placeholders the way Sendbird's clients do: color variables
 * first (for the appearance), then data variables; an empty value leaves the
 * placeholder in place; unknown placeholders stay as they are.
 */
export function fillSegments(text: string, context: FillContext): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const start = match.index ?? 0;
    if (start > at) segments.push({ kind: 'text', text: text.slice(at, start) });
    segments.push(resolve(match[0], (match[1] ?? '').trim(), context));
    at = start + match[0].length;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

function resolve(raw: string, name: string, context: FillContext): Segment {
  const color = context.colors.get(name);
  if (color) return { kind: 'value', text: color, name };
  const value = own(context.values, name);
  if (value) return { kind: 'value', text: value, name };
  if (context.known.has(name)) return { kind: 'unfilled', text: raw, name };
  return { kind: 'unknown', text: raw, name };
}

export interface FilledString {
  value: string;
  /** Template variables left empty. */
  unfilled: string[];
  /** Placeholders that are not template variables. */
  unknown: string[];
}

export function fillString(text: string, context: FillContext): FilledString {
  const unfilled: string[] = [];
  const unknown: string[] = [];
  let value = '';
  for (const segment of fillSegments(text, context)) {
    value += segment.text;
    if (segment.kind === 'unfilled') unfilled.push(segment.name);
    if (segment.kind === 'unknown') unknown.push(segment.name);
  }
  return { value, unfilled, unknown };
}

// ---------------------------------------------------------------------------
// Sample values

/** An https image that exists (600x400 grey with its size written on it). */
export const SAMPLE_IMAGE_URL = 'https://placehold.co/600x400.png';

const PEOPLE = ['customer', 'user', 'patient', 'attendee', 'full', 'recipient', 'member', 'contact', 'speaker', 'doctor', 'client', 'guest', 'display', 'sender', 'owner', 'host'];

/**
 * A believable value for a variable, from its name (and declared type or
 * where it appears, when known): first_name -> "Ada", *url* -> an https URL,
 * *image* -> an https image, amount/price -> "$42.00", dates -> a date,
 * code/coupon -> "SPRING24", otherwise the name made readable.
 */
export function sampleValue(variable: string | Pick<TemplateVariable, 'name' | 'type' | 'locations'>): string {
  const name = typeof variable === 'string' ? variable : variable.name;
  const type = typeof variable === 'string' ? undefined : variable.type?.toLowerCase();
  const locations = typeof variable === 'string' ? [] : (variable.locations ?? []);
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const has = (...candidates: string[]) => candidates.some((candidate) => words.includes(candidate));
  const last = words[words.length - 1];

  if (locations.includes('image') || has('image', 'img', 'photo', 'picture', 'avatar', 'logo', 'thumbnail', 'banner', 'icon', 'qr')) return SAMPLE_IMAGE_URL;
  if (has('url', 'link', 'href', 'uri', 'website')) return `https://example.com/${words.filter((word) => !['url', 'link', 'href', 'uri'].includes(word)).join('-') || 'page'}`;
  if (has('email', 'mail')) return 'ada@example.com';
  if (has('phone', 'mobile', 'tel', 'msisdn')) return '+1 555 0100';
  if (has('firstname', 'fname', 'given') || (has('first') && last === 'name')) return 'Ada';
  if (has('lastname', 'lname', 'surname', 'family') || (has('last') && last === 'name')) return 'Lovelace';
  if ((last === 'name' && has(...PEOPLE)) || (words.length === 1 && (last === 'name' || last === 'fullname'))) return 'Ada Lovelace';
  if (has('otp', 'pin', 'passcode', 'verification')) return '482913';
  if (has('percent', 'percentage', 'pct')) return '20';
  if (has('last4', 'digits')) return '4242';
  if (has('seat', 'seats')) return '12A';
  if (has('points')) return '1,250';
  if (has('minutes', 'mins', 'hours')) return '15';
  if (has('count', 'quantity', 'qty', 'items', 'unread', 'score', 'rating', 'level', 'age')) return '3';
  if (has('amount', 'price', 'total', 'balance', 'cost', 'fee', 'subtotal', 'payment', 'reward', 'refund', 'charge', 'salary', 'budget')) return '$42.00';
  if (has('code', 'coupon', 'promo', 'voucher')) return 'SPRING24';
  if (has('date', 'day', 'deadline', 'expiry', 'birthday', 'dob')) return 'Mar 14, 2026';
  if (has('time', 'at', 'eta', 'datetime', 'timestamp', 'when')) return 'Mar 14, 2026, 10:30 AM';
  if (has('id', 'number', 'no', 'num', 'ref', 'reference')) return '12345';
  if (has('sku')) return 'SKU-1234';
  if (has('currency')) return 'USD';
  if (has('city', 'town')) return 'Lisbon';
  if (has('country')) return 'Portugal';
  if (has('address')) return '1 Example Street, Lisbon';
  if (type === 'number' || type === 'integer' || type === 'int' || type === 'float') return '42';
  return readable(words) || name;
}

function readable(words: string[]): string {
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sample values for every variable of a template. */
export function sampleValues(template: Pick<Template, 'variables'>): Record<string, string> {
  // fromEntries, not assignment: a variable may be called __proto__.
  return Object.fromEntries(
    (template.variables ?? []).filter((variable) => variable && typeof variable.name === 'string').map((variable) => [variable.name, sampleValue(variable)]),
  );
}
