/**
 * Rows of key and value inputs with a remove button each and an add button:
 * URL parameters, body key-value pairs and webhook headers all use it. Inputs
 * are controlled, so scripts must set values with the native setter and an
 * input event, as they would on the real dashboard.
 */
import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { newRow, type Row } from '../content-model';
import { useUniqueId } from '../hooks';
import { TrashIcon } from './Icons';
import {
  optionElementId,
  PersonalizationMenu,
  personalizationOptions,
  type PersonalizationOption,
  type PersonalizationSource,
} from './PersonalizationMenu';

interface KeyValueRowsProps {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  listLabel: string;
  addLabel: string;
  keyLabel: (position: number) => string;
  valueLabel: (position: number) => string;
  removeLabel: (position: number) => string;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
  /** Enables the @ menu in value inputs. */
  personalization?: PersonalizationSource;
}

interface MenuState {
  rowId: string;
  /** Where the @ that opened the menu sits in the value. */
  at: number;
  query: string;
  active: number;
}

export function KeyValueRows(props: KeyValueRowsProps) {
  const { rows, onChange, personalization } = props;
  const baseId = useUniqueId('kv');
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const [menu, setMenu] = useState<MenuState | null>(null);
  const options = menu && personalization ? personalizationOptions(personalization, menu.query) : [];

  const update = (id: string, patch: Partial<Row>) => onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));

  const onValueChange = (row: Row, event: ChangeEvent<HTMLInputElement>) => {
    const next = event.currentTarget.value;
    const caret = event.currentTarget.selectionStart ?? next.length;
    update(row.id, { value: next });
    if (!personalization) return;
    if (next.length === row.value.length + 1 && next[caret - 1] === '@') {
      setMenu({ rowId: row.id, at: caret - 1, query: '', active: 0 });
    } else if (menu?.rowId === row.id) {
      // Typing after the @ narrows the list; deleting the @ closes it.
      const query = next.slice(menu.at + 1, caret);
      const stillOpen = next[menu.at] === '@' && caret > menu.at && personalizationOptions(personalization, query).length > 0;
      setMenu(stillOpen ? { ...menu, query, active: 0 } : null);
    }
  };

  const choose = (row: Row, option: PersonalizationOption) => {
    if (!menu) return;
    const end = menu.at + 1 + menu.query.length;
    const value = row.value.slice(0, menu.at) + option.token + row.value.slice(end);
    update(row.id, { value });
    setMenu(null);
    const caret = menu.at + option.token.length;
    requestAnimationFrame(() => {
      const input = inputs.current.get(row.id);
      input?.focus();
      input?.setSelectionRange(caret, caret);
    });
  };

  const onValueKeyDown = (row: Row, event: KeyboardEvent<HTMLInputElement>) => {
    if (!menu || menu.rowId !== row.id || !options.length) return;
    const move = (delta: number) => setMenu({ ...menu, active: (menu.active + delta + options.length) % options.length });
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter') {
      const option = options[menu.active];
      if (option) choose(row, option);
    } else if (event.key === 'Escape') setMenu(null);
    else return;
    // Handled here: Escape must not also close the dialog around us.
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="ct-kv">
      {rows.length > 0 && (
        <div className="ct-kv__columns" aria-hidden="true">
          <span>{props.keyPlaceholder ?? 'Key'}</span>
          <span>{props.valuePlaceholder ?? 'Value'}</span>
        </div>
      )}
      <ul className="ct-kv__rows" aria-label={props.listLabel}>
        {rows.map((row, index) => {
          const position = index + 1;
          const keyId = `${baseId}-${row.id}-key`;
          const valueId = `${baseId}-${row.id}-value`;
          const menuId = `${baseId}-${row.id}-menu`;
          const open = menu?.rowId === row.id && options.length > 0;
          const activeOption = open ? options[menu.active] : undefined;
          return (
            <li key={row.id} className="ct-kv__row">
              <label className="ct-sr-only" htmlFor={keyId}>
                {props.keyLabel(position)}
              </label>
              <input
                id={keyId}
                className="ct-input"
                type="text"
                autoComplete="off"
                spellCheck={false}
                placeholder={props.keyPlaceholder ?? 'Key'}
                value={row.key}
                onChange={(event) => update(row.id, { key: event.currentTarget.value })}
              />
              <div className="ct-kv__value">
                <label className="ct-sr-only" htmlFor={valueId}>
                  {props.valueLabel(position)}
                </label>
                <input
                  id={valueId}
                  ref={(element) => {
                    if (element) inputs.current.set(row.id, element);
                    else inputs.current.delete(row.id);
                  }}
                  className="ct-input"
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder={props.valuePlaceholder ?? 'Value'}
                  value={row.value}
                  aria-controls={open ? menuId : undefined}
                  aria-activedescendant={activeOption ? optionElementId(menuId, activeOption) : undefined}
                  onChange={(event) => onValueChange(row, event)}
                  onKeyDown={(event) => onValueKeyDown(row, event)}
                  onBlur={() => menu?.rowId === row.id && setMenu(null)}
                />
                {open && personalization && (
                  <PersonalizationMenu
                    id={menuId}
                    options={options}
                    active={menu.active}
                    eventName={personalization.event?.name}
                    onChoose={(option) => choose(row, option)}
                  />
                )}
              </div>
              <button
                type="button"
                className="ct-icon-button ct-kv__remove"
                aria-label={props.removeLabel(position)}
                onClick={() => {
                  if (menu?.rowId === row.id) setMenu(null);
                  onChange(rows.filter((other) => other.id !== row.id));
                }}
              >
                <TrashIcon />
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="ct-button ct-button--link" onClick={() => onChange([...rows, newRow()])}>
        {props.addLabel}
      </button>
    </div>
  );
}
