import { useId, type ReactNode } from 'react';

/** What the field's control(s) must carry so the label, hint and error belong to them. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The control's id, when something else must find it (focus after a failed check). */
  id?: string;
  className?: string;
  labelClassName?: string;
  children(control: FieldControlProps): ReactNode;
}

/**
 * A labelled control with an optional hint and error. The control is described
 * by the error (first, when there is one) and the hint, and marked invalid with
 * the error; the error is shown above the hint, which stays.
 */
export function Field({ label, hint, error, id, className = 'field', labelClassName, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? `${generated}-control`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? `${className} invalid` : className}>
      <label htmlFor={controlId} className={labelClassName}>
        {label}
      </label>
      {children({ id: controlId, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
