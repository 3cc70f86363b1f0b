/**
 * Small builders for Sendbird's template JSON, so the seed catalogue reads as
 * a list of notifications rather than a wall of nested objects. They produce
 * plain JSON exactly as Sendbird serves it; nothing here is Sendbird API.
 */

export type Json = Record<string, unknown>;
/** Sendbird's builder sometimes serializes numbers as strings; the seed keeps a few that way. */
type Num = number | string;

export const CDN = 'https://images.example-cdn.com';
export const cdn = (path: string) => `${CDN}/${path}`;

const DAY_MS = 86_400_000;
/** A fixed "now" keeps the catalogue identical on every run (dates are part of the sort order). */
export const CATALOGUE_NOW = Date.UTC(2026, 10, 20, 9, 0, 0);

/** `created_at` / `updated_at` in Unix milliseconds, counted back from CATALOGUE_NOW. */
export function stamps(createdDaysAgo: number, updatedDaysAgo: number, minuteOfDay = 0): { created_at: number; updated_at: number } {
  return {
    created_at: CATALOGUE_NOW - createdDaysAgo * DAY_MS + minuteOfDay * 60_000,
    updated_at: CATALOGUE_NOW - updatedDaysAgo * DAY_MS + minuteOfDay * 60_000,
  };
}

export const fixed = (value: Num) => ({ type: 'fixed', value });
/** 0 fills the parent, 1 wraps the content. */
export const flex = (value: 0 | 1 | '0' | '1') => ({ type: 'flex', value });
export const edges = (top: Num, right: Num = top, bottom: Num = top, left: Num = right) => ({ top, bottom, left, right });

export const web = (url: string) => ({ type: 'web', data: url });
export const custom = (data: string) => ({ type: 'custom', data });

export interface TextStyle {
  size?: Num;
  color?: string;
  weight?: 'normal' | 'bold' | Num;
}

export function text(content: string, textStyle: TextStyle = {}, extra: Json = {}): Json {
  return { type: 'text', text: content, textStyle, ...extra };
}

export function image(url: string, options: { height?: Num; width?: Num; mode?: string; pixels?: [Num, Num]; extra?: Json } = {}): Json {
  return {
    type: 'image',
    imageUrl: url,
    imageStyle: { contentMode: options.mode ?? 'aspectFill' },
    ...(options.width !== undefined ? { width: fixed(options.width) } : { width: flex(0) }),
    ...(options.height !== undefined ? { height: fixed(options.height) } : {}),
    ...(options.pixels ? { metaData: { pixelWidth: options.pixels[0], pixelHeight: options.pixels[1] } } : {}),
    ...options.extra,
  };
}

export function textButton(label: string, action: Json, options: { background?: string; color?: string; extra?: Json } = {}): Json {
  return {
    type: 'textButton',
    text: label,
    maxTextLines: 1,
    action,
    width: flex(0),
    textStyle: { size: 14, weight: 'bold', ...(options.color ? { color: options.color } : {}) },
    viewStyle: { backgroundColor: options.background ?? '#F0F0F0', radius: 6, padding: edges(10, 12) },
    ...options.extra,
  };
}

export function imageButton(url: string, action: Json, size: Num, extra: Json = {}): Json {
  return {
    type: 'imageButton',
    imageUrl: url,
    action,
    width: fixed(size),
    height: fixed(size),
    imageStyle: { contentMode: 'aspectFit' },
    ...extra,
  };
}

export function column(items: Json[], viewStyle: Json = {}, extra: Json = {}): Json {
  return { type: 'box', layout: 'column', width: flex(0), height: flex(1), viewStyle, items, ...extra };
}

export function row(items: Json[], viewStyle: Json = {}, extra: Json = {}): Json {
  return { type: 'box', layout: 'row', align: { horizontal: 'left', vertical: 'center' }, width: flex(0), height: flex(1), viewStyle, items, ...extra };
}

/** A rounded card: the usual outer frame of a marketing notification. */
export function card(items: Json[], background = '#FFFFFF'): Json {
  return column(items, { backgroundColor: background, radius: 12, borderWidth: 1, borderColor: '#E6E6E6', padding: edges(12) });
}

export function ui(items: Json[], version: Num = 1): Json {
  return { version, body: { items } };
}

export function carousel(cards: Json[], style: { spacing: Num; maxChildWidth: Num }): Json {
  return { type: 'carouselView', carouselStyle: style, width: flex(0), items: cards };
}

export interface V3Options {
  colors?: Record<string, string>;
  data?: Json;
  archived?: boolean;
  extra?: Json;
}

/** The chat SDKs' template shape. */
export function v3(key: string, name: string, at: { created_at: number; updated_at: number }, layout: Json | undefined, options: V3Options = {}): Json {
  return {
    key,
    name,
    ...at,
    ...(layout ? { ui_template: layout } : {}),
    ...(options.colors ? { color_variables: options.colors } : {}),
    ...(options.data ? { data_template: options.data } : {}),
    ...(options.archived !== undefined ? { is_archived: options.archived } : {}),
    ...options.extra,
  };
}

export interface V2Channel {
  type: 'alimtalk' | 'sms' | 'whatsapp' | 'push';
  name: string;
  content: unknown;
}

/** The Business Messaging v2 template resource shape. */
export function v2(
  key: string,
  name: string,
  at: { created_at: number; updated_at: number },
  options: { version: number; archived?: boolean; channels: V2Channel[]; variables: [key: string, type: string, label: string][]; sequence?: number },
): Json {
  return {
    key,
    template_key: key,
    name,
    is_archived: options.archived ?? false,
    version: options.version,
    ...at,
    channels: options.channels.map((channel) => ({ key: `${key}_${channel.type}`, ...channel })),
    variable_schema: options.variables.map(([variable, type, label]) => ({ key: variable, type, name: label })),
    sequence: options.sequence ?? 1,
  };
}
