import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TemplateSummary } from '../shared/protocol';
import { growSearchIndex, indexInIdleTime, searchAll, type SearchIndex, type SearchResults } from '../shared/search';
import { explainSendbirdError } from '../shared/sendbird-error';
import { formatNumber, joinSentences, relativeTime, sentenceGap, t, tPlural } from '../shared/i18n';
import { progressText } from '../shared/template-list';
import { usePopupStore, type ListState } from './store';
import { BusyButton } from '../shared/ui/BusyButton';
import { useCalmText } from '../shared/ui/calm-text';
import { TemplateList, type TemplateListHandle } from './TemplateList';

interface TemplateBrowserProps {
  onOpenSettings(): void;
  /** Renders the "connect your app" state (the background says nothing is set up). */
  renderSetup(): ReactNode;
}

export function TemplateBrowser({ onOpenSettings, renderSetup }: TemplateBrowserProps) {
  const list = usePopupStore((state) => state.list);
  const loadTemplates = usePopupStore((state) => state.loadTemplates);
  const startTemplates = usePopupStore((state) => state.startTemplates);

  useEffect(() => {
    startTemplates();
  }, [startTemplates]);

  if (list.status === 'loading') return <LoadingState />;
  if (list.status === 'failed') {
    if (list.failure.kind === 'not-configured') return <>{renderSetup()}</>;
    return (
      <section className="state state-error" role="alert" aria-labelledby="list-error-title">
        <h2 id="list-error-title">{t('popup_loadFailedTitle')}</h2>
        <p>{list.failure.message}</p>
        <div className="state-actions">
          <button type="button" className="primary" onClick={() => void loadTemplates('force')}>
            {t('common_tryAgain')}
          </button>
          {list.failure.kind === 'sendbird' && navigator.onLine !== false ? (
            <button type="button" onClick={onOpenSettings}>
              {t('popup_checkSettings')}
            </button>
          ) : null}
        </div>
      </section>
    );
  }
  return <ReadyBrowser list={list} />;
}

function LoadingState() {
  return (
    <section className="state state-loading" aria-busy="true" aria-labelledby="loading-title">
      <p id="loading-title" role="status">
        {t('popup_loadingTemplates')}
      </p>
      <div className="skeleton" aria-hidden="true">
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="skeleton-row">
            <span />
            <span />
          </div>
        ))}
      </div>
    </section>
  );
}

type ReadyList = Extract<ListState, { status: 'ready' }>;

const fieldsOf = (template: TemplateSummary) => [template.name, template.key];

/** Where the template with this key is among the hits (-1: not there). */
function positionOf(hits: SearchResults<TemplateSummary>, key: string): number {
  for (let position = 0; position < hits.length; position++) if (hits.itemAt(position)?.key === key) return position;
  return -1;
}

function ReadyBrowser({ list }: { list: ReadyList }) {
  const query = usePopupStore((state) => state.query);
  const showArchived = usePopupStore((state) => state.showArchived);
  const activeKey = usePopupStore((state) => state.activeKey);
  const forcing = usePopupStore((state) => state.forcing);
  const refreshFailure = usePopupStore((state) => state.refreshFailure);
  const setQuery = usePopupStore((state) => state.setQuery);
  const setShowArchived = usePopupStore((state) => state.setShowArchived);
  const setActiveKey = usePopupStore((state) => state.setActiveKey);
  const openTemplate = usePopupStore((state) => state.openTemplate);
  const loadTemplates = usePopupStore((state) => state.loadTemplates);
  const loadRest = usePopupStore((state) => state.loadRest);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<TemplateListHandle>(null);
  const [now, setNow] = useState(() => Date.now());

  // Each second while a Retry-After countdown is shown, else twice a minute for "updated 5 min ago".
  const counting = Boolean(list.progress?.retryAt);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), counting ? 1000 : 30_000);
    return () => clearInterval(timer);
  }, [counting]);
  const notice = usePopupStore((state) => state.notice);

  const { templates } = list;
  // Folded in idle time after the list is shown (or by the first search, if that comes sooner); a part
  // of a long list that arrives adds to the index, it does not fold the rows before it again.
  const lastIndex = useRef<SearchIndex<TemplateSummary>>(undefined);
  const index = useMemo(() => (lastIndex.current = growSearchIndex(lastIndex.current, templates, fieldsOf, { deferred: true })), [templates]);
  useEffect(() => indexInIdleTime(index), [index]);
  const archivedCount = useMemo(() => templates.reduce((count, template) => count + (template.archived ? 1 : 0), 0), [templates]);
  // Hits are made only for the rows shown: a one-letter query over 20,000 templates matches most of them.
  const hits = useMemo(() => searchAll(index, query, showArchived ? {} : { filter: (template) => !template.archived }), [index, query, showArchived]);
  const hiddenArchivedHits = useMemo(
    () => (hits.length === 0 && query.trim() && !showArchived && archivedCount > 0 ? searchAll(index, query, { filter: (template) => template.archived }).length : 0),
    [hits.length, index, query, showArchived, archivedCount],
  );
  const activeIndex = useMemo(() => (activeKey === undefined ? -1 : positionOf(hits, activeKey)), [hits, activeKey]);


  const visibleTotal = showArchived ? templates.length : templates.length - archivedCount;
  const refreshFailed = Boolean(list.error || refreshFailure);
  const refresh = useRefreshAnnouncement(forcing || list.refreshing, refreshFailed, Boolean(list.progress));
  const trimmed = query.trim();
  let countText: string;
  if (visibleTotal === 0) countText = templates.length === 0 ? t('popup_templatesNone') : tPlural('popup_templatesNoneArchivedHidden', archivedCount);
  else if (!trimmed) countText = tPlural('popup_templateCount', visibleTotal);
  else if (hits.length === 0) countText = t('popup_countNoMatch', trimmed);
  else countText = tPlural('popup_countMatches', hits.length, tPlural('popup_templateCount', visibleTotal), trimmed);
  // A list still arriving (not the first pages of a sync that stopped: they no longer change).
  const arriving = Boolean(list.progress) && (forcing || list.refreshing || !refreshFailed);
  const countSaid = useCalmText(countText, arriving);

  // A banner's Retry or Load the rest takes its banner away (or disables it): the focus goes to the search box, not to <body>.
  const retry = (action: () => Promise<void>) => {
    searchRef.current?.focus();
    void action();
  };

  const open = (position: number) => {
    const item = hits.itemAt(position);
    if (item) void openTemplate(item.key);
  };

  return (
    <section className="browser" aria-label={t('popup_templateBrowser')}>
      <div className="search">
        <input
          ref={searchRef}
          type="search"
          className="search-input"
          aria-label={t('popup_searchLabel')}
          placeholder={t('popup_searchPlaceholder')}
          value={query}
          autoFocus
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && hits.length > 0) {
              event.preventDefault();
              if (activeIndex < 0) setActiveKey(hits.itemAt(0)?.key);
              listRef.current?.focus();
            } else if (event.key === 'Enter' && hits.length > 0) {
              event.preventDefault();
              open(Math.max(activeIndex, 0));
            }
          }}
        />
      </div>

      <div className="toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          {archivedCount > 0 ? t('popup_showArchivedCount', formatNumber(archivedCount)) : t('popup_showArchived')}
        </label>
        <Freshness list={list} listed={visibleTotal} showArchived={showArchived} refreshFailed={refreshFailed} forcing={forcing} now={now} onRefresh={() => void loadTemplates('force')} />
        <span className="visually-hidden" role="status" data-testid="refresh-announcement">
          {refresh.said}
        </span>
      </div>

      {notice ? <p className="banner banner-info">{notice}</p> : null}
      {list.unsaved ? <p className="banner banner-info">{t('common_notSavedHere')}</p> : null}
      {list.error && !(refreshFailure && !list.progress?.crossing) ? (
        <RetryBanner key={refresh.failures} title={t('popup_showingSaved', relativeTime(list.fetchedAt, now))} detail={explainSendbirdError(list.error)} disabled={forcing} onRetry={() => retry(() => loadTemplates('force'))} />
      ) : null}
      {refreshFailure && list.progress?.crossing ? (
        // A part of a complete list did not arrive (a slow cache read): the rows shown stay, and the rest is asked for again, with no sync.
        <RetryBanner key={refresh.failures} title={t('popup_restNotLoaded')} detail={refreshFailure.message} action={t('popup_loadRest')} disabled={forcing} onRetry={() => retry(loadRest)} />
      ) : refreshFailure ? (
        // Newer than list.error (an answer clears refreshFailure): the newest failure's reason is the one said, not the worker's older one.
        <RetryBanner key={refresh.failures} title={t('popup_refreshFailed')} detail={refreshFailure.message} disabled={forcing} onRetry={() => retry(() => loadTemplates('force'))} />
      ) : null}

      {/* Seen as it changes; heard (calmly while a list loads: each page or part changes it) from its live twin. */}
      <p className="count" aria-hidden="true">
        {countText}
      </p>
      <p className="visually-hidden" role="status" data-testid="count-said">
        {countSaid}
      </p>

      {templates.length === 0 ? (
        <div className="state state-empty">
          <h2>{t('popup_emptyTitle')}</h2>
          <p>{t('popup_emptyText')}</p>
          <BusyButton className="primary" onClick={() => void loadTemplates('force')} busy={forcing}>
            {t('popup_refresh')}
          </BusyButton>
        </div>
      ) : hits.length === 0 ? (
        <div className="state state-empty">
          <h2>{trimmed ? t('popup_noMatchTitle') : t('popup_allArchivedTitle')}</h2>
          <p>
            {joinSentences(
              trimmed ? t('popup_noMatchText', trimmed) : tPlural('popup_allArchivedText', archivedCount),
              hiddenArchivedHits > 0 && tPlural('popup_archivedMatches', hiddenArchivedHits),
            )}
          </p>
          <div className="state-actions">
            {trimmed ? (
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  searchRef.current?.focus();
                }}
              >
                {t('popup_clearSearch')}
              </button>
            ) : null}
            {(hiddenArchivedHits > 0 || !trimmed) && !showArchived ? (
              <button type="button" onClick={() => setShowArchived(true)}>
                {t('popup_showArchived')}
              </button>
            ) : null}
          </div>
        </div>
      ) : (
        <TemplateList
          ref={listRef}
          hits={hits}
          activeIndex={activeIndex}
          now={now}
          onActiveChange={(position) => setActiveKey(hits.itemAt(position)?.key)}
          onOpen={open}
          onType={(character) => {
            setQuery(query + character);
            searchRef.current?.focus();
          }}
        />
      )}

      {list.skipped > 0 ? (
        <details className="footnote">
          <summary>{tPlural('popup_skipped', list.skipped)}</summary>
          <ul>
            {(list.skippedReasons ?? []).map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {list.duplicates > 0 ? <p className="footnote">{tPlural('common_listedTwice', list.duplicates)}</p> : null}
    </section>
  );
}

/**
 * What a screen reader hears about a refresh (the toolbar's label is not a live region: it would say
 * "updated 5 min ago" again every 30 s), each once: its start, and its end when it went well. A failure
 * is said by its banner (role=alert, with the reason); `failures` keys the banners, so each failed
 * refresh inserts its banner anew and is said, also when the words are those of the banner already
 * there (a Retry that failed the same way). Saying the failure here as well would say it twice. A
 * first sync's start is not said when the list appears: "Loading templates…" was just said.
 */
function useRefreshAnnouncement(busy: boolean, failed: boolean, firstSync: boolean): { said: string; failures: number } {
  const [state, setState] = useState({ said: '', failures: 0 });
  const wasBusy = useRef<boolean | undefined>(undefined);
  useEffect(() => {
    const before = wasBusy.current;
    wasBusy.current = busy;
    if (busy && before === false) setState((current) => ({ ...current, said: firstSync ? t('popup_loadingTemplates') : t('popup_refreshing') }));
    else if (busy && before === undefined && !firstSync) setState((current) => ({ ...current, said: t('popup_refreshing') }));
    else if (!busy && before) setState((current) => (failed ? { said: '', failures: current.failures + 1 } : { ...current, said: t('popup_refreshDone') }));
  }, [busy, failed, firstSync]);
  return state;
}

/**
 * What the toolbar says about the list must be true beside the banner: a list whose
 * refresh just failed is "Not refreshed" (it may be seconds old), only an old
 * list is "Stale", and the first pages of a sync that failed are "Incomplete".
 */
/** `listed`: the rows the list shows (archived ones only when shown), the number the count line says; the loading progress counts the same. */
function Freshness({
  list,
  listed,
  showArchived,
  refreshFailed,
  forcing,
  now,
  onRefresh,
}: { list: ReadyList; listed: number; showArchived: boolean; refreshFailed: boolean; forcing: boolean; now: number; onRefresh(): void }) {
  const busy = forcing || list.refreshing;
  let label: ReactNode;
  // A first sync that failed after its first pages: what arrived stays, said as incomplete (the banner says why).
  // Counted as the count line counts (all the rows that arrived would count the hidden archived ones too: "only the first 108" beside "100 templates").
  if (list.progress && refreshFailed && !busy) {
    label = (
      <>
        <span className="badge badge-stale">{t('popup_incomplete')}</span> {t('popup_firstArrived', formatNumber(listed))}
      </>
    );
  } else if (list.progress) label = progressText(list.progress, { listed, archivedToo: showArchived }, now);
  else if (busy) label = t('popup_refreshing');
  else if (list.stale) {
    label = (
      <>
        <span className="badge badge-stale">{refreshFailed ? t('popup_notRefreshed') : t('popup_stale')}</span> {t('popup_savedAt', relativeTime(list.fetchedAt, now))}
      </>
    );
  } else {
    label = (
      <>
        <span className="badge badge-cached">{t('popup_cached')}</span> {t('popup_updatedAt', relativeTime(list.fetchedAt, now))}
      </>
    );
  }
  return (
    <div className="freshness" aria-busy={busy}>
      <span className="freshness-label" data-testid="freshness">
        {label}
      </span>
      <BusyButton className="icon-button" onClick={onRefresh} busy={forcing} aria-label={t('popup_refreshTemplates')} title={t('popup_refreshTemplatesTitle')}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className={busy ? 'spin' : undefined}>
          <path fill="currentColor" d="M12 5a7 7 0 0 1 6.3 4H16v2h6V5h-2v2.6A9 9 0 1 0 21 12h-2a7 7 0 1 1-7-7Z" />
        </svg>
      </BusyButton>
    </div>
  );
}

/** A refresh that went wrong while the list stays: what happened, and Retry (or `action`). */
function RetryBanner({ title, detail, action, disabled, onRetry }: { title: string; detail: string; action?: string; disabled: boolean; onRetry(): void }) {
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>{title}</strong>
        {sentenceGap(title)}
        {detail}
      </p>
      <button type="button" onClick={onRetry} disabled={disabled}>
        {action ?? t('common_retry')}
      </button>
    </div>
  );
}
