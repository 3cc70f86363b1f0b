import { t } from '../i18n';
import { useState, type InputHTMLAttributes } from 'react';
import type { FieldControlProps } from './Field';

type Props = FieldControlProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | keyof FieldControlProps>;

/** A secret's input, hidden until the Show button (a toggle) reveals it. */
export function SecretInput(props: Props) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="with-toggle">
      <input autoComplete="off" spellCheck={false} {...props} type={visible ? 'text' : 'password'} />
      <button type="button" aria-pressed={visible} aria-controls={props.id} onClick={() => setVisible((shown) => !shown)}>
        {visible ? t('common_hide') : t('common_show')}
      </button>
    </div>
  );
}
