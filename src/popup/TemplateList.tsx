import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import type { TemplateSummary } from '../shared/protocol';
import { splitHighlights, type Range, type SearchHit, type SearchResults } from '../shared/search';
import { relativeTime, t, tPlural } from '../shared/i18n';

export const ROW_HEIGHT = 54;
const OVERSCAN = 6;
const DEFAULT_VIEWPORT = 380;

export interface TemplateListHandle {
  focus(): void;
}

interface TemplateListProps {
  /** Made as read: only the rows in view are. */
  hits: SearchResults<TemplateSummary>;
  activeIndex: number;
  onActiveChange(index: number): void;
  onOpen(index: number): void;
  /** Typing a character in the list sends it back to the search box. */
  onType?(character: string): void;
  now: number;
}

/**
 * A virtualised listbox: only the rows in view (plus a few) are in the DOM,
 * each absolutely placed at index × ROW_HEIGHT, so 5,000 templates scroll as
 * smoothly as 50. Focus stays on the listbox; the active row is announced
 * through aria-activedescendant, and every option says its position.
 */
export const TemplateList = forwardRef<TemplateListHandle, TemplateListProps>(function TemplateList(
  { hits, activeIndex, onActiveChange, onOpen, onType, now },
  handle,
) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  const count = hits.length;

  useImperativeHandle(handle, () => ({ focus: () => ref.current?.focus() }), []);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Its height is the room left in the popup (popup.css): measured, and again on every change.
    const measure = () => setViewport(element.clientHeight || DEFAULT_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new result set starts at the top.
  useEffect(() => {
    const element = ref.current;
    if (element && element.scrollTop > count * ROW_HEIGHT) {
      element.scrollTop = 0;
      setScrollTop(0);
    }
  }, [count]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = ref.current;
      if (!element) return;
      const top = index * ROW_HEIGHT;
      const bottom = top + ROW_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (bottom > element.scrollTop + viewport) element.scrollTop = bottom - viewport;
      setScrollTop(element.scrollTop);
    },
    [viewport],
  );

  const move = (index: number) => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    onActiveChange(next);
    scrollToIndex(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const current = activeIndex < 0 ? -1 : activeIndex;
    switch (event.key) {
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowUp':
        move(current <= 0 ? 0 : current - 1);
        break;
      case 'PageDown':
        move(current + page);
        break;
      case 'PageUp':
        move(current - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(count - 1);
        break;
      case 'Enter':
      case ' ':
        if (current >= 0 && current < count) onOpen(current);
        break;
      default:
        if (onType && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          onType(event.key);
          break;
        }
        return;
    }
    event.preventDefault();
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let index = first; index < last; index++) {
    const hit = hits.at(index);
    if (!hit) continue;
    // Keyed by position: a keystroke that changes the results refills the rows in place instead of replacing them all.
    rows.push(<Row key={index} hit={hit} index={index} count={count} active={index === activeIndex} now={now} onOpen={onOpen} onHover={onActiveChange} />);
  }
  const active = activeIndex >= 0 && activeIndex < count ? optionId(activeIndex) : undefined;

  return (
    <div
      ref={ref}
      className="tpl-list"
      role="listbox"
      aria-label={t('popup_templatesList')}
      aria-activedescendant={active}
      tabIndex={0}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (activeIndex < 0 && count > 0) onActiveChange(Math.min(count - 1, Math.floor(scrollTop / ROW_HEIGHT)));
        else if (activeIndex >= 0) scrollToIndex(activeIndex);
      }}
    >
      <div role="presentation" className="tpl-list-sizer" style={{ height: count * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
});

export const optionId = (index: number) => `tpl-option-${index}`;

interface RowProps {
  hit: SearchHit<TemplateSummary>;
  index: number;
  count: number;
  active: boolean;
  now: number;
  onOpen(index: number): void;
  onHover(index: number): void;
}

const Row = memo(function Row({ hit, index, count, active, now, onOpen, onHover }: RowProps) {
  const { item, ranges } = hit;
  const variables = item.variables.length;
  return (
    <div
      id={optionId(index)}
      role="option"
      aria-selected={active}
      aria-setsize={count}
      aria-posinset={index + 1}
      className={`tpl-row${active ? ' tpl-row-active' : ''}${item.archived ? ' tpl-row-archived' : ''}`}
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
      onClick={() => onOpen(index)}
      onMouseMove={active ? undefined : () => onHover(index)}
    >
      <span className="tpl-row-name" title={item.name}>
        <Highlighted text={item.name} ranges={ranges[0]} />
      </span>
      <span className="tpl-row-meta">
        <code className="tpl-row-key">
          <Highlighted text={item.key} ranges={ranges[1]} />
        </code>
        <span className="tpl-row-extra">
          {item.archived ? <span className="badge badge-archived">{t('common_archived')}</span> : null}
          <span className="tpl-row-vars">{tPlural('popup_variableCount', variables)}</span>
          <span aria-hidden="true"> · </span>
          <span>{relativeTime(item.updatedAt, now)}</span>
        </span>
      </span>
    </div>
  );
});

export function Highlighted({ text, ranges }: { text: string; ranges?: readonly Range[] }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {splitHighlights(text, ranges).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
