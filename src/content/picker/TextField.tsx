import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  hint: string;
  error: string | undefined;
  onChange(value: string): void;
}

/** A labelled text field whose hint turns into the error when there is one. */
export function TextField({ label, value, hint, error, onChange }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className={error ? 'field-error' : 'hint'}>
        {error ?? hint}
      </p>
    </div>
  );
}
