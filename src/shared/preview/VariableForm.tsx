import { own } from '../own';
import { useId } from 'react';
import type { TemplateVariable, VariableLocation } from '../template';
import { formatNumber, joinList, t, tPlural, type MessageKey } from '../i18n';
import { Message } from '../ui/Message';

export interface VariableFormProps {
  variables: readonly TemplateVariable[];
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
  /** Shown as a "Use sample values" button when given. */
  onReset?: () => void;
  /** The heading, e.g. "Variables". */
  legend?: string;
}

const LOCATION_LABELS: Record<VariableLocation, MessageKey> = {
  text: 'preview_locationText',
  image: 'preview_locationImage',
  button: 'preview_locationButton',
  action: 'preview_locationAction',
  style: 'preview_locationStyle',
  data: 'preview_locationData',
  channel: 'preview_locationChannel',
  other: 'preview_locationOther',
};

/**
 * One labelled field per template variable. Editing one calls onChange at
 * once, so the preview follows every keystroke. An emptied field is marked
 * here and in the preview (where `{name}` stays, highlighted).
 */
export function VariableForm({ variables, values, onChange, onReset, legend = t('preview_variables') }: VariableFormProps) {
  const id = useId();
  const emptyCount = variables.filter((variable) => !own(values, variable.name)).length;
  return (
    <fieldset className="sbp-form">
      <legend className="sbp-form-legend">{legend}</legend>
      {variables.length === 0 ? (
        <p className="sbp-form-none">{t('preview_noVariables')}</p>
      ) : (
        <>
          <p className="sbp-form-summary" aria-live="polite">
            {emptyCount === 0 ? tPlural('preview_allFilled', variables.length) : tPlural('preview_someEmpty', variables.length, formatNumber(emptyCount))}
          </p>
          {variables.map((variable, index) => {
            const inputId = `${id}-${index}`;
            const hintId = `${inputId}-hint`;
            const value = own(values, variable.name) ?? '';
            const empty = value === '';
            const where = joinList([...new Set(variable.locations.map((location) => (LOCATION_LABELS[location] ? t(LOCATION_LABELS[location]) : location)))]);
            const numeric = variable.type === 'number' || variable.type === 'integer';
            return (
              <div className={`sbp-field${empty ? ' sbp-field-empty' : ''}`} key={variable.name}>
                <label className="sbp-field-label" htmlFor={inputId}>
                  {variable.label ? `${variable.label} (${variable.name})` : variable.name}
                </label>
                <input
                  id={inputId}
                  className="sbp-field-input"
                  type="text"
                  inputMode={numeric ? 'decimal' : undefined}
                  spellCheck={false}
                  autoComplete="off"
                  value={value}
                  aria-describedby={hintId}
                  data-empty={empty ? 'true' : undefined}
                  onChange={(event) => onChange(variable.name, event.target.value)}
                />
                <p className="sbp-field-hint" id={hintId}>
                  {empty ? (
                    <>
                      <strong className="sbp-field-empty-badge">{t('preview_emptyBadge')}</strong>{' '}
                      <Message id="preview_previewShows" values={[<mark key="placeholder" className="sbp-unfilled">{`{${variable.name}}`}</mark>]} />
                    </>
                  ) : where ? (
                    t('preview_usedIn', where)
                  ) : null}
                </p>
              </div>
            );
          })}
          {onReset ? (
            <button type="button" className="sbp-form-reset" onClick={onReset}>
              {t('preview_useSamples')}
            </button>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
