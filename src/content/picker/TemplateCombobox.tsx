import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TemplateSummary } from '../../shared/protocol';
import { splitHighlights, type Range } from '../../shared/search';
import { Field } from '../../shared/ui/Field';
import { t } from '../../shared/i18n';
import { matchesFor, prepareSearch } from './template-matches';

/**
 * Options rendered while searching, and while the list is closed: the listbox
 * shows about seven, and every keystroke re-renders what is rendered. More are
 * added as the list is scrolled or the active option moves past them, up to the
 * MAX_OPTIONS a search keeps. Opened without a query (once, not per keystroke)
 * it renders them all; closed, it holds only the first screen, so the picker's
 * first render (the dialog waits for it) makes a dozen options, not fifty.
 */
const RENDERED_STEP = 12;

interface Props {
  /** The same list, or one its later parts extend, reuses its search index. */
  templates: TemplateSummary[];
  selectedKey: string | null;
  selectedName: string | null;
  error: string | undefined;
  onSelect(key: string): void;
}

/**
 * The Template field: an ARIA 1.2 combobox with type-to-search over names and
 * keys. Options are named by the template name; the key is shown beside it.
 */
export function TemplateCombobox({ templates, selectedKey, selectedName, error, onSelect }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [rendered, setRendered] = useState(RENDERED_STEP);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => prepareSearch(templates), [templates]);
  const { hits, total } = useMemo(() => matchesFor(templates, query ?? ''), [templates, query]);
  const shownValue = query ?? selectedName ?? selectedKey ?? '';

  // The active option is always rendered, and in view.
  useEffect(() => {
    if (open) listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  const choose = (key: string) => {
    onSelect(key);
    setQuery(null);
    setOpen(false);
  };

  const move = (delta: number) => {
    if (!open) setOpen(true);
    const next = hits.length ? (active + delta + hits.length) % hits.length : 0;
    setActive(next);
    if (next >= rendered) setRendered(next + RENDERED_STEP);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') move(open ? 1 : 0);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && open && hits[active]) choose(hits[active].item.key);
    else if (event.key === 'Escape' && (open || query !== null)) {
      setOpen(false);
      setQuery(null);
    } else return;
    event.preventDefault();
  };

  const activeHit = open ? hits[active] : undefined;
  const shown = open && !query?.trim() ? hits : hits.slice(0, rendered);
  return (
    <Field label={t('picker_templateLabel')} error={error}>
      {(control) => (
        <div className="combobox">
          <input
            {...control}
            type="text"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeHit ? `${id}-option-${active}` : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('picker_searchPlaceholder')}
            value={shownValue}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setRendered(RENDERED_STEP);
              setOpen(true);
            }}
            onFocus={(event) => event.target.select()}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setQuery(null);
            }}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t('picker_searchResults')}
            className="listbox"
            hidden={!open}
            ref={listRef}
            onScroll={(event) => {
              const list = event.currentTarget;
              if (shown.length < hits.length && list.scrollTop + list.clientHeight >= list.scrollHeight - 40) setRendered(rendered + RENDERED_STEP);
            }}
          >
            {shown.map((hit, position) => (
              // Keyed by position: a keystroke that changes the results refills the options in place instead of replacing them all.
              <li
                key={position}
                id={`${id}-option-${position}`}
                data-index={position}
                role="option"
                aria-selected={hit.item.key === selectedKey}
                className={position === active ? 'option active' : 'option'}
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(position)}
                onClick={() => choose(hit.item.key)}
              >
                <span className="option-name" title={hit.item.name}>
                  <Highlighted text={hit.item.name} ranges={hit.ranges[0]} />
                </span>
                <span className="option-key" aria-hidden="true">
                  <Highlighted text={hit.item.key} ranges={hit.ranges[1]} />
                </span>
              </li>
            ))}
            {hits.length === 0 ? (
              <li className="option empty" role="presentation">
                {t('picker_noMatch', query ?? '')}
              </li>
            ) : null}
            {total > shown.length ? (
              <li className="option more" role="presentation">
                {t('picker_moreMatches', total - shown.length)}
              </li>
            ) : null}
          </ul>
        </div>
      )}
    </Field>
  );
}

function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] | undefined }) {
  return (
    <>
      {splitHighlights(text, ranges ?? []).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
