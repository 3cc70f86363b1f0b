import { heldListVersion, listOf, unpackSummaries } from './catalogue-list';
import { formatNumber, joinSentences, t, tPlural } from './i18n';
import { parseReply, sendMessage } from './messaging';
import { sameApp, type Failure, type Freshness, type RequestOf, type ResponseOf, type SyncProgress, type TemplateSummary } from './protocol';

/**
 * How far a partial list got: a first sync's pages, or (`crossing`) a complete
 * catalogue whose first screen is here and whose rest is on its way to this
 * page (then `expected` is the exact size).
 */
export type ListProgress = SyncProgress & { crossing?: true };

/** A templates.list answer with its list unpacked (while `progress` is set: the partial list so far). */
export type TemplateList = Omit<ResponseOf<'templates.list'>, 'list' | 'progress' | 'from'> & { templates: TemplateSummary[]; progress?: ListProgress };

export type ListAnswer = { ok: true; data: TemplateList } | { ok: false; failure: Failure };

/**
 * templates.list for a surface that shows the list: says which version this
 * page holds, so an unchanged list does not cross again, and unpacks the list
 * when it comes (a part of a long list added to the rows of its version that
 * arrived before). `early` is the unvalidated answer to a request already sent
 * (the content script's loader asks while the picker's code loads). A partial
 * sync answer (`progress` set) carries only the templates from `progress.from` on.
 */
export async function askTemplateList(freshness: Freshness, early?: Promise<unknown>, follow?: { have?: string; after?: number; from?: number }): Promise<ListAnswer> {
  const raw = early ? await early : undefined;
  const request: RequestOf<'templates.list'> = {
    freshness,
    have: follow?.have ?? heldListVersion(),
    ...(follow?.after !== undefined ? { after: follow.after } : {}),
    ...(follow?.from ? { from: follow.from } : {}),
  };
  let reply = raw === undefined ? await sendMessage('templates.list', request) : parseReply('templates.list', raw);
  if (!reply.ok) return reply;
  if (reply.data.progress) return unpacked(reply.data, reply.data.list === undefined ? undefined : unpackSummaries(reply.data.list));
  let templates = listOf(reply.data);
  if (!templates) {
    // The held list was replaced meanwhile, or a part does not follow on from what arrived: ask for the list from its start.
    reply = await sendMessage('templates.list', { freshness: freshness === 'force' ? 'cached' : freshness });
    if (!reply.ok) return reply;
    templates = listOf(reply.data);
  }
  return unpacked(reply.data, templates);
}

function unpacked(data: ResponseOf<'templates.list'>, templates: TemplateSummary[] | undefined): ListAnswer {
  if (!templates) return { ok: false, failure: { kind: 'invalid-response', message: t('error_unexpectedAnswer') } };
  const { list: _packed, from: _from, progress, ...answer } = data;
  // A complete list still crossing in parts (a part just arrived, or the rows held of an unchanged version): said as a partial list, with its exact size.
  if (!progress && templates.length < data.total) {
    const archived = data.archived !== undefined ? { expectedArchived: data.archived } : {};
    return { ok: true, data: { ...answer, templates, progress: { pages: 0, from: 0, expected: data.total, ...archived, crossing: true } } };
  }
  return { ok: true, data: { ...answer, templates, ...(progress ? { progress } : {}) } };
}

// Parts on their way, so two opens in one page (the picker closed and opened again) ask for each part once.
const partsAsked = new Map<string, Promise<ListAnswer>>();

/** The part of `version` after its first `from` rows, asked once however many followers wait for it. */
function nextPart(version: string, from: number): Promise<ListAnswer> {
  const key = `${from}@${version}`;
  let asked = partsAsked.get(key);
  if (!asked) {
    asked = askTemplateList('cached', undefined, { have: version, from });
    partsAsked.set(key, asked);
    const settled = () => partsAsked.delete(key);
    asked.then(settled, settled);
  }
  return asked;
}

/**
 * How the picker and the popup read the catalogue, the one place that follows
 * the protocol: a first sync answers with the pages that arrived (`progress`
 * set) and is followed, page by page, until the complete catalogue replaces
 * it; a cached answer whose refresh is running is followed until the refresh
 * ends. A list longer than its head crosses in parts (src/shared/catalogue-list.ts),
 * each shown as it arrives, so a new page shows a 20,000-template list at once
 * and a reopened picker goes on from what arrived.
 * `onAnswer` gets every state, a partial list always whole so far.
 * `shown` is the list the surface shows when it asks (if any): a complete
 * version of the same app replaces a list only once as many of its rows have
 * crossed (see `mayReplace`).
 * `restAfter`: the rest of a long list is asked for only once it settles (the
 * picker: once its first screen is drawn, so the worker reading and sending
 * the next 2,000 rows does not compete with drawing it).
 * Resolves with the failure the chain ended in, if any.
 */
export async function followTemplateList(
  freshness: Freshness,
  onAnswer: (list: TemplateList) => void,
  early?: Promise<unknown>,
  shown?: ShownList,
  restAfter?: Promise<unknown>,
): Promise<Failure | undefined> {
  // `after: 0` also when an early request failed (it resolves undefined) and the list is asked again here.
  let reply = await askTemplateList(freshness, early, { after: 0 });
  let partial: { version: string; templates: TemplateSummary[] } | undefined;
  let showing = shown;
  const show = (list: TemplateList) => {
    showing = list;
    onAnswer(list);
  };
  let followedRefresh = false;
  for (;;) {
    if (!reply.ok) return reply.failure;
    const answer = reply.data;
    if (answer.progress?.crossing) {
      if (mayReplace(answer, showing)) show(answer);
      await restAfter;
      reply = await nextPart(answer.version, answer.templates.length);
      continue;
    }
    if (answer.progress) {
      // Pages of the same sync add up; another sync's pages start the list again.
      const continues = partial?.version === answer.version && partial.templates.length === answer.progress.from;
      if (!continues && answer.progress.from !== 0) {
        partial = undefined;
        reply = await askTemplateList('wait', undefined, { have: answer.version, after: 0 });
        continue;
      }
      const templates = continues ? partial!.templates.concat(answer.templates) : answer.templates;
      partial = { version: answer.version, templates };
      show({ ...answer, templates });
      reply = await askTemplateList('wait', undefined, { have: answer.version, after: templates.length });
      continue;
    }
    show(answer);
    if (!answer.refreshing || followedRefresh) return undefined;
    followedRefresh = true;
    reply = await askTemplateList('wait');
  }
}

/** The list a surface shows: the app it belongs to and its rows. */
export type ShownList = Pick<TemplateList, 'app' | 'templates'>;

/**
 * Whether a complete version crossing in parts may replace the list shown: not
 * while it has fewer rows than the same app's list there. Its head would
 * shrink the list under the marketer (a sync's complete catalogue replacing
 * the pages that arrived, a refresh replacing the cached list): the rows they
 * scrolled to gone, the count dropping to the head's, then growing back part
 * by part. Meanwhile the list shown stays, saying what it said (still loading,
 * refreshing). Another app's list is never kept.
 */
function mayReplace(next: TemplateList, showing: ShownList | undefined): boolean {
  if (!showing || !sameApp(next.app, showing.app)) return true;
  return next.templates.length >= showing.templates.length;
}

/** Failures that mean the network went away: worth one retry when the browser is back online. */
export function isOfflineFailure(failure: Failure | undefined): boolean {
  const kind = failure?.kind === 'sendbird' ? failure.sendbird?.kind : undefined;
  return kind === 'offline' || kind === 'unreachable' || kind === 'timeout';
}

/** Calls `retry` once when the browser comes back online; returns the cancel. */
export function retryWhenOnline(retry: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const listener = () => retry();
  window.addEventListener('online', listener, { once: true });
  return () => window.removeEventListener('online', listener);
}

/**
 * What a surface counts while its list loads: the rows it lists (`listed`), and
 * whether archived ones are among them (the popup's "Show archived"; the picker
 * never lists them).
 */
export interface ListedCount {
  listed: number;
  archivedToo: boolean;
}

/**
 * "Loading templates… 2,300 of ~5,000." or "… 300 so far (3 pages).", with a
 * Retry-After countdown. Counted as the surface counts its list (all the rows
 * that arrived would count archived ones the list may hide: "108 so far" beside
 * "100 templates"), and "of N" in the same terms: N without the archived ones when
 * they are not listed. When that N is not known (a catalogue cached before
 * archived ones were counted) or an estimate already passed, no N is said.
 */
export function progressText(progress: ListProgress, { listed, archivedToo }: ListedCount, now = Date.now()): string {
  const of = sizeCounted(progress, archivedToo);
  const loading =
    of !== undefined && (progress.crossing || of >= listed)
      ? t(progress.crossing ? 'common_loadingOfTotal' : 'common_loadingOfExpected', listed, of)
      : progress.crossing
        ? t('common_loadingCount', listed)
        : tPlural('common_loadingSoFar', progress.pages, formatNumber(listed));
  const wait = progress.retryAt !== undefined && progress.retryAt > now && t('common_retryingIn', Math.ceil((progress.retryAt - now) / 1000));
  return joinSentences(loading, wait);
}

/** The list's whole size (exact, or the estimate) in the terms the surface counts: undefined when not known in them. */
function sizeCounted(progress: ListProgress, archivedToo: boolean): number | undefined {
  if (!progress.expected) return undefined;
  if (archivedToo) return progress.expected;
  return progress.expectedArchived === undefined ? undefined : progress.expected - progress.expectedArchived;
}
