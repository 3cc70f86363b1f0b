import { useId } from 'react';
import type { TemplateVariable, VariableLocation } from '../template';

export interface VariableFormProps {
  variables: readonly TemplateVariable[];
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
  /** Shown as a "Use sample values" button when given. */
  onReset?: () => void;
  /** The heading, e.g. "Variables". */
  legend?: string;
}

const LOCATION_LABELS: Record<VariableLocation, string> = {
  text: 'text',
  image: 'image',
  button: 'button',
  action: 'link',
  style: 'style',
  data: 'data',
  channel: 'message',
  other: 'layout',
};

/**
 * One labelled field per template variable. Editing one calls onChange at
 * once, so the preview follows every keystroke. An emptied field is marked
 * here and in the preview (where `{name}` stays, highlighted).
 */
export function VariableForm({ variables, values, onChange, onReset, legend = 'Variables' }: VariableFormProps) {
  const id = useId();
  const emptyCount = variables.filter((variable) => !values[variable.name]).length;
  return (
    <fieldset className="sbp-form">
      <legend className="sbp-form-legend">{legend}</legend>
      {variables.length === 0 ? (
        <p className="sbp-form-none">This template has no variables.</p>
      ) : (
        <>
          <p className="sbp-form-summary" aria-live="polite">
            {emptyCount === 0 ? `${variables.length} ${variables.length === 1 ? 'variable' : 'variables'}, all filled with sample values you can edit.` : `${emptyCount} of ${variables.length} ${variables.length === 1 ? 'variable is' : 'variables are'} empty.`}
          </p>
          {variables.map((variable, index) => {
            const inputId = `${id}-${index}`;
            const hintId = `${inputId}-hint`;
            const value = values[variable.name] ?? '';
            const empty = value === '';
            const where = [...new Set(variable.locations.map((location) => LOCATION_LABELS[location] ?? location))].join(', ');
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
                      <strong className="sbp-field-empty-badge">Empty</strong> The preview shows <mark className="sbp-unfilled">{`{${variable.name}}`}</mark>.
                    </>
                  ) : where ? (
                    `Used in ${where}.`
                  ) : null}
                </p>
              </div>
            );
          })}
          {onReset ? (
            <button type="button" className="sbp-form-reset" onClick={onReset}>
              Use sample values
            </button>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
