import { effectiveApiHost, type Credentials } from '../shared/credentials';
import type { SendbirdErrorInfo } from '../shared/sendbird-error';
import type { Freshness, ResponseOf } from '../shared/protocol';
import { readCatalogue, writeCatalogue, deleteCatalogue, type CachedCatalogue } from './catalogue-store';
import { fetchCatalogue, type ClientOptions } from './sendbird/client';
import { SendbirdRequestError } from './sendbird/errors';

/** After this long a cached catalogue is served but refreshed in the background. */
export const STALE_AFTER_MS = 5 * 60_000;

/**
 * What templates.list answers: `stale` when older than STALE_AFTER_MS or the
 * last refresh failed (`error` says why); `refreshing` when a refresh is
 * running (ask again with `wait` for its result).
 */
export type CatalogueView = ResponseOf<'templates.list'>;

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
      lastFailure.set(appKey, failureInfo(error));
      throw error;
    } finally {
      inFlight.delete(appKey);
    }
  })();
  inFlight.set(appKey, refresh);
  return refresh;
}

/** What went wrong, as the UI explains it; an error that is not Sendbird's answer is a response we could not use. */
function failureInfo(error: unknown): SendbirdErrorInfo {
  return error instanceof SendbirdRequestError ? error.info : { kind: 'bad-response', detail: 'The template list could not be read.' };
}

/** Changes with every sync and names the app: a list held for one version is never shown for another app. */
const versionOf = (catalogue: CachedCatalogue) => `${catalogue.appKey}#${catalogue.fetchedAt}`;

function view(catalogue: CachedCatalogue, now: number, have: string | undefined, extra: Partial<CatalogueView> = {}): CatalogueView {
  const appKey = catalogue.appKey;
  const error = lastFailure.get(appKey);
  const version = versionOf(catalogue);
  return {
    version,
    total: catalogue.total,
    ...(have === version ? {} : { list: catalogue.list }),
    fetchedAt: catalogue.fetchedAt,
    stale: now - catalogue.fetchedAt > STALE_AFTER_MS || Boolean(error),
    refreshing: inFlight.has(appKey),
    skipped: catalogue.skipped.length,
    skippedReasons: skippedReasons(catalogue),
    ...(error ? { error } : {}),
    ...extra,
  };
}

/** The first reasons a template was skipped, each with the template's key so the marketer can find it in Sendbird. */
function skippedReasons(catalogue: CachedCatalogue): string[] {
  return catalogue.skipped.slice(0, 20).map(({ key, reason }) => `${key ?? '(no key)'}: ${reason}`.slice(0, 300));
}

/**
 * Stale-while-revalidate: a cached catalogue comes back at once (with a refresh
 * started when it is stale); `wait` also waits for a running refresh; `force`
 * always syncs. When Sendbird fails, the last good catalogue comes back marked stale.
 */
export async function getCatalogue(credentials: Credentials, freshness: Freshness = 'cached', options: ClientOptions = {}, have?: string): Promise<CatalogueView> {
  const appKey = appKeyOf(credentials);
  const cached = await readCatalogue(appKey);
  const now = Date.now();
  if (cached && freshness === 'cached') {
    if (now - cached.fetchedAt > STALE_AFTER_MS) refreshCatalogue(credentials, options).catch(() => {});
    return view(cached, now, have);
  }
  if (cached && freshness === 'wait' && !inFlight.has(appKey)) return view(cached, now, have);
  try {
    const fresh = freshness === 'wait' && inFlight.has(appKey) ? await inFlight.get(appKey)! : await refreshCatalogue(credentials, options);
    return view(fresh, Date.now(), have);
  } catch (error) {
    // Any failure, not only a request's: a sync that broke on bad data keeps the last good catalogue too.
    const fallback = cached ?? (await readCatalogue(appKey).catch(() => undefined));
    if (fallback) return view(fallback, Date.now(), have, { stale: true, error: failureInfo(error) });
    throw error;
  }
}

export async function forgetCatalogue(credentials: Pick<Credentials, 'appId' | 'apiHost'>): Promise<void> {
  const appKey = appKeyOf(credentials);
  lastFailure.delete(appKey);
  await deleteCatalogue(appKey);
}
