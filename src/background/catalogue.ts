import { effectiveApiHost, type Credentials } from '../shared/credentials';
import type { SendbirdErrorInfo } from '../shared/sendbird-error';
import type { Freshness, TemplateSummary } from '../shared/protocol';
import { readCatalogue, writeCatalogue, deleteCatalogue, type CachedCatalogue } from './catalogue-store';
import { fetchCatalogue, type ClientOptions } from './sendbird/client';
import { SendbirdRequestError } from './sendbird/errors';

/** After this long a cached catalogue is served but refreshed in the background. */
export const STALE_AFTER_MS = 5 * 60_000;

export interface CatalogueView {
  /** Newest first. */
  templates: TemplateSummary[];
  fetchedAt: number;
  /** Older than STALE_AFTER_MS, or the last refresh failed. */
  stale: boolean;
  /** A refresh is running; ask again with `wait` to get its result. */
  refreshing: boolean;
  /** Why the catalogue is stale, when a refresh failed. */
  error?: SendbirdErrorInfo;
  skipped: number;
}

/** The cache is per app and per host: the same App ID on another host is another app. */
export function appKeyOf(credentials: Pick<Credentials, 'appId' | 'apiHost'>): string {
  return `${credentials.appId.toLowerCase()}@${new URL(effectiveApiHost(credentials)).host}`;
}

// Refreshes in flight, so concurrent readers share one network sync. Only
// promises live here; the catalogue itself is always read from the store.
const inFlight = new Map<string, Promise<CachedCatalogue>>();
// The last refresh failure per app, so readers of a stale cache learn why.
const lastFailure = new Map<string, SendbirdErrorInfo>();

export function refreshCatalogue(credentials: Credentials, options: ClientOptions = {}): Promise<CachedCatalogue> {
  const appKey = appKeyOf(credentials);
  const running = inFlight.get(appKey);
  if (running) return running;
  const refresh = (async () => {
    try {
      const { templates, skipped } = await fetchCatalogue(credentials, options);
      const catalogue = await writeCatalogue(appKey, Date.now(), templates, skipped);
      lastFailure.delete(appKey);
      if (skipped.length) console.warn(`[sendbird] skipped ${skipped.length} malformed template(s)`, skipped.slice(0, 20));
      return catalogue;
    } catch (error) {
      if (error instanceof SendbirdRequestError) lastFailure.set(appKey, error.info);
      throw error;
    } finally {
      inFlight.delete(appKey);
    }
  })();
  inFlight.set(appKey, refresh);
  return refresh;
}

function view(catalogue: CachedCatalogue, now: number, extra: Partial<CatalogueView> = {}): CatalogueView {
  const appKey = catalogue.appKey;
  const error = lastFailure.get(appKey);
  return {
    templates: catalogue.summaries,
    fetchedAt: catalogue.fetchedAt,
    stale: now - catalogue.fetchedAt > STALE_AFTER_MS || Boolean(error),
    refreshing: inFlight.has(appKey),
    skipped: catalogue.skipped.length,
    ...(error ? { error } : {}),
    ...extra,
  };
}

/**
 * Stale-while-revalidate: a cached catalogue comes back at once (with a refresh
 * started when it is stale); `wait` also waits for a running refresh; `force`
 * always syncs. When Sendbird fails, the last good catalogue comes back marked stale.
 */
export async function getCatalogue(credentials: Credentials, freshness: Freshness = 'cached', options: ClientOptions = {}): Promise<CatalogueView> {
  const appKey = appKeyOf(credentials);
  const cached = await readCatalogue(appKey);
  const now = Date.now();
  if (cached && freshness === 'cached') {
    if (now - cached.fetchedAt > STALE_AFTER_MS) refreshCatalogue(credentials, options).catch(() => {});
    return view(cached, now);
  }
  if (cached && freshness === 'wait' && !inFlight.has(appKey)) return view(cached, now);
  try {
    const fresh = freshness === 'wait' && inFlight.has(appKey) ? await inFlight.get(appKey)! : await refreshCatalogue(credentials, options);
    return view(fresh, Date.now());
  } catch (error) {
    const fallback = cached ?? (await readCatalogue(appKey));
    if (fallback && error instanceof SendbirdRequestError) return view(fallback, Date.now(), { stale: true, error: error.info });
    throw error;
  }
}

export async function forgetCatalogue(credentials: Pick<Credentials, 'appId' | 'apiHost'>): Promise<void> {
  const appKey = appKeyOf(credentials);
  lastFailure.delete(appKey);
  await deleteCatalogue(appKey);
}
