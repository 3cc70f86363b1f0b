/**
 * The Platform API's notification-template endpoints:
 *   GET /v3/notifications/templates        (paged list)
 *   GET /v3/notifications/templates/{key}  (one template)
 */
import { compareEntries, type CatalogueIndex, type TemplateEntry } from './catalogue-index.ts';
import { ErrorCode, errorReply, invalidValue, notFound, type JsonReply } from './errors.ts';
import { decodePageToken, encodePageToken, type PageScope } from './page-token.ts';

export const TEMPLATES_PATH = '/v3/notifications/templates';
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

export function isTemplatesPath(path: string): boolean {
  return path === TEMPLATES_PATH || path.startsWith(`${TEMPLATES_PATH}/`);
}

export function handleTemplatesApi(method: string, path: string, query: URLSearchParams, catalogue: CatalogueIndex): JsonReply {
  if (method !== 'GET') return notFound(method, path);
  if (path === TEMPLATES_PATH || path === `${TEMPLATES_PATH}/`) return listTemplates(query, catalogue);
  const single = /^\/v3\/notifications\/templates\/([^/]+)\/?$/.exec(path);
  if (single?.[1] === undefined) return notFound(method, path);
  let key: string;
  try {
    key = decodeURIComponent(single[1]);
  } catch {
    return invalidValue('template_key');
  }
  return getTemplate(key, query, catalogue);
}

function getTemplate(key: string, query: URLSearchParams, catalogue: CatalogueIndex): JsonReply {
  const view = parseView(query);
  if ('status' in view) return view;
  const entry = catalogue.byKey.get(key);
  if (!entry) return errorReply(404, ErrorCode.NotFound, `Template not found: "${key}".`);
  return { status: 200, body: project(entry, view) };
}

function listTemplates(query: URLSearchParams, catalogue: CatalogueIndex): JsonReply {
  const limit = parseLimit(query.get('limit'));
  if (limit === undefined) return invalidValue('limit');
  const reverse = parseBoolean(query.get('reverse'), false);
  if (reverse === undefined) return invalidValue('reverse');
  const order = query.get('order') ?? 'updated_at';
  // Sendbird's SDKs only ever ask for updated_at; anything else is refused rather than silently ignored.
  if (order !== 'updated_at') return invalidValue('order');
  const view = parseView(query);
  if ('status' in view) return view;

  const keyFilter = parseKeys(query.get('keys'));
  const scope: PageScope = { order, reverse, keys: keyFilter ? [...keyFilter].sort().join(',') : '' };
  let entries = reverse ? catalogue.descending : catalogue.ascending;
  if (keyFilter) entries = entries.filter((entry) => keyFilter.has(entry.key));

  let start = 0;
  const token = query.get('token');
  if (token) {
    const cursor = decodePageToken(token, scope);
    if (!cursor) return errorReply(400, ErrorCode.PageTokenInvalid, 'The page token is invalid or has expired.');
    start = firstAfter(entries, (entry) => (reverse ? -1 : 1) * compareEntries(entry, cursor) > 0);
  }

  const page = entries.slice(start, start + limit);
  const last = page.at(-1);
  const next = last && start + limit < entries.length ? encodePageToken({ updatedAt: last.updatedAt, key: last.key }, scope) : '';
  return {
    status: 200,
    body: { templates: page.map((entry) => project(entry, view)), has_more: next !== '', next },
  };
}

/** Binary search: the index of the first entry for which `isAfter` holds (entries are ordered). */
function firstAfter(entries: readonly TemplateEntry[], isAfter: (entry: TemplateEntry) => boolean): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isAfter(entries[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function parseLimit(value: string | null): number | undefined {
  if (value === null) return DEFAULT_PAGE_SIZE;
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const limit = Number(value);
  return limit >= 1 && limit <= MAX_PAGE_SIZE ? limit : undefined;
}

function parseBoolean(value: string | null, fallback: boolean): boolean | undefined {
  if (value === null) return fallback;
  const normalized = value.toLowerCase();
  if (normalized === 'true') return true;
  if (normalized === 'false') return false;
  return undefined;
}

/** Comma-separated, trimmed, empty items dropped; undefined when no filter was asked for. */
function parseKeys(value: string | null): Set<string> | undefined {
  if (value === null) return undefined;
  const keys = value.split(',').map((key) => key.trim()).filter((key) => key !== '');
  return keys.length > 0 ? new Set(keys) : undefined;
}

interface View {
  uiTemplate: boolean;
  colorVariables: boolean;
}

/**
 * show_ui_template / show_color_variables: the SDKs always send `true`; an
 * explicit `false` drops the field, absence keeps it (lenient for ad-hoc clients).
 */
function parseView(query: URLSearchParams): View | JsonReply {
  const uiTemplate = parseBoolean(query.get('show_ui_template'), true);
  if (uiTemplate === undefined) return invalidValue('show_ui_template');
  const colorVariables = parseBoolean(query.get('show_color_variables'), true);
  if (colorVariables === undefined) return invalidValue('show_color_variables');
  return { uiTemplate, colorVariables };
}

function project(entry: TemplateEntry, view: View): unknown {
  if (view.uiTemplate && view.colorVariables) return entry.raw;
  const copy = { ...entry.raw };
  if (!view.uiTemplate) delete copy.ui_template;
  if (!view.colorVariables) delete copy.color_variables;
  return copy;
}
