import { Fragment, type ReactNode } from 'react';
import { tParts, type MessageKey } from '../i18n';

/** A translated sentence with markup (a <code>, a <strong>) where its placeholders are. */
export function Message({ id, values }: { id: MessageKey; values: ReactNode[] }) {
  return (
    <>
      {tParts(id, values.length).map((part, index) => (
        <Fragment key={index}>{typeof part === 'number' ? values[part] : part}</Fragment>
      ))}
    </>
  );
}
